package handoff_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// maybeRevoked is a message the rules doubt: a possible opt-out, in review.
const maybeRevoked = "can you end the reminder calls on my calendar? I get two for the same visit"

// TestReview_ResumeAndTakeOverWaitForTheDecision: a possible opt-out waits
// for a person to confirm or release it (ReviewOptOut, audited as
// review_confirmed or review_released, which the metrics count). Resume
// and TakeOver, which would let the AI or a rep drive the thread, are
// refused while it waits, with an error that names ReviewOptOut, and write
// nothing; the decision still settles it.
func TestReview_ResumeAndTakeOverWaitForTheDecision(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeReview, b.receive(t, "c1", maybeRevoked).Kind)
	before := b.dump(t, "c1")

	_, err := b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	var re *handoff.ReviewPendingError
	require.ErrorAs(t, err, &re)
	require.ErrorIs(t, err, handoff.ErrInvalidTransition)
	require.Equal(t, handoff.ActionResume, re.Action)
	require.Contains(t, err.Error(), "ReviewOptOut")

	_, err = b.engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	require.ErrorAs(t, err, &re)
	require.Equal(t, handoff.ActionTakeOver, re.Action)
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")

	_, err = b.engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	require.NoError(t, err)
	d := b.dump(t, "c1")
	require.Equal(t, store.StateAIActive, d.Conv.State)
	require.Equal(t, store.EventReviewReleased, d.Events[len(d.Events)-1].Kind)
}

