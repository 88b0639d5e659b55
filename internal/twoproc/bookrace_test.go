package twoproc_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestBookingRaceAcrossProcesses: two processes book the meeting of one
// conversation at once, each at its own time: a rep with
// Engine.BookMeeting in one, and in the other the lead's pick of an
// offered slot or a second BookMeeting (another tab of the rep's CRM).
// The other process's call is held after it read the conversation and
// before its commit while this process's call commits; then it goes on.
// Exactly one meeting is booked, on the conversation and on the calendar
// (the loser's booking, made outside the commit by a remote calendar, is
// cancelled again: no orphan holds the rep's time), with one booked event
// and one reminder queued; a losing BookMeeting is a
// *handoff.MeetingBookedError naming the winner's meeting, and a losing
// pick is recorded for the rep, the meeting already booked answering the
// offer.
func TestBookingRaceAcrossProcesses(t *testing.T) {
	cases := []struct {
		name   string
		held   string // the other process's call: "book" (BookMeeting at the second offered slot) or "pick" (the first)
		remote bool   // its calendar books outside the commit
		here   string // this process's call: "pick" (the lead takes the first slot) or "book" (at the slot held does not take)
	}{
		{"a rep's booking against the lead's pick", "book", false, "pick"},
		{"a rep's booking on a remote calendar against another", "book", true, "book"},
		{"the lead's pick against a rep's booking", "pick", false, "book"},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		for _, tc := range cases {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				db := databases[name]
				dsn := db.dsn(t)
				st, closeDB, err := openStore(db.dialect, dsn)
				require.NoError(t, err)
				defer closeDB()
				e, err := raceEngine(st, nil)
				require.NoError(t, err)
				ctx := context.Background()
				_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", TimeZone: "America/New_York",
					Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
				require.NoError(t, err)
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "can you call me about selling"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)
				offered := out.Conversation.Meeting.Offered
				require.Len(t, offered, 2)
				pickAt, bookAt := offered[0].Start, offered[1].Start

				b := sideConfig{Dialect: db.dialect, DSN: dsn, Name: "b", Mode: "held-book",
					Conversations: []string{"c1"}, Remote: tc.remote}
				if tc.held == "pick" {
					b.Body = "the first one"
				} else {
					b.Start = bookAt
				}
				child := startHeld(t, b) // held before its commit

				// This process's call commits while the other's is held.
				var won store.Conversation
				switch tc.here {
				case "pick":
					out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "the first one"})
					require.NoError(t, err)
					won = out.Conversation
				default:
					at := pickAt // the held BookMeeting has the second slot
					if tc.held == "pick" {
						at = bookAt // the held pick has the first
					}
					res, err := e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah",
						Start: at, NotifyLead: true})
					require.NoError(t, err)
					won = res.Conversation
				}
				require.NotEmpty(t, won.Meeting.BookingID, "this process booked")

				lines := child.release(t)
				switch tc.held {
				case "book":
					require.Equal(t, []string{"B meeting_booked " + won.Meeting.BookingID}, lines,
						"the losing BookMeeting is a *MeetingBookedError naming the meeting booked")
				default:
					require.Equal(t, []string{"R " + string(handoff.OutcomeRecorded) + " " + won.Meeting.BookingID}, lines,
						"the losing pick is recorded for the rep")
				}

				c, err := e.Conversation(ctx, tenant, "c1")
				require.NoError(t, err)
				require.Equal(t, won.Meeting.BookingID, c.Meeting.BookingID)
				require.True(t, won.Meeting.Booked.Start.Equal(c.Meeting.Booked.Start))
				require.Empty(t, c.Meeting.Offered)

				var bookings []store.Booking
				var reminders []store.OutboxItem
				require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
					var err error
					if bookings, err = tx.(store.BookingTx).BookingList(ctx, store.BookingListParams{TenantID: tenant, ConversationID: "c1"}); err != nil {
						return err
					}
					items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: "c1"})
					for _, it := range items {
						if it.Kind == store.OutboxReminder && strings.HasPrefix(it.IdempotencyKey, "reminder:") {
							reminders = append(reminders, it)
						}
					}
					return err
				}))
				var active []store.Booking
				for _, bk := range bookings {
					if bk.Status == store.BookingBooked {
						active = append(active, bk)
					}
				}
				require.Len(t, active, 1, "one meeting on the calendar: %+v", bookings)
				require.Equal(t, c.Meeting.BookingID, active[0].ID, "the conversation's")
				if tc.remote {
					require.Len(t, bookings, 2, "the losing call booked on the remote calendar")
				} else {
					require.Len(t, bookings, 1, "the losing call's booking rolled back with its commit")
				}
				require.Len(t, reminders, 1, "one reminder: %+v", reminders)
				require.Equal(t, store.OutboxPending, reminders[0].Status)
				require.True(t, strings.HasSuffix(reminders[0].IdempotencyKey, ":"+c.Meeting.Booked.Start.UTC().Format(time.RFC3339)),
					"the reminder is the booked meeting's: %s", reminders[0].IdempotencyKey)
				evs, err := e.Events(ctx, tenant, "c1")
				require.NoError(t, err)
				booked := 0
				for _, ev := range evs {
					if ev.Kind == store.EventBooked {
						booked++
					}
				}
				require.Equal(t, 1, booked, "one booked event")
			})
		}
	}
}

