package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// The lead's addresses in the tests of linked opt-outs: Dana's phone and
// email, her other phone and a third email given only with that phone.
const (
	linkPhone  = "+12125550100"
	linkEmail  = "dana@example.com"
	linkPhone2 = "+12125550177"
	linkEmail3 = "pat@example.com"
	linkLine   = "+12125550199" // the business's number
)

// linkSetup is an engine on st, with Dana's web chat giving her phone
// and email (chat1) and her email-only web chat (chat2).
func linkSetup(t *testing.T, st store.Store) *handoff.Engine {
	t.Helper()
	clock := &dspClock{t: dspNoonNY}
	e := tenantEngine(t, st, clock, "team", nil)
	linkStart(t, e, "chat1", store.ChannelChat, linkPhone, linkEmail)
	linkStart(t, e, "chat2", store.ChannelChat, "", linkEmail)
	return e
}

// linkStart starts a conversation of Dana with the phone and email given.
func linkStart(t *testing.T, e *handoff.Engine, id string, ch store.Channel, phone, email string) store.Conversation {
	t.Helper()
	c, err := e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: id, Channel: ch,
		Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}})
	require.NoError(t, err)
	return c
}

// linkText is the lead's text from phone to the business's number, as the
// SMS provider's webhook hands it over; it returns the SMS thread's ID.
func linkText(t *testing.T, e *handoff.Engine, phone, body, providerID string) (string, handoff.OutcomeKind) {
	t.Helper()
	out, err := e.ReceiveAddressed(context.Background(), handoff.AddressedInbound{TenantID: dspTenant, Line: linkLine,
		From: phone, Body: body, ProviderID: providerID})
	require.NoError(t, err)
	return out.Conversation.ID, out.Kind
}

// linkSay is the lead's message in conversation id.
func linkSay(t *testing.T, e *handoff.Engine, id, body, providerID string) handoff.OutcomeKind {
	t.Helper()
	out, err := e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: body, ProviderID: providerID})
	require.NoError(t, err)
	return out.Kind
}

// linkSuppression is the tenant's suppression of addr, if any.
func linkSuppression(t *testing.T, st store.Store, addr string) (store.Suppression, bool) {
	t.Helper()
	var s store.Suppression
	var found bool
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		s, err = tx.SuppressionGet(ctx, dspTenant, addr)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		found = err == nil
		return err
	}))
	return s, found
}

// requireLinked checks that addr is suppressed because it was given with
// from: its Reason names the rule, "linked" and from.
func requireLinked(t *testing.T, st store.Store, addr, from string) {
	t.Helper()
	s, ok := linkSuppression(t, st, addr)
	require.True(t, ok, "%s is not suppressed", addr)
	require.Contains(t, s.Reason, "linked", "%s: reason %q", addr, s.Reason)
	require.Contains(t, s.Reason, from, "%s: reason %q", addr, s.Reason)
}

// requireFree checks that addr is not suppressed.
func requireFree(t *testing.T, st store.Store, addr string) {
	t.Helper()
	s, ok := linkSuppression(t, st, addr)
	require.False(t, ok, "%s is suppressed: %+v", addr, s)
}

// requireSilenced checks that conversation id opted out: paused, status
// opted_out, and the AI refused with ErrOptedOut.
func requireSilenced(t *testing.T, e *handoff.Engine, id string) {
	t.Helper()
	requireConversation(t, e, id, store.StatePaused, store.StatusOptedOut)
	_, err := e.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: dspTenant, ConversationID: id, Body: "Still thinking of selling?", Send: true})
	require.ErrorIs(t, err, handoff.ErrOptedOut, id)
}

// requireAIDrives checks that the AI drives conversation id again and may
// speak there.
func requireAIDrives(t *testing.T, e *handoff.Engine, id string) {
	t.Helper()
	c, err := e.Conversation(context.Background(), dspTenant, id)
	require.NoError(t, err)
	require.Equal(t, store.StateAIActive, c.State, id)
	require.NotEqual(t, store.StatusOptedOut, c.Status, id)
	_, err = e.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: dspTenant, ConversationID: id, Body: "Welcome back!"})
	require.NoError(t, err, id)
}

