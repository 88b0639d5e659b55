package handoff_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// TestReview_ReleaseGoesBackWhereTheReviewFoundIt: a person who settles a
// possible opt-out as "not an opt-out" puts the conversation back where
// the review found it, with the status and the handoff reason it had. The
// thread a rep was driving stays with that rep and the AI stays silent:
// the lead's next message sends no second bridge (reviewer R's D1, two
// voices after a release on a rep's thread). A handoff waiting for a rep
// is Hot again with its own reason, and the AI's thread is the AI's
// again, with no handoff reason left over (D5). On memstore, SQLite and
// PostgreSQL.
func TestReview_ReleaseGoesBackWhereTheReviewFoundIt(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		sentTo := func(id string) []string {
			env.sender.mu.Lock()
			defer env.sender.mu.Unlock()
			var out []string
			for _, d := range env.sender.calls {
				switch {
				case d.Item.ConversationID != id:
				case strings.HasPrefix(d.Item.IdempotencyKey, "reassign:"):
					// the update a re-route sends the lead the bridge named its rep to
					out = append(out, "update: "+d.Body)
				default:
					out = append(out, string(d.Item.Kind)+": "+d.Body)
				}
			}
			return out
		}
		release := func(id, rep string) store.Conversation {
			t.Helper()
			require.Equal(t, handoff.OutcomeReview, env.say(t, id, maybeRevoked).Kind)
			res, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: id, RepID: rep})
			require.NoError(t, err)
			evs := env.events(t, id, store.EventReviewReleased)
			require.Len(t, evs, 1)
			require.Equal(t, store.StatePaused, evs[0].From)
			require.Equal(t, res.Conversation.State, evs[0].To)
			return res.Conversation
		}

		t.Run("the rep driving the thread keeps it", func(t *testing.T) {
			env.startWith(t, "c1", "+12125550141", "America/New_York")
			h := env.say(t, "c1", "can you just call me").Conversation
			require.Equal(t, store.StateHandoff, h.State)
			rep := h.AssignedTo
			require.NotEmpty(t, rep)
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep,
				Body: "Hi Maria, happy to help with the house.", Send: true})
			require.NoError(t, err)
			env.runOnce(t)
			before := sentTo("c1")

			c := release("c1", rep)
			require.Equal(t, store.StateHuman, c.State, "the rep's thread stays the rep's")
			require.Equal(t, rep, c.AssignedTo)
			require.Equal(t, store.StatusHot, c.Status)
			require.Equal(t, h.HandoffReason, c.HandoffReason, "the handoff's own reason, not the review's")
			require.Equal(t, h.HandoffDetail, c.HandoffDetail)
			require.True(t, h.HandoffAt.Equal(c.HandoffAt))
			require.Equal(t, h.HandoffMessageID, c.HandoffMessageID)

			out := env.say(t, "c1", "ok what's the offer, can someone call me")
			require.Equal(t, handoff.OutcomeRecorded, out.Kind, "the rep's lead: recorded for the rep, no new handoff")
			require.Equal(t, store.StateHuman, out.Conversation.State)
			env.runOnce(t)
			require.Equal(t, before, sentTo("c1"), "nothing automated went to a lead the rep is texting")
		})

		t.Run("a handoff waiting for a rep is Hot again", func(t *testing.T) {
			env.startWith(t, "c2", "+12125550142", "America/New_York")
			h := env.say(t, "c2", "can you just call me").Conversation
			env.runOnce(t)
			before := sentTo("c2")

			c := release("c2", "")
			require.Equal(t, store.StateHandoff, c.State)
			require.Equal(t, store.StatusHot, c.Status)
			require.Equal(t, h.AssignedTo, c.AssignedTo)
			require.Equal(t, h.HandoffReason, c.HandoffReason)
			require.True(t, h.HandoffAt.Equal(c.HandoffAt))
			require.Equal(t, handoff.OutcomeRecorded, env.say(t, "c2", "any news?").Kind)
			env.runOnce(t)
			require.Equal(t, before, sentTo("c2"), "no second bridge")
		})

		t.Run("the AI's thread is the AI's again", func(t *testing.T) {
			env.startWith(t, "c3", "+12125550143", "America/New_York")
			env.say(t, "c3", "hi, is this about my house on Oak St?")
			prior := env.conv(t, "c3")
			c := release("c3", "sarah")
			require.Equal(t, store.StateAIActive, c.State)
			require.Equal(t, prior.Status, c.Status)
			require.Empty(t, c.HandoffReason, "no review left as the handoff reason")
			require.True(t, c.HandoffAt.IsZero())
		})

		t.Run("a paused thread stays paused", func(t *testing.T) {
			env.startWith(t, "c4", "+12125550144", "America/New_York")
			_, err := env.e.Pause(ctx, handoff.PauseParams{TenantID: dspTenant, ConversationID: "c4", RepID: "sarah", Reason: "calling them"})
			require.NoError(t, err)
			prior := env.conv(t, "c4")
			c := release("c4", "sarah")
			require.Equal(t, store.StatePaused, c.State)
			require.Equal(t, prior.Status, c.Status)
			require.Empty(t, c.HandoffReason)
		})
	})
}

