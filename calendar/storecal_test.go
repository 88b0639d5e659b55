package calendar_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/calendar/calendartest"
	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// database is a store the reference calendar runs on.
type database struct {
	name string
	// location returns a fresh database; open returns another Store on it
	// (another app instance).
	location func(t *testing.T) string
	open     func(t *testing.T, location string) store.Store
}

var databases = []database{
	{
		name:     "memstore",
		location: func(*testing.T) string { return "" },
		open:     func(*testing.T, string) store.Store { return memstore.New() },
	},
	{
		name:     "sqlite",
		location: func(t *testing.T) string { return filepath.Join(t.TempDir(), "handoff.db") },
		open: func(t *testing.T, path string) store.Store {
			return openSQL(t, sqlstore.SQLite, "sqlite", sqlstore.SQLiteDSN(path), true)
		},
	},
	{
		name: "postgres",
		location: func(t *testing.T) string {
			return pgtest.URL(t)
		},
		open: func(t *testing.T, url string) store.Store {
			return openSQL(t, sqlstore.Postgres, "pgx", url, false)
		},
	},
}

func openSQL(t *testing.T, d sqlstore.Dialect, driver, dsn string, reader bool) store.Store {
	t.Helper()
	open := func() *sql.DB {
		db, err := sql.Open(driver, dsn)
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		return db
	}
	cfg := &sqlstore.Config{}
	if reader {
		cfg.Reader = open()
	}
	st, err := sqlstore.New(d, open(), cfg)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	return st
}

// forEachDB runs fn as a subtest per database; PostgreSQL skips (or fails
// with HANDOFF_REQUIRE_POSTGRES=1) when no server is available.
func forEachDB(t *testing.T, fn func(t *testing.T, db database)) {
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			if db.name == "postgres" {
				pgtest.Require(t)
			}
			fn(t, db)
		})
	}
}

// TestConformance runs calendartest on the reference calendar over
// memstore, SQLite and PostgreSQL.
func TestConformance(t *testing.T) {
	forEachDB(t, func(t *testing.T, db database) {
		calendartest.Run(t, func(t *testing.T, s calendartest.Setup) calendar.Calendar {
			cal, err := calendar.NewStoreCalendar(db.open(t, db.location(t)), &calendar.StoreConfig{
				Schedules: s.Schedules, Policy: s.Policy, Now: s.Now,
			})
			require.NoError(t, err)
			return cal
		})
	})
}

// fixture is a calendar on a store, with a fixed clock at Sunday noon in
// New York.
type fixture struct {
	st  store.Store
	cal *calendar.StoreCalendar
	now time.Time
}

var (
	nyc        = mustZone("America/New_York")
	sundayNoon = time.Date(2026, 3, 15, 12, 0, 0, 0, nyc)
	schedules  = calendar.Schedules{"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}}
)

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

func monday(hh, mm int) time.Time { return time.Date(2026, 3, 16, hh, mm, 0, 0, nyc) }

func newFixture(t *testing.T, st store.Store) *fixture {
	t.Helper()
	f := &fixture{st: st, now: sundayNoon}
	n := 0
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{
		Schedules: schedules,
		Now:       func() time.Time { return f.now },
		NewID:     func() string { n++; return fmt.Sprintf("bk%d", n) },
	})
	require.NoError(t, err)
	f.cal = cal
	return f
}

func book(slot time.Time, key string) calendar.BookParams {
	return calendar.BookParams{
		TenantID:       "acme",
		Slot:           calendar.Slot{RepID: "sarah", Start: slot},
		ConversationID: "conv-" + key,
		IdempotencyKey: key,
	}
}

func TestNewStoreCalendarConfig(t *testing.T) {
	t.Parallel()
	_, err := calendar.NewStoreCalendar(nil, &calendar.StoreConfig{Schedules: schedules})
	require.ErrorContains(t, err, "store is nil")
	_, err = calendar.NewStoreCalendar(memstore.New(), nil)
	require.ErrorContains(t, err, "StoreConfig.Schedules")
	_, err = calendar.NewStoreCalendar(memstore.New(), &calendar.StoreConfig{Schedules: schedules, Policy: calendar.Policy{Buffer: -time.Minute}})
	require.ErrorContains(t, err, "StoreConfig.Policy")

	cal, err := calendar.NewStoreCalendar(memstore.New(), &calendar.StoreConfig{Schedules: schedules})
	require.NoError(t, err)
	require.Equal(t, calendar.Policy{MeetingLength: 30 * time.Minute, Increment: 30 * time.Minute, Horizon: 14 * 24 * time.Hour}, cal.Policy())
}