// TestSMSStopReachesTheEmailGivenWithTheNumber: Dana gave her phone and
// email in a web chat (chat1) and has an email-only web chat (chat2); she
// texts STOP from that phone to the business's number, on an SMS thread
// that knows only the number. The README promises that a STOP stops every
// automated message to that number and to the email the lead gave with
// it, across every conversation that shares either: the email is
// suppressed too (linked, its reason says so and names the number), chat2
// is paused and opted out, the AI's text queued there before the STOP is
// cancelled, the AI is refused there, and the Dispatcher delivers nothing
// to chat2. Only the number was suppressed: chat2 stayed ai_active and the
// AI's texts reached Dana after her STOP.
func TestSMSStopReachesTheEmailGivenWithTheNumber(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := linkSetup(t, st)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		_, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "chat2", Body: "Any questions about selling?", Send: true})
		require.NoError(t, err)

		_, kind := linkText(t, e, linkPhone, "STOP", "SM2")
		require.Equal(t, handoff.OutcomeOptedOut, kind)
		for _, id := range []string{sms, "chat1", "chat2"} {
			requireSilenced(t, e, id)
		}
		requireLinked(t, st, linkEmail, linkPhone)
		own, ok := linkSuppression(t, st, linkPhone)
		require.True(t, ok)
		require.NotContains(t, own.Reason, "linked", "the number Dana texted STOP from is her own opt-out")

		log := &tenantLog{}
		d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: log, Notifier: log, QuietHours: allDay})
		require.NoError(t, err)
		runDispatcher(t, d)
		for _, s := range log.sent {
			require.NotEqual(t, "chat2", s.Item.ConversationID, "%s %q reached Dana's email chat after her STOP", s.Item.Kind, s.Body)
			require.NotEqual(t, store.OutboxAIReply, s.Item.Kind, "an AI text after the STOP: %q", s.Body)
		}
	})
}

// TestChatStopReachesThePhoneGivenWithTheEmail: the other way round, a
// STOP in the email-only chat suppresses the phone Dana gave with that
// email in another chat, so her SMS thread, which knows only the number,
// is paused and the AI refused there.
func TestChatStopReachesThePhoneGivenWithTheEmail(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		e := linkSetup(t, st)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		requireConversation(t, e, sms, store.StateAIActive, store.StatusNew)

		require.Equal(t, handoff.OutcomeOptedOut, linkSay(t, e, "chat2", "STOP", "W1"))
		for _, id := range []string{sms, "chat1", "chat2"} {
			requireSilenced(t, e, id)
		}
		requireLinked(t, st, linkPhone, linkEmail)
	})
}

// TestStartLiftsTheLinkedOptOut: Dana's START from the number she texted
// STOP from lifts what that STOP suppressed, the number and the email
// linked to it, and every conversation goes back where the opt-out found
// it: the AI drives her SMS thread and both chats again. So does the
// carrier's report of the number (OptOutAddress): her START lifts the
// email it linked.
func TestStartLiftsTheLinkedOptOut(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := linkSetup(t, st)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		linkText(t, e, linkPhone, "STOP", "SM2")
		requireSilenced(t, e, "chat2")

		_, kind := linkText(t, e, linkPhone, "START", "SM3")
		require.Equal(t, handoff.OutcomeOptedIn, kind)
		requireFree(t, st, linkPhone)
		requireFree(t, st, linkEmail)
		for _, id := range []string{sms, "chat1", "chat2"} {
			requireAIDrives(t, e, id)
		}

		_, err := e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: linkPhone, Rule: "carrier:opted_out"})
		require.NoError(t, err)
		requireLinked(t, st, linkEmail, linkPhone)
		for _, id := range []string{sms, "chat1", "chat2"} {
			requireSilenced(t, e, id)
		}
		linkText(t, e, linkPhone, "START", "SM4")
		requireFree(t, st, linkEmail)
		for _, id := range []string{sms, "chat1", "chat2"} {
			requireAIDrives(t, e, id)
		}
	})
}

