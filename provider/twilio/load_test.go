package twilio_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite" // the SQLite driver; sqlstore imports none

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// newSQLiteEngine is an engine on a fresh, migrated SQLite file with one
// writer connection and a reader pool, as sqlstore recommends.
func newSQLiteEngine(tb testing.TB) (*handoff.Engine, store.Store) {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "handoff.db")
	open := func() *sql.DB {
		db, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
		require.NoError(tb, err)
		tb.Cleanup(func() { db.Close() })
		return db
	}
	writer, reader := open(), open()
	st, err := sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: reader})
	require.NoError(tb, err)
	require.NoError(tb, st.Migrate(context.Background()))
	tb.Cleanup(func() { st.Close() })
	engine, err := handoff.NewEngine(st, nil)
	require.NoError(tb, err)
	return engine, st
}

// loadPost is one webhook post of the load test.
type loadPost struct {
	lead, seq int
	retry     bool
}

func (p loadPost) sid() string { return fmt.Sprintf("SM%08d%08d", p.lead, p.seq) }

func leadNumber(i int) string { return fmt.Sprintf("+1555020%04d", i) }

var loadBodies = []string{
	"hi, got your text about the house",
	"we might sell later this year",
	"the roof needs some work honestly",
	"what kind of offer are we talking",
	"my husband and I are still deciding",
	"it's a 3 bed 2 bath on a big lot",
	"we moved out last spring",
	"thanks, talk soon",
}

// TestLoadInboundSQLite posts 1,000 signed webhooks from 50 concurrent
// clients through a real HTTP server to the engine on embedded SQLite:
// 100 leads × 8 messages, plus 200 provider retries of MessageSids already
// posted (some while the original is still in flight). Every message must
// be recorded exactly once: 8 inbound messages per lead's conversation,
// each MessageSid mapped to one message. Like Twilio with connection
// overrides (#rp=5xx), a client re-sends a post answered 5xx (503 when the
// engine ran out of time or of compare-and-swap retries, as the handler
// documents): how many 5xx a loaded machine gives is timing, so the test
// re-sends until the post is answered and asserts only what a 5xx must
// leave, nothing written, so that each message ends recorded once. The log
// reports the 5xx and re-sends, the throughput and latencies. Timings are
// reported, not asserted: BenchmarkInboundHandler measures.
func TestLoadInboundSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	t.Parallel()
	const (
		leads   = 100
		perLead = 8
		retries = 200
		clients = 50
		// hung bounds the re-sends of the whole run: a deadline for a
		// hung test, not a speed target. Twilio's own retries are fewer, but
		// what they rely on is the same: a 5xx wrote nothing, and the
		// same MessageSid again is recorded once.
		hung = 5 * time.Minute
	)
	engine, st := newSQLiteEngine(t)
	h := newInbound(t, engine, &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens,
		Tenant: func(context.Context, twilio.TenantParams) (string, error) { return "acme", nil }})
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 30 * time.Second}

	// Rounds of one message per lead keep a lead's texts roughly in order;
	// each retry is slotted somewhere after its original.
	rng := rand.New(rand.NewPCG(14, 6))
	var posts []loadPost
	for seq := range perLead {
		for lead := range leads {
			posts = append(posts, loadPost{lead: lead, seq: seq})
		}
	}
	for range retries {
		orig := rng.IntN(len(posts))
		for posts[orig].retry {
			orig = rng.IntN(len(posts))
		}
		at := orig + 1 + rng.IntN(len(posts)-orig)
		p := posts[orig]
		p.retry = true
		posts = slices.Insert(posts, at, p)
	}
	require.Len(t, posts, leads*perLead+retries)

	var (
		mu        sync.Mutex
		latencies []time.Duration
		resent    atomic.Int64
		fivexx    atomic.Int64
		failures  []string
	)
	jobs := make(chan loadPost)
	var wg sync.WaitGroup
	start := time.Now()
	giveUp := start.Add(hung)
	for range clients {
		wg.Go(func() {
			for p := range jobs {
				form := inboundForm(p.sid(), fmt.Sprintf("%s (%d)", loadBodies[p.seq], p.lead))
				form.Set("From", leadNumber(p.lead))
				status := 0
				for try := 0; ; try++ {
					if try > 0 {
						if time.Now().After(giveUp) {
							break
						}
						resent.Add(1)
						time.Sleep(time.Duration(min(try, 10)*20) * time.Millisecond)
					}
					req, err := http.NewRequest(http.MethodPost, srv.URL+"/twilio/sms", strings.NewReader(form.Encode()))
					if err != nil {
						panic(err)
					}
					req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
					req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: publicURL + "/twilio/sms", Form: form}.Sign(acctToken))
					t0 := time.Now()
					resp, err := client.Do(req)
					d := time.Since(t0)
					if err == nil {
						status = resp.StatusCode
						resp.Body.Close()
					}
					mu.Lock()
					latencies = append(latencies, d)
					mu.Unlock()
					if err == nil && status < 500 {
						break
					}
					if err == nil {
						fivexx.Add(1)
					}
				}
				if status != http.StatusOK {
					mu.Lock()
					failures = append(failures, fmt.Sprintf("%s: %d", p.sid(), status))
					mu.Unlock()
				}
			}
		})
	}
	for _, p := range posts {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	require.Empty(t, failures)

	// Every message recorded exactly once, none lost.
	ctx := context.Background()
	total := 0
	for lead := range leads {
		var conv store.Conversation
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			conv, err = store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: "acme", Line: ourLine, Phone: leadNumber(lead)})
			return err
		}))
		msgs, err := engine.Transcript(ctx, "acme", conv.ID)
		require.NoError(t, err)
		var sids []string
		for _, m := range msgs {
			if m.Direction == store.Inbound {
				sids = append(sids, m.ProviderID)
			}
		}
		slices.Sort(sids)
		want := make([]string, perLead)
		for seq := range perLead {
			want[seq] = loadPost{lead: lead, seq: seq}.sid()
		}
		require.Equal(t, want, sids, "lead %d", lead)
		total += len(sids)
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, sid := range want {
				m, err := tx.MessageGetByProviderID(ctx, "acme", sid)
				if err != nil {
					return fmt.Errorf("%s: %w", sid, err)
				}
				if m.ConversationID != conv.ID {
					return fmt.Errorf("%s is on conversation %s, not %s", sid, m.ConversationID, conv.ID)
				}
			}
			return nil
		}))
	}
	require.Equal(t, leads*perLead, total)

	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d posts (%d unique messages, %d provider retries) from %d clients in %v: %.0f posts/s; latency p50 %v, p99 %v, max %v; %d answered 5xx, %d re-sent",
		len(posts), leads*perLead, retries, clients, elapsed.Round(time.Millisecond), float64(len(posts))/elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond), fivexx.Load(), resent.Load())
}