// TestUndelivered_ARepsTextTheReviewCancelled: a rep's text queued before
// the lead's possible opt-out is cancelled by the review; Undelivered
// names it, with why, so a page can mark it not sent (reviewer R's D4:
// the inbox showed it as sent). A text that went is not listed. On
// memstore, SQLite and PostgreSQL.
func TestUndelivered_ARepsTextTheReviewCancelled(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		env.startWith(t, "c1", "+12125550151", "America/New_York")
		sent, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Body: "Hi, it's Sarah.", Send: true})
		require.NoError(t, err)
		env.runOnce(t)
		cancelled, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Body: "Can I call at 6pm?", Send: true})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)

		got, err := env.e.Undelivered(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Len(t, got, 1)
		require.Equal(t, cancelled.MessageID, got[0].MessageID)
		require.NotEqual(t, sent.MessageID, got[0].MessageID)
		require.Equal(t, store.OutboxCancelled, got[0].Status)
		require.Contains(t, got[0].Why, "opt-out")

		_, err = env.e.Undelivered(ctx, dspTenant, "nope")
		require.ErrorIs(t, err, store.ErrNotFound)
	})
}

// TestReview_ReleaseSendsTheBridgeTheReviewCancelled: a possible opt-out
// that lands before the bridge text went cancels it with the rest of the
// queued automated texts. A person's release that puts the handoff back
// to waiting for a rep queues it again, so the lead is not left silent
// (the seeds: the bridge is never silent), and the lead gets it exactly
// once, however many reviews it went through; never once a person
// confirmed the opt-out, and not when a rep wrote to the lead meanwhile.
// The release had left it cancelled: the lead who had asked for a call
// heard nothing. On memstore, SQLite and PostgreSQL.
func TestReview_ReleaseSendsTheBridgeTheReviewCancelled(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		bridges := func(id string) []string {
			env.sender.mu.Lock()
			defer env.sender.mu.Unlock()
			var out []string
			for _, d := range env.sender.calls {
				// (not the update a re-route sends the lead the bridge named its rep to)
				if d.Item.ConversationID == id && d.Item.Kind == store.OutboxBridgeSMS && !strings.HasPrefix(d.Item.IdempotencyKey, "reassign:") {
					out = append(out, d.Body)
				}
			}
			return out
		}
		handedOff := func(t *testing.T, id, phone string) handoff.Outcome {
			t.Helper()
			env.startWith(t, id, phone, "America/New_York")
			out := env.say(t, id, "can you just call me")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.NotEmpty(t, out.Reply)
			return out
		}
		review := func(t *testing.T, id string, p handoff.ReviewParams) store.Conversation {
			t.Helper()
			require.Equal(t, handoff.OutcomeReview, env.say(t, id, maybeRevoked).Kind, "the bridge not sent yet")
			p.TenantID, p.ConversationID = dspTenant, id
			res, err := env.e.ReviewOptOut(ctx, p)
			require.NoError(t, err)
			return res.Conversation
		}

		t.Run("released: the bridge goes once", func(t *testing.T) {
			h := handedOff(t, "b1", "+12125550181")
			c := review(t, "b1", handoff.ReviewParams{RepID: h.AssignedTo})
			require.Equal(t, store.StateHandoff, c.State)
			env.runOnce(t)
			require.Equal(t, []string{h.Reply}, bridges("b1"), "the bridge the review cancelled")
			undelivered, err := env.e.Undelivered(ctx, dspTenant, "b1")
			require.NoError(t, err)
			require.Empty(t, undelivered, "the bridge went: the page no longer marks it not sent")
			require.Equal(t, handoff.OutcomeRecorded, env.say(t, "b1", "any news?").Kind)
			env.clock.Advance(10 * time.Minute)
			env.runOnce(t)
			require.Equal(t, []string{h.Reply}, bridges("b1"), "once")
		})

		t.Run("two reviews before it went: still once", func(t *testing.T) {
			h := handedOff(t, "b2", "+12125550182")
			review(t, "b2", handoff.ReviewParams{})
			c := review(t, "b2", handoff.ReviewParams{}) // the requeued bridge cancelled again, then released again
			require.Equal(t, store.StateHandoff, c.State)
			env.runOnce(t)
			env.clock.Advance(10 * time.Minute)
			env.runOnce(t)
			require.Equal(t, []string{h.Reply}, bridges("b2"))
		})

		t.Run("confirmed: no bridge", func(t *testing.T) {
			handedOff(t, "b3", "+12125550183")
			c := review(t, "b3", handoff.ReviewParams{OptOut: true})
			require.Equal(t, store.StatusOptedOut, c.Status)
			env.runOnce(t)
			require.Empty(t, bridges("b3"))
		})

		t.Run("a rep wrote meanwhile: no bridge", func(t *testing.T) {
			h := handedOff(t, "b4", "+12125550184")
			require.Equal(t, handoff.OutcomeReview, env.say(t, "b4", maybeRevoked).Kind)
			// The rep's own phone sent it: recorded, the review still waits.
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "b4", RepID: h.AssignedTo,
				Body: "Hi Maria, this is your agent, calling you in 5."})
			require.NoError(t, err)
			_, err = env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "b4", RepID: h.AssignedTo})
			require.NoError(t, err)
			env.runOnce(t)
			require.Empty(t, bridges("b4"), "the rep spoke to the lead already")
		})

		t.Run("sent before the review: not again", func(t *testing.T) {
			h := handedOff(t, "b5", "+12125550185")
			env.runOnce(t)
			require.Equal(t, []string{h.Reply}, bridges("b5"))
			review(t, "b5", handoff.ReviewParams{})
			env.runOnce(t)
			require.Equal(t, []string{h.Reply}, bridges("b5"))
		})
	})
}

