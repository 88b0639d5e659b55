package handoff_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestFrustratedLeadNoticeIsNoThanks: with Config.Notices on, a lead who
// wrote "this is terrible service!!!" gets a notice that acknowledges it,
// never "Thanks! I'm passing you to Carl now...".
func TestFrustratedLeadNoticeIsNoThanks(t *testing.T) {
	t.Parallel()
	pool := route.NewPool(route.Rep{ID: "carl", Name: "Carl", ResponseTime: time.Minute})
	b := setupStore(t, memstore.New(), &handoff.Config{Router: pool, Notices: []handoff.NoticeRule{{Reason: trigger.ReasonFrustration}}})
	for i := range 12 {
		id := fmt.Sprintf("c%d", i)
		b.start(t, id)
		out := b.receive(t, id, "this is terrible service!!!")
		require.Equal(t, trigger.ReasonFrustration, out.Reason)
		require.Contains(t, out.Reply, "Carl")
		require.NotContains(t, strings.ToLower(out.Reply), "thank", "%s: a frustrated lead is thanked: %q", id, out.Reply)
	}
}