// heldBookSide is a "held-book" run: on cfg.Conversations[0], it books
// the meeting at cfg.Start for sarah (BookMeeting, NotifyLead) or, with
// cfg.Body set, receives the lead's Body, with bookingEngine's
// configuration. The call is held on its first use of the calendar,
// after it read the conversation and before its commit: at FreeSlots on
// a calendar that books in the commit, or just after Book on one that
// books outside it (cfg.Remote), where it creates the file cfg.Blocked
// and waits for cfg.Release. It logs one line:
//
//	B booked <booking>          BookMeeting booked
//	B meeting_booked <booking>  BookMeeting refused with a *handoff.MeetingBookedError naming that booking
//	R <outcome> <booking>       the lead's text's outcome, and the conversation's booking after it
func heldBookSide(cfg sideConfig) error {
	ctx, cancel := context.WithDeadline(context.Background(), cfg.Deadline)
	defer cancel()
	st, closeDB, err := openStore(cfg.Dialect, cfg.DSN)
	if err != nil {
		return err
	}
	defer closeDB()
	sc, err := bookingCalendarAt(st, raceNow)
	if err != nil {
		return err
	}
	hc := &heldCal{cal: sc, remote: cfg.Remote, hold: newHoldPoint(cfg)}
	var cal calendar.Calendar = heldTxCal{hc}
	if cfg.Remote {
		cal = hc
	}
	e, err := raceEngine(st, cal)
	if err != nil {
		return err
	}
	var line string
	if cfg.Body != "" {
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: cfg.Conversations[0], Body: cfg.Body})
		if err != nil {
			return err
		}
		line = fmt.Sprintf("R %s %s", out.Kind, out.Conversation.Meeting.BookingID)
	} else {
		res, err := e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: tenant, ConversationID: cfg.Conversations[0], RepID: "sarah",
			Start: cfg.Start, NotifyLead: true})
		var mb *handoff.MeetingBookedError
		switch {
		case errors.As(err, &mb):
			line = "B meeting_booked " + mb.BookingID
		case err != nil:
			return err
		default:
			line = "B booked " + res.Conversation.Meeting.BookingID
		}
	}
	if err := hc.hold.check("held booking"); err != nil {
		return err
	}
	f, err := os.Create(cfg.Log)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, line)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// heldCal is a store calendar that books outside the engine's commit (no
// calendar.TxBooker) and holds the first call that uses it: just after
// Book when remote, else at FreeSlots (heldTxCal books in the commit).
type heldCal struct {
	cal    *calendar.StoreCalendar
	remote bool
	hold   *holdPoint
}

// wait holds the first call; its error is the hold's (hold.check).
func (h *heldCal) wait(ctx context.Context) { _ = h.hold.wait(ctx) }

func (h *heldCal) FreeSlots(ctx context.Context, p calendar.SlotsParams) ([]calendar.Slot, error) {
	if !h.remote {
		h.wait(ctx)
	}
	return h.cal.FreeSlots(ctx, p)
}

func (h *heldCal) Book(ctx context.Context, p calendar.BookParams) (calendar.Booking, error) {
	b, err := h.cal.Book(ctx, p)
	if h.remote {
		h.wait(ctx)
	}
	return b, err
}

func (h *heldCal) Cancel(ctx context.Context, p calendar.CancelParams) (calendar.Booking, error) {
	return h.cal.Cancel(ctx, p)
}

// heldTxCal is heldCal booking in the engine's commit.
type heldTxCal struct{ *heldCal }

func (h heldTxCal) BookTx(ctx context.Context, tx store.Tx, p calendar.BookParams) (calendar.Booking, error) {
	return h.cal.BookTx(ctx, tx, p)
}

func (h heldTxCal) CancelTx(ctx context.Context, tx store.Tx, p calendar.CancelParams) (calendar.Booking, error) {
	return h.cal.CancelTx(ctx, tx, p)
}

// raceNow is the clock of both processes of TestBookingRaceAcrossProcesses
// (Tuesday January 8, 2030, 10:00 in New York): on the wall clock, a
// pick made seconds after the offer could cross the calendar's 15-minute
// grid, so that the first slot offered fell inside its hour of lead time
// and the pick booked nothing, failing the test by the time of day it ran.
func raceNow() time.Time { return time.Date(2030, time.January, 8, 15, 0, 0, 0, time.UTC) }

// raceEngine is bookingEngine on raceNow, booking on cal (nil: the
// store's calendar on raceNow).
func raceEngine(st store.Store, cal calendar.Calendar) (*handoff.Engine, error) {
	if cal == nil {
		sc, err := bookingCalendarAt(st, raceNow)
		if err != nil {
			return nil, err
		}
		cal = sc
	}
	cfg := bookingConfig(cal)
	cfg.Now = raceNow
	return handoff.NewEngine(st, cfg)
}
