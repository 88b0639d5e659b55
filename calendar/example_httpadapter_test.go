package calendar_test

// This file shows the shape of a host adapter: a calendar.Calendar backed by
// a remote scheduling API, here a Calendly-like HTTP service (free/busy of a
// host, insert and cancel events) served by httptest. Google Calendar or
// Outlook plug in the same way: Policy turns the remote free/busy and the
// rep's working hours into slots, and Book maps the idempotency key onto a
// client-chosen event ID, so a retried request finds the event it made.
//
// One property must come from the remote side: the API here refuses an
// event that overlaps another of the same host (409, reason "conflict"), as
// booking services do. Google Calendar's events.insert does not (it lets a
// calendar double-book), so a Google adapter cannot promise "exactly one of
// concurrent Books wins" by itself: book through calendar.StoreCalendar
// (the rows and their lock are the truth) and mirror the booking to Google
// from the outbox after commit, with Google's busy time as extra input.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/calendar/calendartest"
)

// ---- the adapter (host code) ----

// apiCalendar is a calendar.Calendar over the scheduling API at base.
type apiCalendar struct {
	base      string
	client    *http.Client
	schedules calendar.ScheduleSource
	policy    calendar.Policy
	now       func() time.Time
}

var _ calendar.Calendar = (*apiCalendar)(nil)

// apiEvent is the API's event resource.
type apiEvent struct {
	ID             string    `json:"id"`
	Host           string    `json:"host"`
	Start          time.Time `json:"start"`
	End            time.Time `json:"end"`
	TimeZone       string    `json:"timeZone"`
	Status         string    `json:"status"` // "confirmed" or "cancelled"
	ConversationID string    `json:"conversationId,omitempty"`
	LeadID         string    `json:"leadId,omitempty"`
	Key            string    `json:"idempotencyKey"`
	Created        time.Time `json:"created"`
	// BufferMinutes is the least gap the service keeps between this
	// event and the host's others (an event type's buffer, as Calendly
	// has); write-only.
	BufferMinutes int `json:"bufferMinutes,omitempty"`
}

// apiError is the API's error body.
type apiError struct {
	Code   int    `json:"code"`
	Reason string `json:"reason"` // "duplicate", "conflict", "notFound"
}

func (e *apiError) Error() string { return fmt.Sprintf("scheduling API: %d %s", e.Code, e.Reason) }

