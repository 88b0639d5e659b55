package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// This file checks store.MetricsTx (Features.Metrics): the "Metrics/..."
// rules. Every case also runs the fallback of store.CountMetrics and
// store.ScanMetrics through a Tx without abilities, which must agree.

func init() { groups = append(groups, group{"Metrics", metricsCases()}) }

func metricsCases() []testCase {
	return []testCase{
		{"CountMatchesTheTrail", testMetricsCount},
		{"ResponsePercentiles", testMetricsResponses},
		{"ClosedHandledBooked", testMetricsFollowUps},
		{"ScanWindow", testMetricsScanWindow},
		{"ScanWholeConversations", testMetricsScanWith},
		{"ScanStopsOnCallbackError", testMetricsScanError},
		{"ToIsRequired", testMetricsParams},
	}
}

// hasMetrics reports whether the store's Tx has [store.MetricsTx]. The
// cases run either way: without it they check the fallback alone.
func hasMetrics(t *testing.T, st store.Store) bool {
	t.Helper()
	var ok bool
	_ = st.View(t.Context(), func(ctx context.Context, tx store.Tx) error { _, ok = tx.(store.MetricsTx); return nil })
	return ok
}

// mev returns an event of kind at t0+offset.
func mev(tenantID, convID, id string, kind store.EventKind, reason string, offset time.Duration) *store.Event {
	e := event(tenantID, convID, id, offset)
	e.Kind, e.Reason = kind, reason
	return e
}

// convAt returns a conversation created at t0+offset.
func convAt(tenantID, id string, offset time.Duration) *store.Conversation {
	c := conv(tenantID, id)
	c.CreatedAt, c.UpdatedAt = at(offset), at(offset)
	return c
}

// countBoth runs CountMetrics with the store's Tx and through baseTx, and
// fails unless both agree; it returns the first.
func countBoth(t *testing.T, h *harness, p store.MetricsParams) store.MetricsCounts {
	t.Helper()
	var got []store.MetricsCounts
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		for _, x := range []store.Tx{tx, baseTx{tx}} {
			c, err := store.CountMetrics(ctx, x, p)
			noErr(t, err, fmt.Sprintf("CountMetrics through %T", x))
			got = append(got, c)
		}
		return nil
	})
	if !reflect.DeepEqual(got[0], got[1]) {
		t.Errorf("MetricsCount and the fallback disagree:\n ability:  %+v\n fallback: %+v", got[0], got[1])
	}
	return got[0]
}

