package calendar

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Defaults of a zero [Policy].
const (
	DefaultMeetingLength = 30 * time.Minute
	DefaultHorizon       = 14 * 24 * time.Hour
)

// Policy turns a rep's [Schedule] and busy time into bookable slots. The
// zero value means the defaults: 30-minute meetings starting every 30
// minutes from the start of each working span, no buffer, no lead time, a
// 14-day horizon. [StoreCalendar] uses it with the store's bookings as busy
// time; a host adapter can use it with a remote calendar's free/busy.
type Policy struct {
	// MeetingLength is the length of every slot. Zero means 30 minutes.
	MeetingLength time.Duration
	// Increment is the spacing of slot starts, counted from the start of
	// each working span. Zero means MeetingLength.
	Increment time.Duration
	// Buffer is the least free time between two meetings of a rep: a slot
	// ending less than Buffer before a booking, or starting less than
	// Buffer after one, is taken. Zero means none.
	Buffer time.Duration
	// LeadTime is the least notice: a slot starting before now+LeadTime
	// is not offered, and an offered one that got that close has expired.
	// Zero means none (a slot in the past is never offered).
	LeadTime time.Duration
	// Horizon is how far ahead slots are offered: starts before
	// now+Horizon. Zero means 14 days.
	Horizon time.Duration
}

// withDefaults returns p with zero fields set, or an error naming a
// negative field.
func (p Policy) withDefaults() (Policy, error) {
	if p.MeetingLength < 0 || p.Increment < 0 || p.Buffer < 0 || p.LeadTime < 0 || p.Horizon < 0 {
		return p, errors.New("calendar: Policy.MeetingLength, Increment, Buffer, LeadTime and Horizon must not be negative")
	}
	if p.MeetingLength == 0 {
		p.MeetingLength = DefaultMeetingLength
	}
	if p.Increment == 0 {
		p.Increment = p.MeetingLength
	}
	if p.Horizon == 0 {
		p.Horizon = DefaultHorizon
	}
	return p, nil
}

// Interval is a span of time [Start, End) during which a rep is busy.
type Interval struct {
	Start, End time.Time
}

// FreeInput is the input of [Policy.Free].
type FreeInput struct {
	RepID    string
	Schedule Schedule
	// From and To bound the slots' starts, [From, To); zero means now and
	// now+Horizon.
	From, To time.Time
	Now      time.Time
	Busy     []Interval // the rep's active bookings; any order
	Limit    int        // <= 0 means no limit
}

// Free returns the rep's free slots: on the grid of the working spans,
// starting in [From, To), at or after Now+LeadTime, before Now+Horizon,
// and at least Buffer away from every busy interval; ordered by Start.
// Starts step through real (elapsed) time from each span's wall-clock
// start, so a span that crosses a clock change holds as many slots as it
// has real time for.
func (p Policy) Free(in FreeInput) ([]Slot, error) {
	p, err := p.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := in.Schedule.Validate(); err != nil {
		return nil, err
	}
	lo, hi := p.Window(in.From, in.To, in.Now)
	if !lo.Before(hi) {
		return nil, nil
	}
	loc, _ := loadZone(in.Schedule.TimeZone)
	var out []Slot
	for _, s := range p.grid(loc, in.Schedule.Week, lo, hi) {
		if p.conflict(s, s.Add(p.MeetingLength), in.Busy) >= 0 {
			continue
		}
		out = append(out, Slot{RepID: in.RepID, Start: s.UTC(), End: s.Add(p.MeetingLength).UTC(), TimeZone: in.Schedule.TimeZone})
		if in.Limit > 0 && len(out) == in.Limit {
			break
		}
	}
	return out, nil
}

// Window returns the starts [lo, hi) a calendar offers for a request of
// [from, to) at now: from (now when zero) raised to now+LeadTime, to
// (now+Horizon when zero) lowered to now+Horizon.
func (p Policy) Window(from, to, now time.Time) (lo, hi time.Time) {
	p, _ = p.withDefaults()
	lo, hi = from, to
	if lo.IsZero() || lo.Before(now.Add(p.LeadTime)) {
		lo = now.Add(p.LeadTime)
	}
	if h := now.Add(p.Horizon); hi.IsZero() || hi.After(h) {
		hi = h
	}
	return lo, hi
}

// BusyWindow returns the interval whose busy time can affect slots
// starting in [lo, hi): what a calendar must read (bookings, free/busy)
// before calling [Policy.Free] or [Policy.Check].
func (p Policy) BusyWindow(lo, hi time.Time) (from, to time.Time) {
	p, _ = p.withDefaults()
	return lo.Add(-p.Buffer), hi.Add(p.MeetingLength + p.Buffer)
}