// plainStore hides the booking ability of a memstore Tx.
type plainStore struct{ st *memstore.Store }

type plainTx struct{ store.Tx }

func (p plainStore) InTx(ctx context.Context, fn func(context.Context, store.Tx) error) error {
	return p.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return fn(ctx, plainTx{tx}) })
}

func (p plainStore) View(ctx context.Context, fn func(context.Context, store.Tx) error) error {
	return p.st.View(ctx, func(ctx context.Context, tx store.Tx) error { return fn(ctx, plainTx{tx}) })
}

func TestStoreWithoutBookings(t *testing.T) {
	t.Parallel()
	f := newFixture(t, plainStore{memstore.New()})
	_, err := f.cal.FreeSlots(t.Context(), calendar.SlotsParams{TenantID: "acme", RepID: "sarah"})
	require.ErrorIs(t, err, calendar.ErrUnsupported)
	_, err = f.cal.Book(t.Context(), book(monday(10, 0), "k1"))
	require.ErrorIs(t, err, calendar.ErrUnsupported)
}

// TestBookTxCommitsWithTheCaller: a booking made with BookTx commits or
// rolls back with the caller's other writes.
func TestBookTxCommitsWithTheCaller(t *testing.T) {
	forEachDB(t, func(t *testing.T, db database) {
		f := newFixture(t, db.open(t, db.location(t)))
		ctx := t.Context()
		boom := errors.New("the confirmation could not be queued")
		err := f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := f.cal.BookTx(ctx, tx, book(monday(10, 0), "k1"))
			require.NoError(t, err)
			return boom
		})
		require.ErrorIs(t, err, boom)
		slots, err := f.cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: "sarah", Limit: 3})
		require.NoError(t, err)
		require.Equal(t, monday(10, 0).UTC(), slots[2].Start, "a rolled-back BookTx left its booking")

		var b calendar.Booking
		err = f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			c := &store.Conversation{ID: "conv-k1", TenantID: "acme", State: store.StateHandoff, CreatedAt: f.now}
			if err := tx.ConversationInsert(ctx, c); err != nil {
				return err
			}
			var err error
			b, err = f.cal.BookTx(ctx, tx, book(monday(10, 0), "k1"))
			if err != nil {
				return err
			}
			return tx.OutboxEnqueue(ctx, &store.OutboxItem{
				ID: "rem-" + b.ID, TenantID: "acme", ConversationID: c.ID, Kind: store.OutboxReminder,
				To: "+15550100000", IdempotencyKey: "reminder-" + b.ID, NotBefore: b.Start.Add(-30 * time.Minute), CreatedAt: f.now,
			})
		})
		require.NoError(t, err)
		got, err := f.cal.Get(ctx, "acme", b.ID)
		require.NoError(t, err)
		require.Equal(t, b, got)
		require.Equal(t, calendar.StatusBooked, got.Status)

		// CancelTx inside a transaction that fails leaves the booking.
		err = f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := f.cal.CancelTx(ctx, tx, calendar.CancelParams{TenantID: "acme", BookingID: b.ID})
			require.NoError(t, err)
			return boom
		})
		require.ErrorIs(t, err, boom)
		got, err = f.cal.Get(ctx, "acme", b.ID)
		require.NoError(t, err)
		require.Equal(t, calendar.StatusBooked, got.Status)
	})
}