func testMetricsCount(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	min := time.Minute
	// The window is [t0+1h, t0+2h).
	p := store.MetricsParams{TenantID: tenant1, From: at(time.Hour), To: at(2 * time.Hour)}
	h.insertConv(
		convAt(tenant1, "before", 0),          // created before the window: not in the cohort
		convAt(tenant1, "a", time.Hour),       // handed off, rep replied, opted out later
		convAt(tenant1, "b", time.Hour+min),   // reviewed; handoff after To does not count
		convAt(tenant1, "c", time.Hour+2*min), // nothing happened
		convAt(tenant1, "after", 2*time.Hour), // created at To: not in the cohort
		convAt(tenant2, "a", time.Hour),       // another tenant
	)
	h.appendEvent(
		mev(tenant1, "before", "e1", store.EventHandoff, "explicit_ask", time.Hour+5*min), // in the window, not in the cohort
		mev(tenant1, "before", "e2", store.EventSLAEscalated, "no rep", time.Hour+10*min),
		mev(tenant1, "before", "e3", store.EventRerouted, "sla", time.Hour+6*min),
		mev(tenant1, "a", "e4", store.EventHandoff, "fields", time.Hour+3*min),
		mev(tenant1, "a", "e5", store.EventRepMessage, "rep message", time.Hour+4*min),
		detailed(mev(tenant1, "a", "e6", store.EventOutboxCancelled, "rep_message", time.Hour+4*min), 2),
		detailed(mev(tenant1, "a", "e7", store.EventOutboxCancelled, "take_over", time.Hour+5*min), 1),
		detailed(mev(tenant1, "a", "e8", store.EventOutboxCancelled, "opt_out", time.Hour+7*min), 3), // not a collision
		mev(tenant1, "a", "e9", store.EventOptOut, "keyword:STOP", time.Hour+8*min),
		mev(tenant1, "a", "e10", store.EventResume, "rep done", time.Hour+9*min),
		mev(tenant1, "a", "e11", store.EventBooked, "", time.Hour+11*min),
		mev(tenant1, "a", "e12", store.EventMeetingDone, "", time.Hour+12*min),
		mev(tenant1, "b", "e13", store.EventReview, "possible_opt_out", time.Hour+3*min),
		mev(tenant1, "b", "e14", store.EventHandoff, "fields", 2*time.Hour), // at To: outside
		mev(tenant1, "b", "e15", store.EventNoShow, "", 59*min),             // before From: outside
		mev(tenant1, "b", "e16", store.EventBooked, "", time.Hour+30*min),
		mev(tenant2, "a", "e17", store.EventHandoff, "explicit_ask", time.Hour+3*min), // another tenant
		detailed(mev(tenant2, "a", "e18", store.EventOutboxCancelled, "take_over", time.Hour+3*min), 5),
	)
	got := countBoth(t, h, p)
	want := store.MetricsCounts{
		Conversations: 3, HandedOff: 1, OptedOut: 1, Reviewed: 1,
		Events: map[store.EventKind]int64{
			store.EventHandoff: 2, store.EventSLAEscalated: 1, store.EventRerouted: 1, store.EventRepMessage: 1,
			store.EventOutboxCancelled: 3, store.EventOptOut: 1, store.EventResume: 1, store.EventBooked: 2,
			store.EventMeetingDone: 1, store.EventReview: 1,
		},
		HandoffReasons:      map[string]int64{"explicit_ask": 1, "fields": 1},
		CollisionsPrevented: 3,
		Responded:           1, ResponseP50: min, ResponseP90: min,
		BookedHandoffs: 1, BookingP50: 8 * min, BookingP90: 8 * min,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MetricsCount:\n got  %+v\n want %+v", got, want)
	}
	// An empty window and another tenant.
	empty := countBoth(t, h, store.MetricsParams{TenantID: tenant1, From: at(10 * time.Hour), To: at(11 * time.Hour)})
	if empty.Conversations != 0 || len(empty.Events) != 0 || empty.Responded != 0 || empty.ResponseP50 != 0 {
		t.Errorf("empty window: %+v", empty)
	}
	other := countBoth(t, h, store.MetricsParams{TenantID: tenant2, From: at(time.Hour), To: at(2 * time.Hour)})
	if other.Conversations != 1 || other.HandedOff != 1 || other.CollisionsPrevented != 5 || other.Responded != 0 {
		t.Errorf("tenant2: %+v", other)
	}
}

// detailed sets the Detail of e, as the engine words an outbox_cancelled
// event: "N queued automated text(s) cancelled".
func detailed(e *store.Event, n int) *store.Event {
	e.Detail = fmt.Sprintf("%d queued automated text(s) cancelled", n)
	return e
}