// CheckInput is the input of [Policy.Check].
type CheckInput struct {
	Schedule Schedule
	Slot     Slot // RepID and Start required; a zero End means Start+MeetingLength
	Now      time.Time
	Busy     []Interval
	// BusyIDs, when set, names each Busy interval (a booking ID) for the
	// error's detail.
	BusyIDs []string
}

// Check reports whether in.Slot could be booked now: nil, or a
// [*SlotError] matching [ErrSlotUnavailable] (not a slot this policy
// offers: wrong length, outside the working spans or off their grid,
// inside the lead time, beyond the horizon) or [ErrSlotTaken] (it
// conflicts with a busy interval or its buffer).
func (p Policy) Check(in CheckInput) error {
	p, err := p.withDefaults()
	if err != nil {
		return err
	}
	if err := in.Schedule.Validate(); err != nil {
		return err
	}
	slot := in.Slot
	if slot.End.IsZero() {
		slot.End = slot.Start.Add(p.MeetingLength)
	}
	slot.TimeZone = in.Schedule.TimeZone
	refuse := func(e error, format string, args ...any) error {
		return &SlotError{Slot: slot, Err: e, Detail: fmt.Sprintf(format, args...)}
	}
	switch {
	case slot.End.Sub(slot.Start) != p.MeetingLength:
		return refuse(ErrSlotUnavailable, "lasts %v, meetings last %v", slot.End.Sub(slot.Start), p.MeetingLength)
	case slot.Start.Before(in.Now):
		return refuse(ErrSlotUnavailable, "starts in the past")
	case slot.Start.Before(in.Now.Add(p.LeadTime)):
		return refuse(ErrSlotUnavailable, "starts inside the %v lead time", p.LeadTime)
	case !slot.Start.Before(in.Now.Add(p.Horizon)):
		return refuse(ErrSlotUnavailable, "starts beyond the %v horizon", p.Horizon)
	}
	loc, _ := loadZone(in.Schedule.TimeZone)
	if g := p.grid(loc, in.Schedule.Week, slot.Start, slot.Start.Add(1)); len(g) == 0 || !g[0].Equal(slot.Start) {
		return refuse(ErrSlotUnavailable, "%s is not a slot start of the rep's working hours", slot.Start.In(loc).Format("Mon 2006-01-02 15:04 MST"))
	}
	if i := p.conflict(slot.Start, slot.End, in.Busy); i >= 0 {
		what := "a booking"
		if i < len(in.BusyIDs) {
			what = "booking " + in.BusyIDs[i]
		}
		if p.Buffer > 0 {
			return refuse(ErrSlotTaken, "overlaps %s or its %v buffer", what, p.Buffer)
		}
		return refuse(ErrSlotTaken, "overlaps %s", what)
	}
	return nil
}

// conflict returns the index of the first busy interval that [start, end)
// comes closer to than Buffer, or -1.
func (p Policy) conflict(start, end time.Time, busy []Interval) int {
	for i, b := range busy {
		if start.Before(b.End.Add(p.Buffer)) && b.Start.Before(end.Add(p.Buffer)) {
			return i
		}
	}
	return -1
}

// grid returns the slot starts of the working spans in [lo, hi), sorted
// and without duplicates (spans may overlap). p has its defaults.
func (p Policy) grid(loc *time.Location, week []Hours, lo, hi time.Time) []time.Time {
	var out []time.Time
	first := lo.In(loc)
	// From the day before lo (a span of that day may reach past midnight
	// only at 24:00, but a clock change can shift a day's start) to the
	// day of hi.
	for i := -1; ; i++ {
		noon := time.Date(first.Year(), first.Month(), first.Day()+i, 12, 0, 0, 0, loc)
		y, m, d := noon.Date()
		if time.Date(y, m, d, 0, 0, 0, 0, loc).After(hi) {
			break
		}
		for _, h := range week {
			if h.Day != noon.Weekday() {
				continue
			}
			spanStart := time.Date(y, m, d, int(h.Start)/60, int(h.Start)%60, 0, 0, loc)
			spanEnd := time.Date(y, m, d, int(h.End)/60, int(h.End)%60, 0, 0, loc)
			for s := spanStart; !s.Add(p.MeetingLength).After(spanEnd) && s.Before(hi); s = s.Add(p.Increment) {
				if !s.Before(lo) {
					out = append(out, s)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return slices.CompactFunc(out, func(a, b time.Time) bool { return a.Equal(b) })
}