// call sends a JSON request and decodes a JSON answer into out; an error
// status becomes an *apiError.
func (c *apiCalendar) call(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		return fmt.Errorf("scheduling API: %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		e := &apiError{Code: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(e)
		return e
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func tenantPath(tenantID string) string { return "/tenants/" + url.PathEscape(tenantID) }

// busy asks the API for the host's busy intervals in [from, to).
func (c *apiCalendar) busy(ctx context.Context, tenantID, repID string, from, to time.Time) ([]calendar.Interval, error) {
	var out struct {
		Busy []calendar.Interval `json:"busy"`
	}
	in := map[string]any{"host": repID, "timeMin": from, "timeMax": to}
	if err := c.call(ctx, http.MethodPost, tenantPath(tenantID)+"/freeBusy", in, &out); err != nil {
		return nil, err
	}
	return out.Busy, nil
}

func (c *apiCalendar) FreeSlots(ctx context.Context, p calendar.SlotsParams) ([]calendar.Slot, error) {
	switch {
	case p.TenantID == "":
		return nil, &calendar.InputError{Field: "TenantID", Reason: "is required"}
	case p.RepID == "":
		return nil, &calendar.InputError{Field: "RepID", Reason: "is required"}
	case !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From):
		return nil, &calendar.InputError{Field: "To", Reason: "is before From"}
	}
	sch, err := c.schedules.RepSchedule(ctx, p.TenantID, p.RepID)
	if err != nil {
		return nil, err
	}
	now := c.now()
	lo, hi := c.policy.Window(p.From, p.To, now)
	if !lo.Before(hi) {
		return nil, ctx.Err()
	}
	from, to := c.policy.BusyWindow(lo, hi)
	busy, err := c.busy(ctx, p.TenantID, p.RepID, from, to)
	if err != nil {
		return nil, err
	}
	return c.policy.Free(calendar.FreeInput{RepID: p.RepID, Schedule: sch, From: lo, To: hi, Now: now, Busy: busy, Limit: p.Limit})
}

// eventID derives the event ID from the idempotency key: a retry of one
// request names the same event. Hex digits fit the base32hex IDs that
// Google Calendar accepts too.
func eventID(tenantID, key string) string {
	sum := sha256.Sum256([]byte(tenantID + "\x00" + key))
	return hex.EncodeToString(sum[:16])
}

func (c *apiCalendar) Book(ctx context.Context, p calendar.BookParams) (calendar.Booking, error) {
	switch {
	case p.TenantID == "":
		return calendar.Booking{}, &calendar.InputError{Field: "TenantID", Reason: "is required"}
	case p.Slot.RepID == "":
		return calendar.Booking{}, &calendar.InputError{Field: "Slot.RepID", Reason: "is required"}
	case p.Slot.Start.IsZero():
		return calendar.Booking{}, &calendar.InputError{Field: "Slot.Start", Reason: "is required"}
	case !p.Slot.End.IsZero() && !p.Slot.End.After(p.Slot.Start):
		return calendar.Booking{}, &calendar.InputError{Field: "Slot.End", Reason: "is not after Slot.Start"}
	case p.IdempotencyKey == "":
		return calendar.Booking{}, &calendar.InputError{Field: "IdempotencyKey", Reason: "is required"}
	}
	sch, err := c.schedules.RepSchedule(ctx, p.TenantID, p.Slot.RepID)
	if err != nil {
		return calendar.Booking{}, err
	}
	slot := p.Slot
	slot.TimeZone = sch.TimeZone
	if slot.End.IsZero() {
		slot.End = slot.Start.Add(c.policy.MeetingLength)
		if c.policy.MeetingLength == 0 {
			slot.End = slot.Start.Add(calendar.DefaultMeetingLength)
		}
	}
	id := eventID(p.TenantID, p.IdempotencyKey)
	// A retry: the event this key made, if any.
	if b, found, err := c.replay(ctx, p, slot, id); found || err != nil {
		return b, err
	}
	from, to := c.policy.BusyWindow(slot.Start, slot.Start.Add(1))
	busy, err := c.busy(ctx, p.TenantID, slot.RepID, from, to)
	if err != nil {
		return calendar.Booking{}, err
	}
	if err := c.policy.Check(calendar.CheckInput{Schedule: sch, Slot: slot, Now: c.now(), Busy: busy}); err != nil {
		// The busy time may be this key's own event, inserted by a
		// concurrent retry since the first look.
		if b, found, rerr := c.replay(ctx, p, slot, id); found || rerr != nil {
			return b, rerr
		}
		return calendar.Booking{}, err
	}
	var ev apiEvent
	err = c.call(ctx, http.MethodPost, tenantPath(p.TenantID)+"/events", apiEvent{
		ID: id, Host: slot.RepID, Start: slot.Start, End: slot.End, TimeZone: sch.TimeZone,
		ConversationID: p.ConversationID, LeadID: p.LeadID, Key: p.IdempotencyKey,
		BufferMinutes: int(c.policy.Buffer / time.Minute),
	}, &ev)
	var ae *apiError
	switch {
	case errors.As(err, &ae) && ae.Reason == "conflict":
		if b, found, rerr := c.replay(ctx, p, slot, id); found || rerr != nil {
			return b, rerr
		}
		return calendar.Booking{}, &calendar.SlotError{Slot: slot, Err: calendar.ErrSlotTaken, Detail: "the host is busy"}
	case errors.As(err, &ae) && ae.Reason == "duplicate":
		// A concurrent retry of the same key inserted it first.
		if b, found, err := c.replay(ctx, p, slot, id); found || err != nil {
			return b, err
		}
		return calendar.Booking{}, err
	case err != nil:
		return calendar.Booking{}, err
	}
	return bookingOf(p.TenantID, ev), nil
}

// replay returns the event id if it exists: the booking when it is the
// same request, ErrKeyReused when the key booked something else.
func (c *apiCalendar) replay(ctx context.Context, p calendar.BookParams, slot calendar.Slot, id string) (calendar.Booking, bool, error) {
	var ev apiEvent
	err := c.call(ctx, http.MethodGet, tenantPath(p.TenantID)+"/events/"+id, nil, &ev)
	var ae *apiError
	if errors.As(err, &ae) && ae.Code == http.StatusNotFound {
		return calendar.Booking{}, false, nil
	}
	if err != nil {
		return calendar.Booking{}, false, err
	}
	if ev.Host != slot.RepID || !ev.Start.Equal(slot.Start) || !ev.End.Equal(slot.End) ||
		ev.ConversationID != p.ConversationID || ev.LeadID != p.LeadID {
		return calendar.Booking{}, true, fmt.Errorf("%w: key %q booked event %s", calendar.ErrKeyReused, p.IdempotencyKey, id)
	}
	return bookingOf(p.TenantID, ev), true, nil
}

func (c *apiCalendar) Cancel(ctx context.Context, p calendar.CancelParams) (calendar.Booking, error) {
	switch {
	case p.TenantID == "":
		return calendar.Booking{}, &calendar.InputError{Field: "TenantID", Reason: "is required"}
	case p.BookingID == "":
		return calendar.Booking{}, &calendar.InputError{Field: "BookingID", Reason: "is required"}
	}
	var ev apiEvent
	err := c.call(ctx, http.MethodPatch, tenantPath(p.TenantID)+"/events/"+url.PathEscape(p.BookingID), map[string]string{"status": "cancelled"}, &ev)
	var ae *apiError
	if errors.As(err, &ae) && ae.Code == http.StatusNotFound {
		return calendar.Booking{}, fmt.Errorf("booking %s: %w", p.BookingID, calendar.ErrNotFound)
	}
	if err != nil {
		return calendar.Booking{}, err
	}
	return bookingOf(p.TenantID, ev), nil
}

func bookingOf(tenantID string, ev apiEvent) calendar.Booking {
	status := calendar.StatusBooked
	if ev.Status == "cancelled" {
		status = calendar.StatusCancelled
	}
	return calendar.Booking{
		ID: ev.ID, TenantID: tenantID, RepID: ev.Host, ConversationID: ev.ConversationID, LeadID: ev.LeadID,
		Start: ev.Start, End: ev.End, TimeZone: ev.TimeZone, Status: status, IdempotencyKey: ev.Key, CreatedAt: ev.Created,
	}
}

// ---- the remote service (a stand-in for the provider) ----

// schedulingAPI is an in-memory scheduling service: per tenant, events by
// ID; an event that comes closer than its buffer to a confirmed event of
// its host is refused.
type schedulingAPI struct {
	mu     sync.Mutex
	now    func() time.Time
	events map[string]map[string]*apiEvent // tenant -> id -> event
}

func newSchedulingAPI(now func() time.Time) *httptest.Server {
	api := &schedulingAPI{now: now, events: map[string]map[string]*apiEvent{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /tenants/{tenant}/freeBusy", api.freeBusy)
	mux.HandleFunc("POST /tenants/{tenant}/events", api.insert)
	mux.HandleFunc("GET /tenants/{tenant}/events/{id}", api.get)
	mux.HandleFunc("PATCH /tenants/{tenant}/events/{id}", api.patch)
	return httptest.NewServer(mux)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func (a *schedulingAPI) freeBusy(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Host             string
		TimeMin, TimeMax time.Time
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Code: 400, Reason: "badRequest"})
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	busy := []calendar.Interval{}
	for _, ev := range a.events[r.PathValue("tenant")] {
		if ev.Host == in.Host && ev.Status == "confirmed" && ev.Start.Before(in.TimeMax) && ev.End.After(in.TimeMin) {
			busy = append(busy, calendar.Interval{Start: ev.Start, End: ev.End})
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"busy": busy})
}

func (a *schedulingAPI) insert(w http.ResponseWriter, r *http.Request) {
	var ev apiEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil || ev.ID == "" || ev.Host == "" || !ev.End.After(ev.Start) {
		writeJSON(w, http.StatusBadRequest, apiError{Code: 400, Reason: "badRequest"})
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	tenant := r.PathValue("tenant")
	if a.events[tenant] == nil {
		a.events[tenant] = map[string]*apiEvent{}
	}
	if _, ok := a.events[tenant][ev.ID]; ok {
		writeJSON(w, http.StatusConflict, apiError{Code: 409, Reason: "duplicate"})
		return
	}
	buf := time.Duration(ev.BufferMinutes) * time.Minute
	ev.BufferMinutes = 0
	for _, o := range a.events[tenant] {
		if o.Host == ev.Host && o.Status == "confirmed" && o.Start.Before(ev.End.Add(buf)) && ev.Start.Before(o.End.Add(buf)) {
			writeJSON(w, http.StatusConflict, apiError{Code: 409, Reason: "conflict"})
			return
		}
	}
	ev.Status, ev.Created = "confirmed", a.now()
	a.events[tenant][ev.ID] = &ev
	writeJSON(w, http.StatusOK, ev)
}

func (a *schedulingAPI) get(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	ev, ok := a.events[r.PathValue("tenant")][r.PathValue("id")]
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Code: 404, Reason: "notFound"})
		return
	}
	writeJSON(w, http.StatusOK, ev)
}

