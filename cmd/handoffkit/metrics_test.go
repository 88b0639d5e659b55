package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// The generated database: conversations of tenant "acme" (and noise in
// tenant "other") with messages and audit events whose figures are known
// by construction. The generator writes records through the store, in a
// few large transactions, and keeps the truth of every figure of the
// report as it goes.

// leadLine is a lead message of the generator and the field it states.
type leadLine struct {
	text        string
	field       qualify.Field // "" for none
	contextLoss bool
	complaint   bool // the frustration cues read it as one
}

var leadPool = []leadLine{
	{text: "I inherited the house from my dad", field: qualify.Motivation},
	{text: "we're going through a divorce", field: qualify.Motivation},
	{text: "the roof leaks and the kitchen is dated", field: qualify.Condition},
	{text: "I need to sell within 30 days", field: qualify.Timeline},
	{text: "I'd want at least $250,000", field: qualify.Price},
	{text: "ok sounds good"},
	{text: "what's the next step?"},
	{text: "like I already told you, it's the house on Elm", contextLoss: true, complaint: true},
	{text: "I already said that to the bot", contextLoss: true},
	{text: "this is ridiculous, nobody has called me back", complaint: true},
	{text: "honestly this is terrible service", complaint: true},
}

// repLine is a rep message of the generator and the field it asks for.
type repLine struct {
	text  string
	asked qualify.Field // "" for a statement
}

var repPool = []repLine{
	{text: "Hi, this is Sarah. Why are you looking to sell?", asked: qualify.Motivation},
	{text: "What shape is the house in?", asked: qualify.Condition},
	{text: "When do you need to be out?", asked: qualify.Timeline},
	{text: "How much are you hoping to get for it?", asked: qualify.Price},
	{text: "Thanks, I'll call you this afternoon."},
	{text: "Great, sending the paperwork now."},
}

var handoffReasons = []string{"explicit_ask", "fields", "score", "frustration"}

// truth is the report the generated records must produce.
type truth struct {
	r                        metrics.Report
	delays, handles, booking []time.Duration
}

// genWindow is the report window of a generated database of n
// conversations: they start a minute apart from genFrom.
func genWindow(n int) (from, to time.Time) {
	from = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return from, from.Add(time.Duration(n) * time.Minute)
}