// TestReview_ReleaseJudgesWhatTheLeadWroteDuringIt: while a possible
// opt-out waits for a person, the lead's messages are only recorded. A
// release that gives the thread back to the AI judges them as the AI
// would have: an explicit ask among them hands off at once (the seeds:
// an explicit ask hands off without qualifying further), once, with the
// bridge; otherwise the AI answers the latest, as Resume's
// BacklogAnswerLatest does. A clear opt-out among them is never
// overridden, nothing fires again on what the lead said before the
// review, and a release with nothing new from the lead is as it was. The
// release had left the ask unanswered: ai_active, no handoff, no text
// (reviewer T, D3). On memstore, SQLite and PostgreSQL.
func TestReview_ReleaseJudgesWhatTheLeadWroteDuringIt(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		texts := func(id string) []string {
			env.sender.mu.Lock()
			defer env.sender.mu.Unlock()
			var out []string
			for _, d := range env.sender.calls {
				switch {
				case d.Item.ConversationID != id:
				case strings.HasPrefix(d.Item.IdempotencyKey, "reassign:"):
					// the update a re-route sends the lead the bridge named its rep to
					out = append(out, "update: "+d.Body)
				default:
					out = append(out, string(d.Item.Kind)+": "+d.Body)
				}
			}
			return out
		}
		inReview := func(t *testing.T, id, phone string) {
			t.Helper()
			env.startWith(t, id, phone, "America/New_York")
			require.Equal(t, handoff.OutcomeReview, env.say(t, id, maybeRevoked).Kind)
		}
		release := func(t *testing.T, id string) store.Conversation {
			t.Helper()
			res, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: id, RepID: "sarah"})
			require.NoError(t, err)
			require.Len(t, env.events(t, id, store.EventReviewReleased), 1)
			return res.Conversation
		}

		t.Run("an ask during the review hands off once, with the bridge", func(t *testing.T) {
			inReview(t, "a1", "+12125550191")
			ask := env.say(t, "a1", "can someone just call me?")
			require.Equal(t, handoff.OutcomeRecorded, ask.Kind, "recorded while in review")

			c := release(t, "a1")
			require.Equal(t, store.StateHandoff, c.State)
			require.Equal(t, store.StatusHot, c.Status)
			require.Equal(t, "explicit_ask", c.HandoffReason)
			require.Equal(t, ask.MessageID, c.HandoffMessageID, "the ask fired it, not the message in review")
			require.NotEmpty(t, c.AssignedTo)
			now := env.conv(t, "a1")
			require.Equal(t, now.Version, c.Version, "the Result is the conversation as it is")
			require.Equal(t, now.State, c.State)
			evs := env.events(t, "a1", store.EventHandoff)
			require.Len(t, evs, 1)
			require.True(t, !evs[0].CreatedAt.Before(env.events(t, "a1", store.EventReviewReleased)[0].CreatedAt))
			env.runOnce(t)
			sent := texts("a1")
			require.Len(t, sent, 1, "the bridge, and nothing else: %v", sent)
			require.Contains(t, sent[0], string(store.OutboxBridgeSMS)+": ")

			require.Equal(t, handoff.OutcomeRecorded, env.say(t, "a1", "hello?").Kind)
			env.clock.Advance(10 * time.Minute)
			env.runOnce(t)
			require.Len(t, env.events(t, "a1", store.EventHandoff), 1, "once")
			require.Len(t, onlyKindSent(texts("a1"), store.OutboxBridgeSMS), 1, "one bridge")
		})

		t.Run("an ask among several messages still hands off", func(t *testing.T) {
			inReview(t, "a2", "+12125550192")
			ask := env.say(t, "a2", "can someone just call me?")
			env.say(t, "a2", "thanks")
			c := release(t, "a2")
			require.Equal(t, store.StateHandoff, c.State)
			require.Equal(t, ask.MessageID, c.HandoffMessageID)
		})

		t.Run("a time given after the ask is the bridge's", func(t *testing.T) {
			inReview(t, "a8", "+12125550198")
			env.say(t, "a8", "can someone just call me?")
			when := env.say(t, "a8", "I'm free tomorrow after 5pm")
			c := release(t, "a8")
			require.Equal(t, store.StateHandoff, c.State)
			require.Equal(t, when.MessageID, c.Fields[store.FieldName(qualify.CallbackField)].MessageID)
			require.Len(t, env.events(t, "a8", store.EventCallbackTime), 1)
			env.runOnce(t)
			sent := onlyKindSent(texts("a8"), store.OutboxBridgeSMS)
			require.Len(t, sent, 1)
			require.NotContains(t, strings.ToLower(sent[0]), "what time", "the lead gave it: %s", sent[0])
		})

		t.Run("what the lead told during the review counts", func(t *testing.T) {
			inReview(t, "a7", "+12125550197")
			told := env.say(t, "a7", "I inherited it from my dad and the roof leaks")
			require.Equal(t, handoff.OutcomeRecorded, told.Kind)
			c := release(t, "a7")
			require.Contains(t, c.Fields, store.FieldName("motivation"))
			require.Contains(t, c.Fields, store.FieldName("condition"))
			require.Equal(t, told.MessageID, c.Fields["motivation"].MessageID)
			require.Equal(t, store.StateHandoff, c.State, "two fields: %s %s", c.HandoffReason, c.HandoffDetail)
		})

		t.Run("a question during the review is answered once", func(t *testing.T) {
			inReview(t, "a3", "+12125550193")
			require.Equal(t, handoff.OutcomeRecorded, env.say(t, "a3", "hi, is this about my house on Oak St?").Kind)
			c := release(t, "a3")
			require.Equal(t, store.StateAIActive, c.State)
			require.Empty(t, env.events(t, "a3", store.EventHandoff))
			env.runOnce(t)
			sent := texts("a3")
			require.Len(t, sent, 1, "%v", sent)
			require.Contains(t, sent[0], string(store.OutboxAIReply)+": ")
		})

		t.Run("nothing new from the lead: as before", func(t *testing.T) {
			env.startWith(t, "a4", "+12125550194", "America/New_York")
			env.say(t, "a4", "hi, is this about my house on Oak St?")
			env.runOnce(t)
			before := texts("a4")
			require.Equal(t, handoff.OutcomeReview, env.say(t, "a4", maybeRevoked).Kind)
			items := func() int {
				var n int
				require.NoError(t, env.e.Store().View(ctx, func(ctx context.Context, tx store.Tx) error {
					items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, ConversationID: "a4"})
					n = len(items)
					return err
				}))
				return n
			}
			queued := items()
			c := release(t, "a4")
			require.Equal(t, store.StateAIActive, c.State)
			require.Equal(t, env.conv(t, "a4").Version, c.Version, "nothing written after the release")
			evs, err := env.e.Events(ctx, dspTenant, "a4")
			require.NoError(t, err)
			require.Equal(t, store.EventReviewReleased, evs[len(evs)-1].Kind, "nothing after the release")
			require.Equal(t, queued, items(), "nothing queued: the message in review is not answered")
			env.runOnce(t)
			require.Equal(t, before, texts("a4"))
		})

		t.Run("a clear opt-out during the review is never overridden", func(t *testing.T) {
			inReview(t, "a5", "+12125550195")
			env.say(t, "a5", "can someone just call me?")
			require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "a5", "STOP").Kind)
			_, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "a5", RepID: "sarah"})
			require.ErrorIs(t, err, handoff.ErrInvalidTransition, "the opt-out settled the review")
			require.Equal(t, handoff.OutcomeOptedIn, env.say(t, "a5", "START").Kind)
			c := env.conv(t, "a5")
			require.Equal(t, store.StatePaused, c.State, "back in review, as the opt-out found it")

			env.say(t, "a5", "thanks")
			c = release(t, "a5")
			require.Equal(t, store.StateAIActive, c.State, "the ask before the STOP does not hand off")
			require.Empty(t, env.events(t, "a5", store.EventHandoff))
			env.runOnce(t)
			require.Empty(t, onlyKindSent(texts("a5"), store.OutboxBridgeSMS))
		})

		t.Run("what fired before the review does not fire again", func(t *testing.T) {
			env.startWith(t, "a6", "+12125550196", "America/New_York")
			require.Equal(t, handoff.OutcomeHandoff, env.say(t, "a6", "can you just call me").Kind)
			_, err := env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "a6", RepID: "sarah"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeReview, env.say(t, "a6", maybeRevoked).Kind)
			env.say(t, "a6", "ok")
			c := release(t, "a6")
			require.Equal(t, store.StateAIActive, c.State)
			require.Len(t, env.events(t, "a6", store.EventHandoff), 1, "the first handoff only")
		})
	})
}

// onlyKindSent keeps the texts (as "kind: body") of one kind.
func onlyKindSent(texts []string, k store.OutboxKind) []string {
	var out []string
	for _, s := range texts {
		if strings.HasPrefix(s, string(k)+": ") {
			out = append(out, s)
		}
	}
	return out
}