func TestMark(t *testing.T) {
	t.Parallel()
	f := newFixture(t, memstore.New())
	ctx := t.Context()
	b, err := f.cal.Book(ctx, book(monday(10, 0), "k1"))
	require.NoError(t, err)
	f.now = monday(11, 0)

	_, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: calendar.StatusCancelled})
	require.ErrorIs(t, err, calendar.ErrInvalidInput, "Mark is for outcomes; Cancel cancels")

	got, err := f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: calendar.StatusNoShow})
	require.NoError(t, err)
	require.Equal(t, calendar.StatusNoShow, got.Status)
	// A correction, and the same status again.
	got, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: calendar.StatusCompleted})
	require.NoError(t, err)
	require.Equal(t, calendar.StatusCompleted, got.Status)
	_, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: calendar.StatusCompleted})
	require.NoError(t, err)

	// A completed meeting cannot be cancelled, and a cancelled one has no outcome.
	_, err = f.cal.Cancel(ctx, calendar.CancelParams{TenantID: "acme", BookingID: b.ID})
	var te *calendar.TransitionError
	require.ErrorAs(t, err, &te)
	require.ErrorIs(t, err, calendar.ErrInvalidTransition)
	require.Equal(t, calendar.TransitionError{BookingID: b.ID, From: calendar.StatusCompleted, To: calendar.StatusCancelled}, *te)

	f.now = sundayNoon
	b2, err := f.cal.Book(ctx, book(monday(14, 0), "k2"))
	require.NoError(t, err)
	_, err = f.cal.Cancel(ctx, calendar.CancelParams{TenantID: "acme", BookingID: b2.ID})
	require.NoError(t, err)
	_, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b2.ID, Status: calendar.StatusNoShow})
	require.ErrorIs(t, err, calendar.ErrInvalidTransition)
	_, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: "nope", Status: calendar.StatusNoShow})
	require.ErrorIs(t, err, calendar.ErrNotFound)
}

// TestMarkBeforeTheStart: whether the lead showed up is known only once
// the meeting has started, by the calendar's clock. A host marking a
// meeting no_show (or completed) before its start, with Mark or MarkTx,
// gets a *TransitionError and the booking stays booked, its slot taken,
// its row untouched; from its start on the mark is taken. A rep's early
// 'no show' click had marked a meeting of the next day for good.
func TestMarkBeforeTheStart(t *testing.T) {
	forEachDB(t, func(t *testing.T, db database) {
		f := newFixture(t, db.open(t, db.location(t)))
		ctx := t.Context()
		b, err := f.cal.Book(ctx, book(monday(10, 0), "k1"))
		require.NoError(t, err)
		row := func() store.Booking {
			t.Helper()
			var r store.Booking
			require.NoError(t, f.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
				var err error
				r, err = tx.(store.BookingTx).BookingGet(ctx, "acme", b.ID)
				return err
			}))
			return r
		}
		before := row()

		for _, now := range []time.Time{sundayNoon, monday(9, 59)} {
			f.now = now
			for _, st := range []calendar.Status{calendar.StatusNoShow, calendar.StatusCompleted} {
				_, err := f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: st})
				var te *calendar.TransitionError
				require.ErrorAs(t, err, &te, "%s at %s", st, now)
				require.ErrorIs(t, err, calendar.ErrInvalidTransition)
				require.Equal(t, calendar.TransitionError{BookingID: b.ID, From: calendar.StatusBooked, To: st}, *te)
				require.Contains(t, err.Error(), "not started")

				err = f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
					_, err := f.cal.MarkTx(ctx, tx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: st})
					return err
				})
				require.ErrorIs(t, err, calendar.ErrInvalidTransition, "MarkTx too")
			}
		}
		require.Equal(t, before, row(), "nothing written")
		got, err := f.cal.Get(ctx, "acme", b.ID)
		require.NoError(t, err)
		require.Equal(t, calendar.StatusBooked, got.Status)

		f.now = monday(10, 0) // the meeting's start
		got, err = f.cal.Mark(ctx, calendar.MarkParams{TenantID: "acme", BookingID: b.ID, Status: calendar.StatusNoShow})
		require.NoError(t, err)
		require.Equal(t, calendar.StatusNoShow, got.Status)
	})
}