// generate writes n conversations of tenant acme (and n/50 of tenant
// other) to st and returns the truth of acme's report over genWindow(n).
func generate(t testing.TB, st store.Store, n int) truth {
	t.Helper()
	ctx := context.Background()
	from, to := genWindow(n)
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	tr := truth{r: metrics.Report{TenantID: "acme", From: from, To: to, HandoffsByReason: map[string]int64{},
		ReQuestionsByField: map[string]int64{}, Events: map[store.EventKind]int64{}}}
	in := func(x time.Time) bool { return !x.Before(from) && x.Before(to) }
	const batch = 2000
	var convs []*store.Conversation
	var msgs []*store.Message
	var evs []*store.Event
	flush := func() {
		err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, c := range convs {
				if err := tx.ConversationInsert(ctx, c); err != nil {
					return err
				}
			}
			for _, m := range msgs {
				if err := tx.MessageAppend(ctx, m); err != nil {
					return err
				}
			}
			for _, e := range evs {
				if err := tx.EventAppend(ctx, e); err != nil {
					return err
				}
			}
			return nil
		})
		require.NoError(t, err)
		convs, msgs, evs = convs[:0], msgs[:0], evs[:0]
	}
	total := n + n/50
	for i := range total {
		tenant, id := "acme", fmt.Sprintf("c%06d", i)
		if i >= n {
			tenant = "other"
		}
		// A conversation a minute; the first 5% start before the window.
		created := from.Add(time.Duration(i) * time.Minute)
		if i < n/20 {
			created = from.Add(-time.Duration(i+1) * time.Minute)
		}
		if i >= n {
			created = from.Add(time.Duration(i-n) * time.Minute)
		}
		acme := tenant == "acme"
		cohort := acme && in(created)
		if cohort {
			tr.r.Conversations++
		}
		convs = append(convs, &store.Conversation{ID: id, TenantID: tenant, Lead: store.Lead{Name: "Lead " + id}, Channel: store.ChannelSMS,
			State: store.StateAIActive, Status: store.StatusNew, CreatedAt: created, UpdatedAt: created})
		var seq int
		ev := func(kind store.EventKind, reason, detail string, at time.Time) {
			seq++
			evs = append(evs, &store.Event{ID: fmt.Sprintf("%s-e%d", id, seq), TenantID: tenant, ConversationID: id, Kind: kind,
				Reason: reason, Detail: detail, Actor: store.ActorSystem, CreatedAt: at})
			if acme && in(at) {
				tr.r.Events[kind]++
			}
		}
		msg := func(o store.Origin, body string, at time.Time) {
			seq++
			msgs = append(msgs, &store.Message{ID: fmt.Sprintf("%s-m%d", id, seq), TenantID: tenant, ConversationID: id,
				Origin: o, Direction: store.Inbound, Body: body, CreatedAt: at})
		}
		ev(store.EventCreated, "", "", created)
		known := map[qualify.Field]bool{}
		for k := range 3 {
			l := leadPool[rng.IntN(len(leadPool))]
			at := created.Add(time.Duration(k+1) * time.Minute)
			msg(store.OriginLead, l.text, at)
			if l.field != "" {
				known[l.field] = true
			}
			if acme && in(at) {
				tr.r.LeadMessages++
				if l.contextLoss {
					tr.r.ContextLoss++
				}
			}
		}
		flag := func(kind store.EventKind, at time.Time, count *int64) {
			ev(kind, "", "", at)
			if cohort && at.Before(to) {
				*count++
			}
		}
		if rng.IntN(100) < 35 {
			hAt := created.Add(4 * time.Minute)
			reason := handoffReasons[rng.IntN(len(handoffReasons))]
			ev(store.EventHandoff, reason, "", hAt)
			if cohort && hAt.Before(to) {
				tr.r.HandedOff++
			}
			if acme && in(hAt) {
				tr.r.Handoffs++
				tr.r.HandoffsByReason[reason]++
			}
			responded := rng.IntN(100) < 80
			delay := time.Duration(10+rng.IntN(1200)) * time.Second
			if !responded || delay > 5*time.Minute {
				ev(store.EventRerouted, "sla", "", hAt.Add(5*time.Minute))
				if acme && in(hAt) && hAt.Add(5*time.Minute).Before(to) {
					tr.r.SLABreaches++ // a breached handoff, however often re-routed or escalated
				}
			}
			if !responded || delay > 10*time.Minute {
				ev(store.EventSLAEscalated, "sla", "", hAt.Add(10*time.Minute))
			}
			acted := false // a rep acted on the handoff before To
			if responded {
				aAt := hAt.Add(delay)
				// accept, rep_message, takeover or complete (a rep who
				// phoned the lead and closed it: closed, no handle time)
				kind := store.RepActionKinds()[rng.IntN(4)]
				ev(kind, "", "", aAt)
				if acme && in(hAt) && aAt.Before(to) {
					acted = true
					tr.r.Responded++
					tr.delays = append(tr.delays, delay)
					if kind == store.EventComplete {
						tr.r.Closed++
					}
				}
				if k := rng.IntN(3); k > 0 && (kind == store.EventRepMessage || kind == store.EventTakeover) {
					reason := map[store.EventKind]string{store.EventRepMessage: "rep_message", store.EventTakeover: "take_over"}[kind]
					ev(store.EventOutboxCancelled, reason, fmt.Sprintf("%d queued automated text(s) cancelled", k), aAt)
					if acme && in(aAt) {
						tr.r.CollisionsPrevented += int64(k)
					}
				}
				if kind == store.EventRepMessage {
					rl := repPool[rng.IntN(len(repPool))]
					msg(store.OriginRep, rl.text, aAt)
					if acme && in(aAt) {
						tr.r.RepMessages++
						if rl.asked != "" {
							tr.r.RepQuestions++
							if known[rl.asked] {
								tr.r.ReQuestions++
								tr.r.ReQuestionsByField[string(rl.asked)]++
							}
						}
					}
				}
				if kind != store.EventComplete && rng.IntN(100) < 40 {
					// the rep completes it later: closed, handled
					cAt := aAt.Add(time.Duration(1+rng.IntN(90)) * time.Minute)
					ev(store.EventComplete, "", "", cAt)
					if acme && in(hAt) && cAt.Before(to) {
						tr.r.Closed++
						tr.r.Handled++
						tr.handles = append(tr.handles, cAt.Sub(aAt))
					}
				}
				if rng.IntN(100) < 20 {
					ev(store.EventResume, "rep done", "", hAt.Add(40*time.Minute))
				}
			}
			if rng.IntN(100) < 20 {
				// the lead writes after the handoff (before any resume):
				// a complaint counts the handoff once
				l := afterPool[rng.IntN(len(afterPool))]
				at := hAt.Add(time.Duration(1+rng.IntN(30)) * time.Minute)
				msg(store.OriginLead, l.text, at)
				if acme && in(at) {
					tr.r.LeadMessages++
					if l.contextLoss {
						tr.r.ContextLoss++
					}
				}
				if acme && in(hAt) && at.Before(to) && l.complaint {
					tr.r.Complained++
				}
			}
			if rng.IntN(100) < 25 {
				bAt := hAt.Add(time.Duration(5+rng.IntN(120)) * time.Minute)
				ev(store.EventBooked, "", "", bAt)
				if acme && in(bAt) {
					tr.r.Booked++ // a meeting booked in the window
				}
				if acme && in(hAt) && bAt.Before(to) {
					tr.r.BookedHandoffs++
					tr.booking = append(tr.booking, bAt.Sub(hAt))
					if !acted {
						tr.r.BookedOnly++ // settled by the booking, no rep yet
					}
				}
				if rng.IntN(100) < 30 {
					// The lead moves it: the new time booked and the old
					// one cancelled in one commit, the same meeting, no
					// second one.
					mAt := bAt.Add(20 * time.Minute)
					ev(store.EventBooked, "lead", "", mAt)
					ev(store.EventRescheduled, "lead", "", mAt)
				}
				if rng.IntN(100) < 70 {
					ev(store.EventMeetingDone, "", "", bAt.Add(2*time.Hour))
				} else {
					ev(store.EventNoShow, "", "", bAt.Add(2*time.Hour))
				}
			}
		}
		if rng.IntN(100) < 5 {
			flag(store.EventOptOut, created.Add(50*time.Minute), &tr.r.OptedOut)
		}
		if rng.IntN(100) < 3 {
			flag(store.EventReview, created.Add(45*time.Minute), &tr.r.Reviewed)
		}
		if len(convs) == batch {
			flush()
		}
	}
	flush()
	r := &tr.r
	rate := func(a, b int64) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	r.HandoffRate, r.OptOutRate, r.ReviewRate = rate(r.HandedOff, r.Conversations), rate(r.OptedOut, r.Conversations), rate(r.Reviewed, r.Conversations)
	r.Unanswered = r.Handoffs - r.Responded - r.BookedOnly
	r.SLARerouted, r.SLAEscalated = r.Events[store.EventRerouted], r.Events[store.EventSLAEscalated]
	r.MeetingsCompleted, r.NoShows = r.Events[store.EventMeetingDone], r.Events[store.EventNoShow]
	r.ShowRate = rate(r.MeetingsCompleted, r.MeetingsCompleted+r.NoShows)
	r.Resumes = r.Events[store.EventResume]
	r.OptOuts, r.OptIns = r.Events[store.EventOptOut], r.Events[store.EventOptIn]
	r.ReQuestionRate, r.ContextLossRate = rate(r.ReQuestions, r.RepMessages), rate(r.ContextLoss, r.LeadMessages)
	r.CloseRate, r.ComplaintRate = rate(r.Closed, r.Handoffs), rate(r.Complained, r.Handoffs)
	pcts := func(ds []time.Duration) (p50, p90 time.Duration) {
		d := slices.Clone(ds)
		slices.Sort(d)
		if len(d) == 0 {
			return 0, 0
		}
		return d[(len(d)+1)/2-1], d[(9*len(d)+9)/10-1]
	}
	r.TimeToRepP50, r.TimeToRepP90 = pcts(tr.delays)
	r.HandleTimeP50, r.HandleTimeP90 = pcts(tr.handles)
	r.TimeToBookingP50, r.TimeToBookingP90 = pcts(tr.booking)
	return tr
}