// TestStartKeepsASeparateOptOut: an address the lead opted out on its own
// stays suppressed when she opts another back in. Dana texts STOP (her
// email is suppressed, linked) and then writes STOP in her email chat as
// well, or the other way round; her START from the number lifts the
// number alone: the email chat and the chat with both stay opted out,
// and only her SMS thread goes back to the AI.
func TestStartKeepsASeparateOptOut(t *testing.T) {
	t.Parallel()
	for _, emailFirst := range []bool{false, true} {
		tenantStores(t, func(t *testing.T, st store.Store) {
			e := linkSetup(t, st)
			sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
			if emailFirst {
				linkSay(t, e, "chat2", "STOP", "W1")
				linkText(t, e, linkPhone, "STOP", "SM2")
			} else {
				linkText(t, e, linkPhone, "STOP", "SM2")
				linkSay(t, e, "chat2", "STOP", "W1")
			}
			s, ok := linkSuppression(t, st, linkEmail)
			require.True(t, ok)
			require.NotContains(t, s.Reason, "linked", "Dana opted her email out herself")

			_, kind := linkText(t, e, linkPhone, "START", "SM3")
			require.Equal(t, handoff.OutcomeOptedIn, kind)
			requireFree(t, st, linkPhone)
			_, ok = linkSuppression(t, st, linkEmail)
			require.True(t, ok, "the email Dana opted out on its own stays suppressed")
			requireAIDrives(t, e, sms)
			requireSilenced(t, e, "chat1")
			requireSilenced(t, e, "chat2")
		})
	}
}

// TestLinkedWhenGivenLater: an address given next to one that opted out
// is suppressed with it when it is recorded. Dana texts STOP before any
// chat knows her email; a chat started later with her number and email
// begins opted out and suppresses the email (linked), so an email-only
// chat started after it begins opted out too. An email UpdateLead gives
// her SMS thread is suppressed the same way, and the email-only chat
// that already had it is paused. Her START from the number lifts them all.
func TestLinkedWhenGivenLater(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := tenantEngine(t, st, &dspClock{t: dspNoonNY}, "team", nil)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		linkStart(t, e, "pat", store.ChannelChat, "", linkEmail3)
		linkText(t, e, linkPhone, "STOP", "SM2")
		requireFree(t, st, linkEmail)

		c := linkStart(t, e, "chat1", store.ChannelChat, linkPhone, linkEmail)
		require.Equal(t, store.StatusOptedOut, c.Status)
		requireLinked(t, st, linkEmail, linkPhone)
		c = linkStart(t, e, "chat2", store.ChannelChat, "", linkEmail)
		require.Equal(t, store.StatePaused, c.State)
		require.Equal(t, store.StatusOptedOut, c.Status)
		requireSilenced(t, e, "chat2")

		requireAIDrives(t, e, "pat")
		email3 := linkEmail3
		_, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: sms, Email: &email3})
		require.NoError(t, err)
		requireLinked(t, st, linkEmail3, linkPhone)
		requireSilenced(t, e, "pat")

		linkText(t, e, linkPhone, "START", "SM3")
		for _, a := range []string{linkPhone, linkEmail, linkEmail3} {
			requireFree(t, st, a)
		}
		for _, id := range []string{sms, "chat1", "chat2", "pat"} {
			requireAIDrives(t, e, id)
		}
	})
}