// TestNoDoubleBookingAcrossInstances: two app instances (two Stores, two
// calendars) on one database book one slot of one rep at once, ten
// goroutines each: exactly one booking is made. On PostgreSQL the
// instances share nothing but the database.
func TestNoDoubleBookingAcrossInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, db database) {
		if db.name == "memstore" {
			t.Skip("a memstore is one process's memory: there is no second instance")
		}
		loc := db.location(t)
		a, b := newFixture(t, db.open(t, loc)), newFixture(t, db.open(t, loc))
		// Distinct ID generators, as two processes would have.
		var mu sync.Mutex
		seq := 0
		for _, f := range []*fixture{a, b} {
			cal, err := calendar.NewStoreCalendar(f.st, &calendar.StoreConfig{
				Schedules: schedules, Now: func() time.Time { return sundayNoon },
				NewID: func() string { mu.Lock(); defer mu.Unlock(); seq++; return fmt.Sprintf("bk%d", seq) },
			})
			require.NoError(t, err)
			f.cal = cal
		}
		const perInstance = 10
		var wg sync.WaitGroup
		var won, taken int
		var other []error
		start := make(chan struct{})
		for i := range 2 * perInstance {
			f := a
			if i%2 == 1 {
				f = b
			}
			wg.Go(func() {
				<-start
				_, err := f.cal.Book(t.Context(), book(monday(10, 0), fmt.Sprintf("lead-%d", i)))
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					won++
				case errors.Is(err, calendar.ErrSlotTaken):
					taken++
				default:
					other = append(other, err)
				}
			})
		}
		close(start)
		wg.Wait()
		require.Empty(t, other)
		require.Equal(t, 1, won)
		require.Equal(t, 2*perInstance-1, taken)
	})
}

func TestFreeSlotsReadsOnlyTheWindow(t *testing.T) {
	t.Parallel()
	// A booking far in the past or beyond the window does not change what
	// is computed, and a rep's slots do not see another rep's bookings.
	f := newFixture(t, memstore.New())
	ctx := t.Context()
	_, err := f.cal.Book(ctx, book(monday(10, 0), "k1"))
	require.NoError(t, err)
	slots, err := f.cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: "sarah", From: monday(10, 30), To: monday(12, 0)})
	require.NoError(t, err)
	require.Len(t, slots, 3)
	require.Equal(t, monday(10, 30).UTC(), slots[0].Start)
}