func (a *schedulingAPI) patch(w http.ResponseWriter, r *http.Request) {
	var in struct{ Status string }
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Status != "cancelled" {
		writeJSON(w, http.StatusBadRequest, apiError{Code: 400, Reason: "badRequest"})
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	ev, ok := a.events[r.PathValue("tenant")][r.PathValue("id")]
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Code: 404, Reason: "notFound"})
		return
	}
	ev.Status = "cancelled"
	writeJSON(w, http.StatusOK, ev)
}

// ---- the adapter passes the conformance suite ----

func TestAPIAdapterConformance(t *testing.T) {
	calendartest.Run(t, func(t *testing.T, s calendartest.Setup) calendar.Calendar {
		srv := newSchedulingAPI(s.Now)
		t.Cleanup(srv.Close)
		return &apiCalendar{base: srv.URL, client: srv.Client(), schedules: s.Schedules, policy: s.Policy, now: s.Now}
	})
}

func TestAPIAdapterRefusesOverlapRemotely(t *testing.T) {
	// Two adapters (two app instances) on one service: the service's
	// refusal is what keeps a host from being double-booked.
	now := func() time.Time { return sundayNoon }
	srv := newSchedulingAPI(now)
	t.Cleanup(srv.Close)
	a := &apiCalendar{base: srv.URL, client: srv.Client(), schedules: schedules, now: now}
	b := &apiCalendar{base: srv.URL, client: srv.Client(), schedules: schedules, now: now}
	_, err := a.Book(t.Context(), book(monday(10, 0), "k1"))
	require.NoError(t, err)
	_, err = b.Book(t.Context(), book(monday(10, 0), "k2"))
	require.ErrorIs(t, err, calendar.ErrSlotTaken)
}