// TestLinkedOneHop: the link is one hop, not a chain. Dana's STOP in the
// chat with her phone and email suppresses both, and her other phone,
// given with that email in another chat (linked); an email given only
// with that other phone is no address of hers the STOP reaches: its chat
// stays with the AI, while the chat that has it with the other phone is
// paused, since that phone opted out.
func TestLinkedOneHop(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		e := linkSetup(t, st)
		linkStart(t, e, "other", store.ChannelChat, linkPhone2, linkEmail)
		linkStart(t, e, "pat1", store.ChannelChat, linkPhone2, linkEmail3)
		linkStart(t, e, "pat2", store.ChannelChat, "", linkEmail3)

		require.Equal(t, handoff.OutcomeOptedOut, linkSay(t, e, "chat1", "STOP", "W1"))
		for _, a := range []string{linkPhone, linkEmail} {
			s, ok := linkSuppression(t, st, a)
			require.True(t, ok, a)
			require.False(t, strings.Contains(s.Reason, "linked"), "%s was given in the chat that said STOP: %q", a, s.Reason)
		}
		requireLinked(t, st, linkPhone2, linkEmail)
		requireFree(t, st, linkEmail3)
		for _, id := range []string{"chat1", "chat2", "other", "pat1"} {
			requireSilenced(t, e, id)
		}
		requireAIDrives(t, e, "pat2")

		// Her START in the chat lifts the STOP's own addresses and the
		// phone it linked.
		require.Equal(t, handoff.OutcomeOptedIn, linkSay(t, e, "chat1", "START", "W2"))
		for _, a := range []string{linkPhone, linkEmail, linkPhone2} {
			requireFree(t, st, a)
		}
		for _, id := range []string{"chat1", "chat2", "other", "pat1", "pat2"} {
			requireAIDrives(t, e, id)
		}
	})
}

// TestStartFromALinkedAddressLiftsItAlone: Dana texts STOP, which links
// her email; her START in the email-only chat lifts the email alone. The
// number she opted out stays suppressed (a chat does not subscribe a
// number again), and with it her SMS thread and the chat that has both;
// the email chat is the AI's again.
func TestStartFromALinkedAddressLiftsItAlone(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		e := linkSetup(t, st)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		linkText(t, e, linkPhone, "STOP", "SM2")
		requireLinked(t, st, linkEmail, linkPhone)

		require.Equal(t, handoff.OutcomeOptedIn, linkSay(t, e, "chat2", "START", "W1"))
		requireFree(t, st, linkEmail)
		_, ok := linkSuppression(t, st, linkPhone)
		require.True(t, ok, "the number Dana texted STOP from stays suppressed")
		requireAIDrives(t, e, "chat2")
		requireSilenced(t, e, sms)
		requireSilenced(t, e, "chat1")
	})
}