// afterPool are the lead lines the generator writes after a handoff:
// those that state no field, so that the fields a rep could re-ask stay
// those of the messages before the handoff.
var afterPool = func() []leadLine {
	var out []leadLine
	for _, l := range leadPool {
		if l.field == "" {
			out = append(out, l)
		}
	}
	return out
}()

// openSQLite opens (and migrates) a handoffkit SQLite database at path.
func openSQLite(t testing.TB, path string) *sqlstore.Store {
	t.Helper()
	db, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := sqlstore.New(sqlstore.SQLite, db, nil)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	return st
}

// The generator's texts mean what the truth says they mean to the
// detectors: each lead line states its field (and no other), each rep line
// asks its field, each context-loss line is one.
func TestGeneratorPoolsMatchTheDetectors(t *testing.T) {
	t.Parallel()
	x := qualify.NewRuleExtractor(nil)
	for _, l := range leadPool {
		vals, err := x.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: l.text})
		require.NoError(t, err)
		var got []qualify.Field
		for _, v := range vals {
			if v.Confidence >= qualify.RealEstate.MinConfidence {
				got = append(got, v.Field)
			}
		}
		if l.field == "" {
			require.Empty(t, got, l.text)
		} else {
			require.Equal(t, []qualify.Field{l.field}, got, l.text)
		}
		_, loss := metrics.ContextLoss(l.text)
		require.Equal(t, l.contextLoss, loss, l.text)
		require.Equal(t, l.complaint, trigger.Analyze(l.text).Frustrated, l.text)
	}
	for _, r := range repPool {
		got := metrics.AskedFields(r.text, qualify.RealEstate)
		if r.asked == "" {
			require.Empty(t, got, r.text)
		} else {
			require.Equal(t, []qualify.Field{r.asked}, got, r.text)
		}
	}
}