func testMetricsResponses(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	p := store.MetricsParams{TenantID: tenant1, From: at(0), To: at(24 * time.Hour)}
	var evs []*store.Event
	// Ten handoffs answered after 10s, 20s, ... 100s, each by a different
	// rep action kind in turn; the percentiles are 50s and 90s.
	kinds := store.RepActionKinds()
	for i := range 10 {
		id := fmt.Sprintf("r%d", i)
		h.insertConv(convAt(tenant1, id, 0))
		start := time.Duration(i) * time.Hour
		evs = append(evs, mev(tenant1, id, id+"h", store.EventHandoff, "fields", start),
			mev(tenant1, id, id+"a", kinds[i%len(kinds)], "", start+time.Duration(i+1)*10*time.Second),
			mev(tenant1, id, id+"b", store.EventRepMessage, "", start+time.Duration(i+1)*20*time.Second)) // a later action: not the first
	}
	h.insertConv(convAt(tenant1, "x", 0), convAt(tenant1, "y", 0), convAt(tenant1, "z", 0), convAt(tenant1, "w", 0))
	evs = append(evs,
		// x: the rep acted before the handoff and after To only: unanswered
		mev(tenant1, "x", "x0", store.EventTakeover, "", time.Hour),
		mev(tenant1, "x", "x1", store.EventHandoff, "explicit_ask", 2*time.Hour),
		mev(tenant1, "x", "x2", store.EventAccept, "", 25*time.Hour),
		// y: handed off twice; the rep acted only after the second, which
		// is answered after 7s and the first is not
		mev(tenant1, "y", "y1", store.EventHandoff, "score", 3*time.Hour),
		mev(tenant1, "y", "y2", store.EventResume, "", 3*time.Hour+time.Minute),
		mev(tenant1, "y", "y3", store.EventHandoff, "score", 4*time.Hour),
		mev(tenant1, "y", "y4", store.EventRepMessage, "", 4*time.Hour+7*time.Second),
		// z: a decline is not an action; the accept 1 µs later is
		mev(tenant1, "z", "z1", store.EventHandoff, "fields", 5*time.Hour),
		mev(tenant1, "z", "z2", store.EventDecline, "", 5*time.Hour),
		mev(tenant1, "z", "z3", store.EventAccept, "", 5*time.Hour+time.Microsecond),
		// w: the rep phoned the lead and completed the handoff, their first
		// and only action, after 30s
		mev(tenant1, "w", "w1", store.EventHandoff, "explicit_ask", 10*time.Hour),
		mev(tenant1, "w", "w2", store.EventComplete, "", 10*time.Hour+30*time.Second),
	)
	h.appendEvent(evs...)
	got := countBoth(t, h, p)
	// delays: 1µs, 7s, 10s..100s and w's 30s: 13 values; rank 7 (p50) is
	// 40s, rank 12 (p90) is 90s
	if got.Responded != 13 || got.ResponseP50 != 40*time.Second || got.ResponseP90 != 90*time.Second {
		t.Errorf("responses: responded %d, p50 %s, p90 %s; want 13, 40s, 90s", got.Responded, got.ResponseP50, got.ResponseP90)
	}
	if got.Events[store.EventHandoff] != 15 {
		t.Errorf("handoff events: %d, want 15", got.Events[store.EventHandoff])
	}
	w := countBoth(t, h, store.MetricsParams{TenantID: tenant1, From: at(10 * time.Hour), To: at(11 * time.Hour)})
	if w.Responded != 1 || w.ResponseP50 != 30*time.Second {
		t.Errorf("window 10h-11h: responded %d, p50 %s; want 1, 30s (a complete is the rep's action)", w.Responded, w.ResponseP50)
	}
	one := countBoth(t, h, store.MetricsParams{TenantID: tenant1, From: at(5 * time.Hour), To: at(6 * time.Hour)})
	if one.Responded != 2 || one.ResponseP50 != time.Microsecond || one.ResponseP90 != 60*time.Second {
		t.Errorf("window 5h-6h: responded %d, p50 %s, p90 %s; want 2, 1µs, 60s", one.Responded, one.ResponseP50, one.ResponseP90)
	}
}