// TestLinkedOptOutRaces: the link's end state under concurrent calls, on
// every store. Dana texts STOP while a web chat with her email alone
// starts: whichever commits first, the chat ends opted out (Start either
// sees the email suppressed or is paused by the STOP; both take the
// email's lock). And her STOP by text racing her STOP in the email chat,
// each linking the other's address, both succeed (no deadlock surfaces)
// and leave both addresses opted out on their own: neither is lifted by
// the other's START. The interleavings are the scheduler's, so this
// checks the outcome, not that a given one happened.
func TestLinkedOptOutRaces(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := tenantEngine(t, st, &dspClock{t: dspNoonNY}, "team", nil)
		race := func(a, b func() error) {
			var wg sync.WaitGroup
			errs := make([]error, 2)
			start := make(chan struct{})
			for i, f := range []func() error{a, b} {
				wg.Add(1)
				go func() { defer wg.Done(); <-start; errs[i] = f() }()
			}
			close(start)
			wg.Wait()
			require.NoError(t, errors.Join(errs...))
		}
		for i := range 5 {
			phone, email := fmt.Sprintf("+1212555%04d", i), fmt.Sprintf("dana%d@example.com", i)
			chat, late, web := fmt.Sprintf("chat%d", i), fmt.Sprintf("late%d", i), fmt.Sprintf("web%d", i)
			linkStart(t, e, chat, store.ChannelChat, phone, email)
			linkStart(t, e, web, store.ChannelChat, "", email)
			linkText(t, e, phone, "hi", fmt.Sprintf("SMhi%d", i))
			race(func() error {
				_, err := e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: linkLine, From: phone, Body: "STOP",
					ProviderID: fmt.Sprintf("SMstop%d", i)})
				return err
			}, func() error {
				_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: late, Channel: store.ChannelChat,
					Lead: store.Lead{Name: "Dana", Email: email}})
				return err
			})
			requireConversation(t, e, late, store.StatePaused, store.StatusOptedOut)
			requireLinked(t, st, email, phone)

			// again, with a fresh lead: her STOP by text and in the email chat at once
			phone, email = fmt.Sprintf("+1212556%04d", i), fmt.Sprintf("sam%d@example.com", i)
			chat, web = fmt.Sprintf("schat%d", i), fmt.Sprintf("sweb%d", i)
			linkStart(t, e, chat, store.ChannelChat, phone, email)
			linkStart(t, e, web, store.ChannelChat, "", email)
			sms, _ := linkText(t, e, phone, "hi", fmt.Sprintf("SMshi%d", i))
			race(func() error {
				_, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: sms, Body: "STOP", ProviderID: fmt.Sprintf("SMsstop%d", i)})
				return err
			}, func() error {
				_, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: web, Body: "STOP", ProviderID: fmt.Sprintf("Wsstop%d", i)})
				return err
			})
			for _, a := range []string{phone, email} {
				s, ok := linkSuppression(t, st, a)
				require.True(t, ok, a)
				require.NotContains(t, s.Reason, "linked", "%s: Dana opted it out herself", a)
			}
			for _, id := range []string{sms, chat, web} {
				requireConversation(t, e, id, store.StatePaused, store.StatusOptedOut)
			}
		}
	})
}

// TestStartFromAThreadGivenTheEmailLiftsIt: START lifts every address of
// the conversation it comes from, since a conversation stays silenced
// while any of its addresses is suppressed. Dana's SMS thread is given
// her email; she writes STOP in her email-only chat (the email her own
// opt-out, the number linked), then texts START: the number and the
// email both come back, as the package doc says, and the chat with the
// email goes back to the AI.
func TestStartFromAThreadGivenTheEmailLiftsIt(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := tenantEngine(t, st, &dspClock{t: dspNoonNY}, "team", nil)
		linkStart(t, e, "chat2", store.ChannelChat, "", linkEmail)
		sms, _ := linkText(t, e, linkPhone, "hi, thinking of selling", "SM1")
		email := linkEmail
		_, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: sms, Email: &email})
		require.NoError(t, err)
		linkSay(t, e, "chat2", "STOP", "W1")
		s, ok := linkSuppression(t, st, linkEmail)
		require.True(t, ok)
		require.NotContains(t, s.Reason, "linked")
		requireLinked(t, st, linkPhone, linkEmail)
		requireSilenced(t, e, sms)

		_, kind := linkText(t, e, linkPhone, "START", "SM2")
		require.Equal(t, handoff.OutcomeOptedIn, kind)
		requireFree(t, st, linkPhone)
		requireFree(t, st, linkEmail)
		requireAIDrives(t, e, sms)
		requireAIDrives(t, e, "chat2")
	})
}

// TestOptOutAddressRefusesALinkedMarker: a rule holding " linked=" would
// make the host's own opt-out read as a linked suppression, which a START
// from the other address lifts; it is an *InputError and writes nothing.
func TestOptOutAddressRefusesALinkedMarker(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	e := linkSetup(t, st)
	_, err := e.OptOutAddress(context.Background(), handoff.AddressOptOut{TenantID: dspTenant, Address: linkPhone, Rule: "dnc linked=" + linkEmail})
	var ie *handoff.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "Rule", ie.Field)
	requireFree(t, st, linkPhone)
	requireFree(t, st, linkEmail)
}