// TestMetricsCommand_10k generates a SQLite database of 10,000
// conversations and checks that every figure `handoffkit metrics` prints
// equals the generated truth, in JSON and in the table.
func TestMetricsCommand_10k(t *testing.T) {
	t.Parallel()
	checkGenerated(t, 10_000)
}

// TestMetricsCommand_100k is the same at 100,000 conversations; it takes
// a minute, so it runs when HANDOFF_METRICS_100K=1.
func TestMetricsCommand_100k(t *testing.T) {
	if os.Getenv("HANDOFF_METRICS_100K") != "1" {
		t.Skip("set HANDOFF_METRICS_100K=1 to run the 100,000-conversation report")
	}
	checkGenerated(t, 100_000)
}

func checkGenerated(t *testing.T, n int) {
	path := filepath.Join(t.TempDir(), "handoff.db")
	st := openSQLite(t, path)
	began := time.Now()
	tr := generate(t, st, n)
	t.Logf("generated %d conversations in %s", n, time.Since(began).Round(time.Millisecond))
	from, to := genWindow(n)

	var out, errw bytes.Buffer
	args := []string{"metrics", "--db", path, "--tenant", "acme", "--from", from.Format(time.RFC3339), "--to", to.Format(time.RFC3339), "--json"}
	began = time.Now()
	require.Equal(t, 0, run(args, &out, &errw), errw.String())
	t.Logf("handoffkit metrics --json took %s", time.Since(began).Round(time.Millisecond))
	var got metrics.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Equal(t, tr.r, got, "every figure equals the generated truth")
	require.Greater(t, got.ReQuestions, int64(0))
	require.Greater(t, got.Handoffs, got.Responded)
	require.Greater(t, got.Closed, got.Handled, "some handoffs were completed as the rep's first action")
	require.Greater(t, got.Handled, int64(0))
	require.Greater(t, got.BookedHandoffs, int64(0))
	require.Greater(t, got.Complained, int64(0))

	out.Reset()
	require.Equal(t, 0, run(args[:len(args)-1], &out, &errw), errw.String())
	table := out.String()
	for _, line := range []string{
		fmt.Sprintf("conversations             %d", tr.r.Conversations),
		fmt.Sprintf("handed off                %d (%.1f%%)", tr.r.HandedOff, 100*tr.r.HandoffRate),
		fmt.Sprintf("time to first rep action  p50 %s  p90 %s", tr.r.TimeToRepP50, tr.r.TimeToRepP90),
		fmt.Sprintf("collisions prevented      %d", tr.r.CollisionsPrevented),
		fmt.Sprintf("re-questions              %d (%.1f%%)", tr.r.ReQuestions, 100*tr.r.ReQuestionRate),
		fmt.Sprintf("meetings booked           %d", tr.r.Booked),
		fmt.Sprintf("closed by the rep         %d (%.1f%%)", tr.r.Closed, 100*tr.r.CloseRate),
		fmt.Sprintf("handle time               p50 %s  p90 %s (%d of %d closed timed)", tr.r.HandleTimeP50, tr.r.HandleTimeP90, tr.r.Handled, tr.r.Closed),
		fmt.Sprintf("booked after handoff      %d", tr.r.BookedHandoffs),
		fmt.Sprintf("time to booking           p50 %s  p90 %s", tr.r.TimeToBookingP50, tr.r.TimeToBookingP90),
		fmt.Sprintf("complained after handoff  %d (%.1f%%)", tr.r.Complained, 100*tr.r.ComplaintRate),
	} {
		require.Contains(t, table, line)
	}

	// Every tenant without --tenant: acme and the noise tenant.
	out.Reset()
	require.Equal(t, 0, run([]string{"metrics", "--db", path, "--from", from.Format(time.RFC3339), "--to", to.Format(time.RFC3339), "--json"}, &out, &errw))
	var tenants []string
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r metrics.Report
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		tenants = append(tenants, r.TenantID)
	}
	require.Equal(t, []string{"acme", "other"}, tenants)

	cost := measure(t, st, metrics.Params{TenantID: "acme", From: from, To: to})
	fb := measure(t, abilityless{st}, metrics.Params{TenantID: "acme", From: from, To: to})
	t.Logf("n=%d report: %s, %.1f MB allocated in all, peak live heap +%.2f MB (fallback without the ability: %s, %.1f MB, peak +%.2f MB)",
		n, cost.took, cost.allocMB, cost.peakMB, fb.took, fb.allocMB, fb.peakMB)
}