func testMetricsFollowUps(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	min := time.Minute
	ids := []string{"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8"}
	for _, id := range ids {
		h.insertConv(convAt(tenant1, id, 0))
	}
	h.appendEvent(
		// f1: accepted after 1m, completed 10m later: closed, handled in 10m
		mev(tenant1, "f1", "f1h", store.EventHandoff, "fields", 0),
		mev(tenant1, "f1", "f1a", store.EventAccept, "", min),
		mev(tenant1, "f1", "f1c", store.EventComplete, "", 11*min),
		// f2: completed as the rep's first action: closed, not handled
		mev(tenant1, "f2", "f2h", store.EventHandoff, "explicit_ask", time.Hour),
		mev(tenant1, "f2", "f2c", store.EventComplete, "", time.Hour+30*time.Second),
		// f3: a rep message, a meeting booked 5m after the handoff, completed
		// 18m after the message
		mev(tenant1, "f3", "f3h", store.EventHandoff, "score", 2*time.Hour),
		mev(tenant1, "f3", "f3r", store.EventRepMessage, "", 2*time.Hour+2*min),
		mev(tenant1, "f3", "f3b", store.EventBooked, "lead", 2*time.Hour+5*min),
		mev(tenant1, "f3", "f3c", store.EventComplete, "", 2*time.Hour+20*min),
		// f4: booked after 1m, moved after 10m: the first booking counts;
		// no rep acted: booked only
		mev(tenant1, "f4", "f4h", store.EventHandoff, "fields", 3*time.Hour),
		mev(tenant1, "f4", "f4b", store.EventBooked, "lead", 3*time.Hour+min),
		mev(tenant1, "f4", "f4m", store.EventBooked, "rep", 3*time.Hour+10*min),
		mev(tenant1, "f4", "f4r", store.EventRescheduled, "rep", 3*time.Hour+10*min),
		// f5: handed off twice; the complete belongs to the second, whose
		// first action it is: one closed, not handled
		mev(tenant1, "f5", "f5h", store.EventHandoff, "fields", 4*time.Hour),
		mev(tenant1, "f5", "f5s", store.EventResume, "", 4*time.Hour+min),
		mev(tenant1, "f5", "f5i", store.EventHandoff, "fields", 5*time.Hour),
		mev(tenant1, "f5", "f5c", store.EventComplete, "", 5*time.Hour+3*min),
		// f6: taken over, completed after To: not closed
		mev(tenant1, "f6", "f6h", store.EventHandoff, "fields", 6*time.Hour),
		mev(tenant1, "f6", "f6t", store.EventTakeover, "", 6*time.Hour+min),
		mev(tenant1, "f6", "f6c", store.EventComplete, "", 25*time.Hour),
		// f7: booked before its handoff: not a booking after it
		mev(tenant1, "f7", "f7b", store.EventBooked, "lead", 7*time.Hour),
		mev(tenant1, "f7", "f7h", store.EventHandoff, "fields", 7*time.Hour+min),
		// f8: booked after 2m, accepted after 40m: booked only until then
		mev(tenant1, "f8", "f8h", store.EventHandoff, "explicit_ask", 8*time.Hour),
		mev(tenant1, "f8", "f8b", store.EventBooked, "lead", 8*time.Hour+2*min),
		mev(tenant1, "f8", "f8a", store.EventAccept, "", 8*time.Hour+40*min),
	)
	type figures struct {
		Closed, Handled, Booked, BookedOnly    int64
		HandleP50, HandleP90, BookP50, BookP90 time.Duration
	}
	of := func(c store.MetricsCounts) figures {
		return figures{c.Closed, c.Handled, c.BookedHandoffs, c.BookedOnly, c.HandleP50, c.HandleP90, c.BookingP50, c.BookingP90}
	}
	for _, tc := range []struct {
		name     string
		from, to time.Duration
		want     figures
	}{
		// handle times 10m and 18m; booking delays 5m, 1m and 2m
		{"day", 0, 24 * time.Hour, figures{4, 2, 3, 1, 10 * min, 18 * min, 2 * min, 5 * min}},
		{"f3's hour", 2 * time.Hour, 3 * time.Hour, figures{1, 1, 1, 0, 18 * min, 18 * min, 5 * min, 5 * min}},
		{"To before f3's complete", 2 * time.Hour, 2*time.Hour + 10*min, figures{0, 0, 1, 0, 0, 0, 5 * min, 5 * min}},
		{"f5's first handoff only", 4 * time.Hour, 5 * time.Hour, figures{}},
		{"To before f8's accept", 8 * time.Hour, 8*time.Hour + 30*min, figures{0, 0, 1, 1, 0, 0, 2 * min, 2 * min}},
		{"f8's hour", 8 * time.Hour, 9 * time.Hour, figures{0, 0, 1, 0, 0, 0, 2 * min, 2 * min}},
	} {
		got := of(countBoth(t, h, store.MetricsParams{TenantID: tenant1, From: at(tc.from), To: at(tc.to)}))
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// scanBoth collects what ScanMetrics streams with the store's Tx and
// through baseTx, which must agree as sets; it returns the first in
// stream order.
func scanBoth(t *testing.T, h *harness, p store.MetricsScanParams) []store.Message {
	t.Helper()
	var got [][]store.Message
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		for _, x := range []store.Tx{tx, baseTx{tx}} {
			var ms []store.Message
			err := store.ScanMetrics(ctx, x, p, func(m store.Message) error { ms = append(ms, m); return nil })
			noErr(t, err, fmt.Sprintf("ScanMetrics through %T", x))
			got = append(got, ms)
		}
		return nil
	})
	a, b := ids(got[0]), ids(got[1])
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Errorf("MetricsScan and the fallback disagree: %q vs %q", a, b)
	}
	return got[0]
}

// origin returns a message of the given origin at t0+offset.
func originMsg(tenantID, convID, id string, o store.Origin, offset time.Duration) *store.Message {
	m := msg(tenantID, convID, id, "", offset)
	m.Origin = o
	if o != store.OriginLead {
		m.Direction = store.Outbound
	}
	if o == store.OriginRep {
		m.Author = "sarah"
	}
	return m
}

