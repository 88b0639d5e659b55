// Package calendar is the contract of async booking: a [Calendar] offers a
// rep's free slots, books one for a lead with an idempotency key, and
// cancels. A booking never double-books a rep, even across app instances.
//
//	calendar.go     the Calendar interface (its contract), TxBooker, Slot, Booking, params
//	errors.go       sentinels (ErrSlotTaken, ...) and typed errors (SlotError, InputError, TransitionError)
//	schedule.go     Schedule: a rep's weekly working hours in the rep's IANA zone
//	policy.go       Policy: meeting length, increment, buffer, lead time, horizon -> slots
//	storecal.go     StoreCalendar: the reference Calendar over a store.Store (store.BookingTx)
//
// Beside it:
//
//	calendar/calendartest  the conformance suite every Calendar passes: calendartest.Run(t, newCalendar)
//	calendar/ical          a booking as an RFC 5545 invite (METHOD:REQUEST / CANCEL)
//
// Dependency direction: calendar imports only store, internal/ianazone
// (the one loader of IANA zone names), internal/idcheck (the rule an ID
// follows, the engine's too) and the standard library, so the
// engine can import it; the iCalendar library lives in
// calendar/ical alone. Host calendars (Google Calendar, Outlook, Calendly)
// implement [Calendar] in the host's code, usually with [Policy] over the
// remote free/busy; the HTTP adapter example of this package shows the shape.
//
// Schedules here are the calendar's own minimal type; package route keeps
// its own notion of availability for assignment.
package calendar