// cost is what one report cost.
type cost struct {
	took            time.Duration
	allocMB, peakMB float64
}

// measure computes the report once to warm up, then again while sampling
// the live heap every millisecond.
func measure(t *testing.T, st store.Store, p metrics.Params) cost {
	t.Helper()
	ctx := context.Background()
	_, err := metrics.Compute(ctx, st, p)
	require.NoError(t, err)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	})
	began := time.Now()
	_, err = metrics.Compute(ctx, st, p)
	took := time.Since(began)
	close(stop)
	wg.Wait()
	require.NoError(t, err)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	mb := func(b uint64) float64 { return float64(b) / (1 << 20) }
	return cost{took: took.Round(time.Millisecond), allocMB: mb(after.TotalAlloc - base.TotalAlloc), peakMB: mb(peak.Load() - min(peak.Load(), base.HeapAlloc))}
}

// abilityless hides the store's optional abilities, so that the report
// runs on the fallback of store.CountMetrics and store.ScanMetrics.
type abilityless struct{ store.Store }

func (a abilityless) View(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return a.Store.View(ctx, func(ctx context.Context, tx store.Tx) error { return fn(ctx, struct{ store.Tx }{tx}) })
}

func TestMetricsCommand_Errors(t *testing.T) {
	t.Parallel()
	var out, errw bytes.Buffer
	require.Equal(t, 2, run([]string{"metrics"}, &out, &errw))
	require.Contains(t, errw.String(), "--db FILE is required")
	errw.Reset()
	missing := filepath.Join(t.TempDir(), "nope.db")
	require.Equal(t, 1, run([]string{"metrics", "--db", missing}, &out, &errw))
	_, err := os.Stat(missing)
	require.True(t, os.IsNotExist(err), "the command never creates a database")
	errw.Reset()
	require.Equal(t, 2, run([]string{"metrics", "--db", missing, "--from", "yesterday"}, &out, &errw))
	require.Equal(t, 2, run([]string{"metrics", "--db", missing, "--schema", "nope"}, &out, &errw))
	empty := filepath.Join(t.TempDir(), "empty.db")
	openSQLite(t, empty)
	errw.Reset()
	require.Equal(t, 1, run([]string{"metrics", "--db", empty}, &out, &errw))
	require.Contains(t, errw.String(), "no conversations")
}