func scanFixture(h *harness) {
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"), conv(tenant1, "c3"), conv(tenant2, "c1"))
	h.appendMsg(
		originMsg(tenant1, "c1", "c1-lead-early", store.OriginLead, 10*time.Minute), // before the window
		originMsg(tenant1, "c1", "c1-ai", store.OriginAI, 61*time.Minute),
		originMsg(tenant1, "c1", "c1-lead", store.OriginLead, 62*time.Minute),
		originMsg(tenant1, "c1", "c1-rep", store.OriginRep, 63*time.Minute),
		originMsg(tenant1, "c1", "c1-lead-late", store.OriginLead, 2*time.Hour), // at To
		originMsg(tenant1, "c2", "c2-lead", store.OriginLead, 70*time.Minute),
		originMsg(tenant1, "c2", "c2-rep-early", store.OriginRep, 30*time.Minute), // rep only before the window
		originMsg(tenant1, "c3", "c3-lead", store.OriginLead, 20*time.Minute),
		originMsg(tenant1, "c3", "c3-rep", store.OriginRep, 119*time.Minute),
		originMsg(tenant2, "c1", "t2-lead", store.OriginLead, 62*time.Minute),
		originMsg(tenant2, "c1", "t2-rep", store.OriginRep, 63*time.Minute),
	)
}

func testMetricsScanWindow(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	scanFixture(h)
	got := ids(scanBoth(t, h, store.MetricsScanParams{TenantID: tenant1, From: at(time.Hour), To: at(2 * time.Hour), Origins: []store.Origin{store.OriginLead}}))
	slices.Sort(got)
	if want := []string{"c1-lead", "c2-lead"}; !slices.Equal(got, want) {
		t.Errorf("lead messages in the window: %q, want %q", got, want)
	}
	all := ids(scanBoth(t, h, store.MetricsScanParams{TenantID: tenant1, From: at(time.Hour), To: at(2 * time.Hour)}))
	slices.Sort(all)
	if want := []string{"c1-ai", "c1-lead", "c1-rep", "c2-lead", "c3-rep"}; !slices.Equal(all, want) {
		t.Errorf("every message in the window: %q, want %q", all, want)
	}
}

func testMetricsScanWith(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	scanFixture(h)
	ms := scanBoth(t, h, store.MetricsScanParams{TenantID: tenant1, From: at(time.Hour), To: at(2 * time.Hour),
		Origins: []store.Origin{store.OriginLead, store.OriginRep}, With: store.OriginRep})
	// c1 and c3 have a rep message in the window; c2's is before it.
	var convs []string
	byConv := map[string][]string{}
	for _, m := range ms {
		if len(convs) == 0 || convs[len(convs)-1] != m.ConversationID {
			if slices.Contains(convs, m.ConversationID) {
				t.Errorf("conversation %s streamed in two parts: %q", m.ConversationID, ids(ms))
			}
			convs = append(convs, m.ConversationID)
		}
		byConv[m.ConversationID] = append(byConv[m.ConversationID], m.ID)
		if m.TenantID != tenant1 || m.Body == "" || m.CreatedAt.IsZero() {
			t.Errorf("message %s streamed without its record: %+v", m.ID, m)
		}
	}
	want := map[string][]string{"c1": {"c1-lead-early", "c1-lead", "c1-rep"}, "c3": {"c3-lead", "c3-rep"}}
	if !reflect.DeepEqual(byConv, want) {
		t.Errorf("whole conversations with a rep message in the window: %v, want %v (oldest first)", byConv, want)
	}
}

func testMetricsScanError(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	scanFixture(h)
	stop := errors.New("enough")
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		for _, x := range []store.Tx{tx, baseTx{tx}} {
			n := 0
			err := store.ScanMetrics(ctx, x, store.MetricsScanParams{TenantID: tenant1, From: at(0), To: at(3 * time.Hour)},
				func(store.Message) error { n++; return stop })
			if !errors.Is(err, stop) || n != 1 {
				t.Errorf("through %T: err %v after %d calls; want the callback's error after 1", x, err, n)
			}
		}
		return nil
	})
}

func testMetricsParams(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		for _, x := range []store.Tx{tx, baseTx{tx}} {
			if _, err := store.CountMetrics(ctx, x, store.MetricsParams{TenantID: tenant1, From: t0}); err == nil || !strings.Contains(err.Error(), "To") {
				t.Errorf("CountMetrics without To through %T: %v", x, err)
			}
			err := store.ScanMetrics(ctx, x, store.MetricsScanParams{TenantID: tenant1}, func(store.Message) error { return nil })
			if err == nil {
				t.Errorf("ScanMetrics without To through %T succeeded", x)
			}
		}
		return nil
	})
	if !hasMetrics(t, st) {
		t.Log("the store has no store.MetricsTx: the Metrics cases checked the fallback")
	}
}
