package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestReceiveRaceTwoInstances delivers the same handoff-firing message (one
// provider ID, as a provider's webhook retries do) to one conversation
// from 20 goroutines split across two "app instances": two Engines on two
// *sql.DB handles on one database. Exactly one Receive fires the handoff;
// the database holds one inbound message, one bridge message, one bridge
// SMS, one rep notification and one handoff event. A variant sends 20
// different messages (distinct provider IDs): still one handoff, and every
// accepted message recorded once.
func TestReceiveRaceTwoInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		for _, sameProviderID := range []bool{true, false} {
			name := "same provider ID"
			if !sameProviderID {
				name = "distinct provider IDs"
			}
			t.Run(name, func(t *testing.T) {
				testReceiveRace(t, d, sameProviderID)
			})
		}
	})
}

func testReceiveRace(t *testing.T, d database, sameProviderID bool) {
	ctx := context.Background()
	loc := d.location(t)
	var engines []*handoff.Engine
	for range 2 {
		e, err := handoff.NewEngine(d.newStore(t, loc), &handoff.Config{NoReplies: true})
		require.NoError(t, err)
		engines = append(engines, e)
	}
	_, err := engines[0].Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "c",
		Lead: store.Lead{Name: "Dana", Phone: "+15550101234"}})
	require.NoError(t, err)

	const n = 20
	outcomes := make([]handoff.Outcome, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			pid := "SM-1"
			if !sameProviderID {
				pid = fmt.Sprintf("SM-%d", i)
			}
			outcomes[i], errs[i] = engines[i%2].Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c",
				Body: "can you just call me", ProviderID: pid})
		}()
	}
	close(start)
	wg.Wait()

	kinds := map[handoff.OutcomeKind]int{}
	recorded := 0 // distinct messages Receive reports as written
	for i := range n {
		// Every message is accepted: once the handoff commits, the losers
		// are recorded for the rep by a plain append that does not compete
		// in the compare-and-swap, so no caller runs out of retries.
		require.NoError(t, errs[i], "Receive %d", i)
		kinds[outcomes[i].Kind]++
		recorded++
	}
	require.Equal(t, 1, kinds[handoff.OutcomeHandoff], "outcomes: %v", kinds)

	st := engines[1].Store()
	require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		c, err := tx.ConversationGet(ctx, "t", "c")
		require.NoError(t, err)
		require.Equal(t, store.StateHandoff, c.State)
		require.Equal(t, store.StatusHot, c.Status)

		msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: "t", ConversationID: "c"})
		require.NoError(t, err)
		var inbound, bridge int
		for _, m := range msgs {
			switch {
			case m.Direction == store.Inbound:
				inbound++
			case m.Origin == store.OriginAI:
				bridge++
			}
		}
		if sameProviderID {
			require.Equal(t, 1, inbound, "one inbound message for one provider ID")
		} else {
			require.Equal(t, recorded, inbound, "every message Receive accepted is recorded, once")
		}
		require.Equal(t, 1, bridge, "one bridge message")

		items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: "t", ConversationID: "c"})
		require.NoError(t, err)
		kinds := map[store.OutboxKind]int{}
		for _, it := range items {
			kinds[it.Kind]++
		}
		want := map[store.OutboxKind]int{store.OutboxBridgeSMS: 1, store.OutboxRepNotification: 1, store.OutboxSLACheck: 1}
		if recorded > 1 && !sameProviderID {
			want[store.OutboxRepUpdate] = 1 // the messages after the handoff, coalesced into one update
		}
		require.Equal(t, want, kinds)

		events, err := tx.EventList(ctx, "t", "c")
		require.NoError(t, err)
		handoffs := 0
		for _, e := range events {
			if e.Kind == store.EventHandoff {
				handoffs++
			}
		}
		require.Equal(t, 1, handoffs, "one handoff event")
		return nil
	}))
}

// TestCapacityAcrossInstances: 12 leads ask for a person at once through
// two Engines on one database; the only capped rep (MaxOpen 2) never holds
// more than two open handoffs, although each router counts the load
// outside any transaction; the rest go to the uncapped rep.
func TestCapacityAcrossInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) { testCapacity(t, d, d.location(t)) })
}