// handoffkit metrics only reads. Given a SQLite file that is not a
// handoffkit database (a CRM's), it fails and leaves the file byte for
// byte as it was, in its rollback-journal mode, with nothing written
// beside it; on a handoffkit database that was closed cleanly it reports
// and changes no byte either.
func TestMetricsCommand_ReadsOnly(t *testing.T) {
	t.Parallel()
	files := func(dir string) []string {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	crmDir := t.TempDir()
	crm := filepath.Join(crmDir, "crm.db")
	db, err := sql.Open("sqlite", crm)
	require.NoError(t, err)
	_, err = db.Exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('a')")
	require.NoError(t, err)
	require.NoError(t, db.Close())
	before, err := os.ReadFile(crm)
	require.NoError(t, err)
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"metrics", "--db", crm}, &out, &errw))
	require.Contains(t, errw.String(), "is this a handoffkit database?")
	after, err := os.ReadFile(crm)
	require.NoError(t, err)
	require.Equal(t, before, after, "the foreign database is unchanged (header bytes 18-19: %v -> %v)", before[18:20], after[18:20])
	require.Equal(t, []string{"crm.db"}, files(crmDir))

	hkDir := t.TempDir()
	hk := filepath.Join(hkDir, "handoff.db")
	db, err = sql.Open("sqlite", sqlstore.SQLiteDSN(hk))
	require.NoError(t, err)
	st, err := sqlstore.New(sqlstore.SQLite, db, nil)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	tr := generate(t, st, 200)
	require.NoError(t, st.Close())
	require.NoError(t, db.Close())
	before, err = os.ReadFile(hk)
	require.NoError(t, err)
	from, to := genWindow(200)
	out.Reset()
	errw.Reset()
	require.Equal(t, 0, run([]string{"metrics", "--db", hk, "--tenant", "acme", "--from", from.Format(time.RFC3339),
		"--to", to.Format(time.RFC3339), "--json"}, &out, &errw), errw.String())
	var got metrics.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &got))
	require.Equal(t, tr.r, got)
	after, err = os.ReadFile(hk)
	require.NoError(t, err)
	require.True(t, bytes.Equal(before, after), "the handoffkit database is unchanged")
}

// A --tenant the database holds no conversation of is an error that names
// the tenants it holds, so that a mistyped tenant is never read as a
// tenant without activity; a tenant the database holds that did nothing
// in the window gets its report, all zeros (reviewer X, D6).
func TestMetricsCommand_UnknownTenant(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "handoff.db")
	st := openSQLite(t, path)
	generate(t, st, 100) // tenants acme and other
	require.NoError(t, st.Close())

	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"metrics", "--db", path, "--tenant", "acmee"}, &out, &errw))
	require.Empty(t, out.String(), "no report for a tenant the database does not hold")
	require.Contains(t, errw.String(), `no tenant "acmee" in the database`)
	require.Contains(t, errw.String(), "acme, other", "the tenants it holds are named")

	out.Reset()
	errw.Reset()
	require.Equal(t, 0, run([]string{"metrics", "--db", path, "--tenant", "acme", "--from", "2001-01-01", "--to", "2001-01-02", "--json"}, &out, &errw), errw.String())
	var r metrics.Report
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	require.Equal(t, "acme", r.TenantID)
	require.Zero(t, r.Conversations, "no activity in the window: a report of zeros")
}