// TestReview_NoRepTextGoesOutUntilTheDecision: while a possible opt-out
// waits for a person's decision, nobody writes to the lead, a rep no more
// than the AI. A rep's message to send is refused with a
// *ReviewPendingError naming rep_message and writes nothing; one the
// rep's tool already sent is recorded, and the review still waits. A rep's
// text queued before the review began is cancelled by it, with an audit
// event naming it, and is not sent after a release either; one a
// Dispatcher was sending when the review committed is waited for, and if
// that attempt fails it is not retried while the review waits. On
// memstore, SQLite and PostgreSQL.
func TestReview_NoRepTextGoesOutUntilTheDecision(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		const sarah = "Hi it's Sarah, still want to sell?"
		repSMS := func(id string) []store.OutboxItem { return onlyKind(outboxOf(t, st, id), store.OutboxRepSMS) }
		sentTo := func(id string) []string {
			env.sender.mu.Lock()
			defer env.sender.mu.Unlock()
			var out []string
			for _, d := range env.sender.calls {
				if d.Item.ConversationID == id {
					out = append(out, string(d.Item.Kind)+": "+d.Body)
				}
			}
			return out
		}
		inReview := func(c store.Conversation) bool {
			return c.State == store.StatePaused && c.Status == store.StatusHot && c.HandoffReason == "possible_opt_out"
		}
		snap := func(id string) trail {
			evs, err := env.e.Events(ctx, dspTenant, id)
			require.NoError(t, err)
			return trail{Conv: env.conv(t, id), Events: evs, Items: outboxOf(t, st, id)}
		}

		t.Run("a rep's text to send is refused", func(t *testing.T) {
			env.startWith(t, "c1", "+12125550131", "America/New_York")
			require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)
			before := snap("c1")
			msgs, err := env.e.Transcript(ctx, dspTenant, "c1")
			require.NoError(t, err)
			for _, expect := range []*handoff.Expectation{nil, {State: store.StatePaused}} {
				_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
					Body: sarah, Send: true, Expect: expect})
				var rp *handoff.ReviewPendingError
				require.ErrorAs(t, err, &rp)
				require.ErrorIs(t, err, handoff.ErrInvalidTransition)
				require.Equal(t, handoff.ActionRepMessage, rp.Action)
				require.Contains(t, err.Error(), "ReviewOptOut")
			}
			require.Empty(t, cmp.Diff(before, snap("c1")), "nothing written")
			after, err := env.e.Transcript(ctx, dspTenant, "c1")
			require.NoError(t, err)
			require.Equal(t, msgs, after, "nothing recorded")

			// Sent by the rep's own tool already: a fact, recorded; the
			// review still waits and nothing is queued to the lead.
			res, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
				Body: "called you just now", ProviderID: "SMrep1"})
			require.NoError(t, err)
			require.NotEmpty(t, res.MessageID)
			require.True(t, inReview(env.conv(t, "c1")), "still waiting for the decision")
			require.Empty(t, repSMS("c1"))
			env.runOnce(t)
			require.Empty(t, sentTo("c1"), "nothing reached a Sender")
		})

		t.Run("a rep's text queued before the review is cancelled by it", func(t *testing.T) {
			env.startWith(t, "c2", "+12125550132", "America/New_York")
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah",
				Body: sarah, Send: true})
			require.NoError(t, err)
			require.Len(t, repSMS("c2"), 1)
			out := env.say(t, "c2", maybeRevoked)
			require.Equal(t, handoff.OutcomeReview, out.Kind)
			require.Equal(t, 1, out.Cancelled, "the rep's text")
			it := repSMS("c2")[0]
			require.Equal(t, store.OutboxCancelled, it.Status)
			evs := env.events(t, "c2", store.EventOutboxCancelled)
			require.Len(t, evs, 1)
			require.Equal(t, "review", evs[0].Reason)
			require.Contains(t, evs[0].Detail, "kind=rep_sms outbox="+it.ID)

			env.runOnce(t)
			require.Empty(t, sentTo("c2"), "nothing reached a Sender while the review waited")
			_, err = env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah"})
			require.NoError(t, err)
			env.runOnce(t)
			require.Empty(t, sentTo("c2"), "cancelled, not held: a release does not send it")

			// Released, the rep writes again, and it goes.
			_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah",
				Body: sarah, Send: true})
			require.NoError(t, err)
			env.runOnce(t)
			require.Equal(t, []string{"rep_sms: " + sarah}, sentTo("c2"))
		})

		t.Run("a rep's text being sent is waited for and not retried", func(t *testing.T) {
			env.startWith(t, "c3", "+12125550133", "America/New_York")
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c3", RepID: "sarah",
				Body: sarah, Send: true})
			require.NoError(t, err)
			type received struct {
				out handoff.Outcome
				err error
			}
			done := make(chan received, 1)
			var once sync.Once
			env.sender.hook = func(_ context.Context, d handoff.Delivery) {
				if d.Item.ConversationID != "c3" || d.Item.Kind != store.OutboxRepSMS {
					return
				}
				once.Do(func() {
					// The lead's possible opt-out commits while the rep's
					// text is with the Sender.
					go func() {
						out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c3", Body: maybeRevoked})
						done <- received{out, err}
					}()
					for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(time.Millisecond) {
						if c, err := env.e.Conversation(ctx, dspTenant, "c3"); err == nil && inReview(c) {
							return
						}
					}
				})
			}
			env.sender.fail = func(d handoff.Delivery) (error, bool) {
				if d.Item.ConversationID == "c3" && d.Item.Kind == store.OutboxRepSMS {
					return errors.New("provider: 503"), false
				}
				return nil, false
			}
			env.runOnce(t)
			var r received
			select {
			case r = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the review did not return")
			}
			require.NoError(t, r.err)
			require.Equal(t, handoff.OutcomeReview, r.out.Kind)
			it := repSMS("c3")[0]
			require.Equal(t, store.OutboxPending, it.Status, "the failed attempt settled before the review returned")

			env.clock.Advance(time.Minute) // past the retry's backoff
			env.runOnce(t)
			require.Len(t, sentTo("c3"), 1, "the one attempt the review found in flight, and no retry")
			it = repSMS("c3")[0]
			require.Equal(t, store.OutboxCancelled, it.Status)
			evs := env.events(t, "c3", store.EventOutboxCancelled)
			require.NotEmpty(t, evs)
			require.Contains(t, evs[len(evs)-1].Detail, "a possible opt-out waits for a person's decision")
		})
	})
}

