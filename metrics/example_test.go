package metrics_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// AskedFields reads the questions of a rep message; the report counts a
// re-question when one of them asks for a field the lead already gave.
func ExampleAskedFields() {
	fmt.Println(metrics.AskedFields("Hi Dana, Sarah here. Why are you selling, and is the roof in good shape?", qualify.RealEstate))
	fmt.Println(metrics.AskedFields("Does 3pm work for a quick call?", qualify.RealEstate))
	fmt.Println(metrics.AskedFields("Who else is involved in the decision?", qualify.BANT))
	// Output:
	// [motivation condition]
	// []
	// [authority]
}

// Compute reads a tenant's audit trail and transcript for a window: here
// a handoff the rep accepted after 3 minutes and completed 6 minutes
// later (closed, with a handle time of 6 minutes).
func ExampleCompute() {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	st := memstore.New()
	_ = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, id := range []string{"c1", "c2"} {
			if err := tx.ConversationInsert(ctx, &store.Conversation{ID: id, TenantID: "acme", CreatedAt: t0}); err != nil {
				return err
			}
		}
		for _, e := range []store.Event{
			{ID: "e1", ConversationID: "c1", Kind: store.EventHandoff, Reason: "explicit_ask", CreatedAt: t0.Add(time.Minute)},
			{ID: "e2", ConversationID: "c1", Kind: store.EventAccept, CreatedAt: t0.Add(4 * time.Minute)},
			{ID: "e3", ConversationID: "c1", Kind: store.EventComplete, CreatedAt: t0.Add(10 * time.Minute)},
		} {
			e.TenantID = "acme"
			if err := tx.EventAppend(ctx, &e); err != nil {
				return err
			}
		}
		return tx.MessageAppend(ctx, &store.Message{ID: "m1", TenantID: "acme", ConversationID: "c1", Origin: store.OriginLead,
			Body: "I inherited my dad's house", CreatedAt: t0})
	})
	r, err := metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: t0, To: t0.Add(time.Hour)})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = r.WriteTable(os.Stdout)
	// Output:
	// tenant                    acme
	// window                    2026-03-02T15:00:00Z .. 2026-03-02T16:00:00Z
	// conversations             2
	// handed off                1 (50.0%)
	// handoffs                  1
	//   reason explicit_ask     1
	// rep responded             1 (booked, no rep yet 0; unanswered 0)
	// time to first rep action  p50 3m0s  p90 3m0s
	// closed by the rep         1 (100.0%)
	// handle time               p50 6m0s  p90 6m0s (1 of 1 closed timed)
	// reopened after done       0
	// booked after handoff      0
	// time to booking           p50 0s  p90 0s
	// complained after handoff  0 (0.0%)
	// SLA breaches              0 of 1 handoffs (re-routes 0, escalations 0)
	// collisions prevented      0
	// opted out                 0 (0.0%)
	// opt-out events            0 (opt-ins 0)
	// review band               0 (0.0%)
	// rep messages              0 (asking for a field 0)
	// re-questions              0
	// meetings booked           0
	// show rate                 0 of 0 outcomes (no-shows 0)
	// lead messages             1
	// context loss              0 (0.0%)
	// resumes                   0
}