// TestBadBytesAreInputErrors (reviewer Z, D1, D2): an ID or key with a NUL
// byte, another control or format character, invalid UTF-8 or too many
// bytes (passed through from a webhook, say) is an *InputError naming the
// field, from every method of StoreCalendar and on every store, and
// nothing is written. memstore and SQLite booked the slot, and PostgreSQL
// failed with its driver's error (SQLSTATE 22021), which matches no
// documented error; Cancel said ErrNotFound on two stores and the driver's
// error on the third.
func TestBadBytesAreInputErrors(t *testing.T) {
	forEachDB(t, func(t *testing.T, db database) {
		f := newFixture(t, db.open(t, db.location(t)))
		ctx := t.Context()
		held, err := f.cal.Book(ctx, book(monday(10, 0), "k1"))
		require.NoError(t, err)
		ids := 0
		f.cal, err = calendar.NewStoreCalendar(f.st, &calendar.StoreConfig{
			Schedules: schedules,
			Now:       func() time.Time { return f.now },
			NewID:     func() string { ids++; return fmt.Sprintf("bad%d", ids) },
		})
		require.NoError(t, err)

		bad := map[string]string{
			"NUL":            "k\x00",
			"invalid UTF-8":  "k\xff",
			"escape":         "k\x1b[0m",
			"newline":        "k\n",
			"zero width":     "k\u200b",
			"right-to-left":  "k\u202e",
			"over 256 bytes": strings.Repeat("k", 257),
		}
		for what, v := range bad {
			type call struct {
				field string
				do    func() error
			}
			bp := func(f func(p *calendar.BookParams)) calendar.BookParams {
				p := book(monday(11, 0), "k2")
				p.LeadID = "lead-1"
				f(&p)
				return p
			}
			bookings := []calendar.BookParams{
				bp(func(p *calendar.BookParams) { p.TenantID = v }),
				bp(func(p *calendar.BookParams) { p.Slot.RepID = v }),
				bp(func(p *calendar.BookParams) { p.ConversationID = v }),
				bp(func(p *calendar.BookParams) { p.LeadID = v }),
				bp(func(p *calendar.BookParams) { p.IdempotencyKey = v }),
			}
			fields := []string{"TenantID", "Slot.RepID", "ConversationID", "LeadID", "IdempotencyKey"}
			var calls []call
			for i, p := range bookings {
				if fields[i] == "IdempotencyKey" && what == "over 256 bytes" {
					continue // a key may be longer than an ID (below)
				}
				calls = append(calls,
					call{fields[i], func() error { _, err := f.cal.Book(ctx, p); return err }},
					call{fields[i], func() error {
						return f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { _, err := f.cal.BookTx(ctx, tx, p); return err })
					}})
			}
			for _, tc := range []struct {
				field             string
				tenant, bookingID string
			}{{"TenantID", v, held.ID}, {"BookingID", "acme", v}} {
				cp := calendar.CancelParams{TenantID: tc.tenant, BookingID: tc.bookingID}
				mp := calendar.MarkParams{TenantID: tc.tenant, BookingID: tc.bookingID, Status: calendar.StatusNoShow}
				calls = append(calls,
					call{tc.field, func() error { _, err := f.cal.Cancel(ctx, cp); return err }},
					call{tc.field, func() error {
						return f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { _, err := f.cal.CancelTx(ctx, tx, cp); return err })
					}},
					call{tc.field, func() error { _, err := f.cal.Mark(ctx, mp); return err }},
					call{tc.field, func() error {
						return f.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { _, err := f.cal.MarkTx(ctx, tx, mp); return err })
					}},
					call{tc.field, func() error { _, err := f.cal.Get(ctx, tc.tenant, tc.bookingID); return err }})
			}
			calls = append(calls,
				call{"TenantID", func() error {
					_, err := f.cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: v, RepID: "sarah"})
					return err
				}},
				call{"RepID", func() error {
					_, err := f.cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: v})
					return err
				}})
			for i, c := range calls {
				err := c.do()
				var ie *calendar.InputError
				require.ErrorAs(t, err, &ie, "%s in %s (call %d): %v", what, c.field, i, err)
				require.ErrorIs(t, err, calendar.ErrInvalidInput)
				require.Equal(t, c.field, ie.Field, "%s (call %d)", what, i)
			}
		}
		// An idempotency key may be longer than an ID, up to 1024 bytes.
		_, err = f.cal.Book(ctx, book(monday(11, 0), strings.Repeat("k", 1025)))
		var ie *calendar.InputError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "IdempotencyKey", ie.Field)

		require.Zero(t, ids, "a refused Book reached the insert")
		got, err := f.cal.Get(ctx, "acme", held.ID)
		require.NoError(t, err)
		require.Equal(t, held, got, "a refused Cancel or Mark changed the booking")
		require.NoError(t, f.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			rows, err := tx.(store.BookingTx).BookingList(ctx, store.BookingListParams{TenantID: "acme", RepID: "sarah",
				From: sundayNoon, To: sundayNoon.Add(7 * 24 * time.Hour)})
			require.Len(t, rows, 1, "nothing booked")
			return err
		}))

		// A key as long as the engine's (a conversation ID of 256 bytes
		// and more) books.
		p := book(monday(11, 0), strings.Repeat("k", 1024))
		p.ConversationID = strings.Repeat("c", 256)
		long, err := f.cal.Book(ctx, p)
		require.NoError(t, err)
		require.Equal(t, "bad1", long.ID)
	})
}

// TestNewIDMustBeAnID: a booking ID from StoreConfig.NewID that Cancel and
// Get would refuse fails the Book, which books nothing.
func TestNewIDMustBeAnID(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{
		Schedules: schedules,
		Now:       func() time.Time { return sundayNoon },
		NewID:     func() string { return "bk\x00" },
	})
	require.NoError(t, err)
	_, err = cal.Book(t.Context(), book(monday(10, 0), "k1"))
	require.ErrorContains(t, err, "StoreConfig.NewID")
	slots, err := cal.FreeSlots(t.Context(), calendar.SlotsParams{TenantID: "acme", RepID: "sarah", From: monday(10, 0), To: monday(10, 1)})
	require.NoError(t, err)
	require.Len(t, slots, 1, "nothing booked")
}