// TestCapacityUnderRepeatableReadDefault: the store says READ COMMITTED
// for its writes, so a database or role whose default is REPEATABLE READ
// does not let the capacity check count from a snapshot taken before its
// lock wait ended.
func TestCapacityUnderRepeatableReadDefault(t *testing.T) {
	d := databases[1]
	d.require(t)
	testCapacity(t, d, d.location(t)+"&default_transaction_isolation=repeatable%20read")
}

func testCapacity(t *testing.T, d database, loc string) {
	{
		ctx := context.Background()
		var engines []*handoff.Engine
		var st store.Store
		for range 2 {
			s := d.newStore(t, loc)
			st = s
			pool, err := route.New(&route.Config{
				Reps:         []route.Rep{{ID: "capped", Name: "Cap", MaxOpen: 2, Skills: []route.Skill{"spanish"}}, {ID: "spare", Name: "Spare"}},
				Order:        []route.Rule{route.RuleSkill, route.RuleRoundRobin},
				ReasonSkills: map[string]route.Skill{"explicit_ask": "spanish"},
				Sequencer:    handoff.StoreSequencer(s), Load: handoff.StoreLoad(s),
			})
			require.NoError(t, err)
			e, err := handoff.NewEngine(s, &handoff.Config{NoReplies: true, Router: pool})
			require.NoError(t, err)
			engines = append(engines, e)
		}
		const n = 12
		for i := range n {
			_, err := engines[0].Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: fmt.Sprintf("c%d", i),
				Lead: store.Lead{Phone: fmt.Sprintf("+1555010%04d", i)}})
			require.NoError(t, err)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		outs := make([]handoff.Outcome, n)
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				outs[i], errs[i] = engines[i%2].Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: fmt.Sprintf("c%d", i), Body: "can you just call me"})
			}()
		}
		close(start)
		wg.Wait()
		byRep := map[string]int{}
		for i := range n {
			require.NoError(t, errs[i])
			require.Equal(t, handoff.OutcomeHandoff, outs[i].Kind)
			byRep[outs[i].AssignedTo]++
		}
		require.Equal(t, 2, byRep["capped"], "the capped rep gets exactly its two places: %v", byRep)
		require.Equal(t, n-2, byRep["spare"], "%v", byRep)
		counts, err := handoff.StoreLoad(st).OpenHandoffs(ctx, "t", []string{"capped"})
		require.NoError(t, err)
		require.Equal(t, 2, counts["capped"])
	}
}

// TestFirstTextsOfANewLeadAcrossInstances: a new lead's first texts reach
// two instances at once (ten webhooks, distinct MessageSids); they start
// one conversation between them, and every text is recorded in it once.
// Ten texts on one conversation are ten compare-and-swap writers, so the
// engines get more attempts than the default.
func TestFirstTextsOfANewLeadAcrossInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		var engines []*handoff.Engine
		for range 2 {
			e, err := handoff.NewEngine(d.newStore(t, loc), &handoff.Config{NoReplies: true, MaxAttempts: 30})
			require.NoError(t, err)
			engines = append(engines, e)
		}
		const n = 10
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, errs[i] = engines[i%2].ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: "t", Line: "+15550100000",
					From: "+15550107777", Body: fmt.Sprintf("hi, text %d", i), ProviderID: fmt.Sprintf("SM%d", i)})
			}()
		}
		close(start)
		wg.Wait()
		for i := range n {
			require.NoError(t, errs[i], "webhook %d", i)
		}
		require.NoError(t, engines[1].Store().View(ctx, func(ctx context.Context, tx store.Tx) error {
			convs, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: "t", Phone: "+15550107777"})
			require.NoError(t, err)
			require.Len(t, convs, 1, "one conversation for one lead on one line")
			msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: "t", ConversationID: convs[0].ID})
			require.NoError(t, err)
			inbound := 0
			for _, m := range msgs {
				if m.Direction == store.Inbound {
					inbound++
				}
			}
			require.Equal(t, n, inbound, "every text recorded once")
			return nil
		}))
	})
}