// TestReview_DecisionFromAStaleView: a person decides on the possible
// opt-out they saw (ReviewParams.Expect, with ReviewOf the message in
// review). When someone else settled that review meanwhile, or the lead
// wrote a newer possible opt-out that replaced it, the decision is a
// *StaleError naming what waits now, and nothing is written: a "Confirm
// opt-out" made on one message never opts the lead out on another the
// person has not read, and a "Not an opt-out" never answers a confirmed
// opt-out. A decision on the review as it is still applies. A ReviewOf
// that is no ID is an *InputError. On memstore, SQLite and PostgreSQL.
func TestReview_DecisionFromAStaleView(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		snap := func(id string) trail {
			evs, err := env.e.Events(ctx, dspTenant, id)
			require.NoError(t, err)
			return trail{Conv: env.conv(t, id), Events: evs, Items: outboxOf(t, st, id)}
		}
		seen := func(id string) *handoff.Expectation {
			c := env.conv(t, id)
			require.Equal(t, "possible_opt_out", c.HandoffReason)
			return &handoff.Expectation{State: c.State, AssignedTo: c.AssignedTo, ReviewOf: c.HandoffMessageID}
		}
		decide := func(id string, optOut bool, x *handoff.Expectation) error {
			_, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: id, RepID: "ana", OptOut: optOut, Expect: x})
			return err
		}

		env.startWith(t, "c1", "+12125550191", "America/New_York")
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)
		first := seen("c1")
		require.NoError(t, decide("c1", false, nil), "someone else releases it")
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)
		now := seen("c1")
		require.NotEqual(t, first.ReviewOf, now.ReviewOf)
		before := snap("c1")
		err := decide("c1", true, first)
		var se *handoff.StaleError
		require.ErrorAs(t, err, &se)
		require.ErrorIs(t, err, handoff.ErrConflict)
		require.Equal(t, now.ReviewOf, se.ReviewOf, "what waits now")
		require.Contains(t, err.Error(), "replaced by the review of message "+now.ReviewOf)
		require.Empty(t, cmp.Diff(before, snap("c1")), "nothing written: not opted out")
		require.NoError(t, decide("c1", true, now), "decided on the review as it is")
		require.Equal(t, store.StatusOptedOut, env.conv(t, "c1").Status)

		env.startWith(t, "c2", "+12125550192", "America/New_York")
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c2", maybeRevoked).Kind)
		stale := seen("c2")
		require.NoError(t, decide("c2", true, nil), "someone else confirms it")
		before = snap("c2")
		err = decide("c2", false, stale)
		require.ErrorAs(t, err, &se)
		require.Empty(t, se.ReviewOf, "no review waits")
		require.Empty(t, cmp.Diff(before, snap("c2")), "nothing written")

		err = decide("c2", false, &handoff.Expectation{State: store.StatePaused, ReviewOf: "not an id\n"})
		require.ErrorIs(t, err, handoff.ErrInvalidInput)
	})
}

// TestReview_APossibleOptOutOfAnOptedOutLeadOpensNoReview: a lead already
// opted out is suppressed; a later message that may be an opt-out has
// nothing left to decide. It is recorded for the rep as any message from
// a suppressed lead is, and nothing more: no review event, no Hot inbox
// entry (the status stays opted_out) and no notification to the team.
// It opened a review, moved the status to hot and paged the team.
func TestReview_APossibleOptOutOfAnOptedOutLeadOpensNoReview(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
	before := b.dump(t, "c1")

	out := b.receive(t, "c1", maybeRevoked)
	require.NotEqual(t, handoff.OutcomeReview, out.Kind)
	after := b.dump(t, "c1")
	require.Equal(t, store.StatePaused, after.Conv.State)
	require.Equal(t, store.StatusOptedOut, after.Conv.Status)
	require.Equal(t, before.Conv.HandoffReason, after.Conv.HandoffReason)
	require.Len(t, after.Messages, len(before.Messages)+1, "the lead's message is recorded")
	require.Equal(t, maybeRevoked, after.Messages[len(after.Messages)-1].Body)
	require.Equal(t, before.Events, after.Events, "no review event")
	require.Equal(t, before.Outbox, after.Outbox, "nobody notified, nothing queued")
	require.Empty(t, b.hot(t))
}