// Example_hostAdapter books through a calendar.Calendar backed by a remote
// scheduling API: two offered slots in the rep's local time, a booking,
// and a retry of the same request that returns the same booking.
func Example_hostAdapter() {
	now := func() time.Time { return time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC) }
	srv := newSchedulingAPI(now)
	defer srv.Close()
	var cal calendar.Calendar = &apiCalendar{
		base:   srv.URL,
		client: srv.Client(),
		schedules: calendar.Schedules{
			"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))},
		},
		policy: calendar.Policy{LeadTime: 2 * time.Hour, Buffer: 15 * time.Minute},
		now:    now,
	}
	ctx := context.Background()
	slots, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: "sarah", Limit: 2})
	if err != nil {
		panic(err)
	}
	var offered []string
	for _, s := range slots {
		start, _ := s.Local()
		offered = append(offered, start.Format("Mon Jan 2 15:04 MST"))
	}
	fmt.Println("offered:", strings.Join(offered, " | "))

	req := calendar.BookParams{TenantID: "acme", Slot: slots[1], ConversationID: "conv-7", IdempotencyKey: "conv-7/offer-1"}
	b, err := cal.Book(ctx, req)
	if err != nil {
		panic(err)
	}
	start, end := b.Slot().Local()
	fmt.Printf("booked: %s-%s with %s (%s)\n", start.Format("Mon 15:04"), end.Format("15:04 MST"), b.RepID, b.Status)

	again, err := cal.Book(ctx, req)
	fmt.Println("retry returns the same booking:", err == nil && again.ID == b.ID)

	_, err = cal.Book(ctx, calendar.BookParams{TenantID: "acme", Slot: slots[0], ConversationID: "conv-8", IdempotencyKey: "conv-8/offer-1"})
	fmt.Println("the slot before it, inside the buffer:", errors.Is(err, calendar.ErrSlotTaken))
	// Output:
	// offered: Mon Mar 16 09:00 EDT | Mon Mar 16 09:30 EDT
	// booked: Mon 09:30-10:00 EDT with sarah (booked)
	// retry returns the same booking: true
	// the slot before it, inside the buffer: true
}
