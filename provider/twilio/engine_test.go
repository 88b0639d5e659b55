package twilio_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// stack is an engine on memstore behind both handlers, with a dispatcher
// whose Sender talks to a fake Twilio API.
type stack struct {
	st      store.Store
	engine  *handoff.Engine
	inbound *twilio.InboundHandler
	status  *twilio.StatusHandler
	api     *fakeAPI
	disp    *handoff.Dispatcher
}

func newStack(t *testing.T) *stack {
	t.Helper()
	var mu sync.Mutex
	n := 0
	st := memstore.New()
	engine, err := handoff.NewEngine(st, &handoff.Config{
		Now: func() time.Time { return time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) },
		NewID: func() string {
			mu.Lock()
			defer mu.Unlock()
			n++
			return fmt.Sprintf("id%d", n)
		},
	})
	require.NoError(t, err)
	s := &stack{st: st, engine: engine, api: newFakeAPI(t)}
	s.inbound = newInbound(t, engine, testConfig())
	s.status = newStatus(t, engine, testConfig())
	s.disp, err = handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Sender:      newSender(t, s.api, nil),
		Concurrency: 1,
		QuietHours:  dnc.QuietHours{Start: 0, End: 24},
	})
	require.NoError(t, err)
	return s
}

// written is everything the store holds about the lead on our line.
func (s *stack) written(t *testing.T, lead string) (conv store.Conversation, msgs []store.Message, suppressed bool) {
	t.Helper()
	ctx := context.Background()
	err := s.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		conv, err = store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: "acme", Line: ourLine, Phone: lead})
		if err == nil {
			if msgs, err = tx.MessageList(ctx, store.MessageListParams{TenantID: "acme", ConversationID: conv.ID}); err != nil {
				return err
			}
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		_, err = tx.SuppressionGet(ctx, "acme", lead)
		suppressed = err == nil
		return nil
	})
	require.NoError(t, err)
	return conv, msgs, suppressed
}

// A forged or unsigned webhook writes nothing into a real store, however
// alarming its content.
func TestEngineForgedWebhooksWriteNothing(t *testing.T) {
	t.Parallel()
	s := newStack(t)
	forged := []*http.Request{
		signedRequest("/in", inboundForm("SM1", "STOP"), "guessed-token"),
		signedRequestFor("https://attacker.example", "/in", inboundForm("SM2", "can you call me"), acctToken),
		func() *http.Request {
			r := signedRequest("/in", inboundForm("SM3", "hi"), acctToken)
			r.Header.Del(twilio.SignatureHeader)
			return r
		}(),
	}
	for _, r := range forged {
		require.Equal(t, http.StatusForbidden, serve(s.inbound, r).StatusCode)
	}
	require.Equal(t, http.StatusForbidden, serve(s.status, signedRequest("/st", statusForm("SM9", twilio.StatusFailed, "21610"), "guessed-token")).StatusCode)

	conv, msgs, suppressed := s.written(t, leadPhone)
	require.Empty(t, conv.ID, "no conversation was started")
	require.Empty(t, msgs)
	require.False(t, suppressed)
	page, err := s.engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: "acme"})
	require.NoError(t, err)
	require.Empty(t, page.Entries)

	// The same message, correctly signed, is recorded.
	requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SM2", "can you call me"), acctToken)))
	conv, msgs, _ = s.written(t, leadPhone)
	require.NotEmpty(t, conv.ID)
	require.Len(t, msgs, 2, "the lead's message and the bridge text")
	require.Equal(t, "SM2", msgs[0].ProviderID)
}

// Inbound webhook → handoff → bridge text through the REST Sender →
// delivery receipt → our echo, each retry recorded once.
func TestEngineRoundTrip(t *testing.T) {
	t.Parallel()
	s := newStack(t)
	ctx := context.Background()

	in := signedRequest("/in", inboundForm("SMin1", "can you just call me"), acctToken)
	requireTwiML(t, serve(s.inbound, in))
	requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SMin1", "can you just call me"), acctToken)))
	conv, msgs, _ := s.written(t, leadPhone)
	require.Equal(t, store.StateHandoff, conv.State)
	require.Len(t, msgs, 2, "the retry added nothing")

	handled, err := s.disp.RunOnce(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, handled, "the bridge text and the rep notification")
	reqs := s.api.requests()
	require.Len(t, reqs, 1)
	require.Equal(t, leadPhone, reqs[0].Form.Get("To"))
	require.Equal(t, ourLine, reqs[0].Form.Get("From"), "sent from the line the lead wrote to")
	require.Equal(t, msgs[1].Body, reqs[0].Form.Get("Body"))
	require.NotEmpty(t, reqs[0].Header.Get("Idempotency-Key"))
	sid := reqs[0].SID

	for _, st := range []twilio.MessageStatus{twilio.StatusQueued, twilio.StatusSent, twilio.StatusDelivered, twilio.StatusDelivered} {
		requireTwiML(t, serve(s.status, signedRequest("/st", statusForm(sid, st, ""), acctToken)))
	}
	events, err := s.engine.Events(ctx, "acme", conv.ID)
	require.NoError(t, err)
	confirmed := 0
	for _, e := range events {
		if e.Kind == store.EventDelivered && e.Reason == "confirmed" {
			confirmed++
		}
	}
	require.Equal(t, 1, confirmed, "sent and delivered (twice) confirm our echo once")
	conv, _, _ = s.written(t, leadPhone)
	require.Equal(t, store.StateHandoff, conv.State, "a receipt is never a takeover")

	// A receipt for a message we never sent is answered 200 and changes nothing.
	requireTwiML(t, serve(s.status, signedRequest("/st", statusForm("SMunknown", twilio.StatusDelivered, ""), acctToken)))
	after, err := s.engine.Events(ctx, "acme", conv.ID)
	require.NoError(t, err)
	require.Len(t, after, len(events))
}

// Twilio's 21610, whether the REST API answers it or a status callback
// reports it (for a text the engine sent, or one it does not know, such
// as a report that overtook the Sender's reply), suppresses the lead as
// if they had texted STOP. The opt_out event is the carrier's, actor
// system, not the host's: a host's own opt-out of an address is actor
// host (handoff.AddressOptOut.Carrier).
func TestEngineCarrierOptOut(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	optOutActors := func(t *testing.T, s *stack, convID string) []store.Actor {
		t.Helper()
		events, err := s.engine.Events(ctx, "acme", convID)
		require.NoError(t, err)
		var actors []store.Actor
		for _, e := range events {
			if e.Kind == store.EventOptOut {
				actors = append(actors, e.Actor)
			}
		}
		return actors
	}

	t.Run("status callback", func(t *testing.T) {
		t.Parallel()
		s := newStack(t)
		requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SMa", "hi, is this about my house?"), acctToken)))
		_, err := s.disp.RunOnce(ctx)
		require.NoError(t, err)
		reqs := s.api.requests()
		require.Len(t, reqs, 1, "the AI reply")
		fail := statusForm(reqs[0].SID, twilio.StatusUndelivered, "21610")
		requireTwiML(t, serve(s.status, signedRequest("/st", fail, acctToken)))
		requireTwiML(t, serve(s.status, signedRequest("/st", fail, acctToken))) // a retry

		conv, _, suppressed := s.written(t, leadPhone)
		require.True(t, suppressed)
		require.Equal(t, store.StatePaused, conv.State)
		require.Equal(t, store.StatusOptedOut, conv.Status)
		events, err := s.engine.Events(ctx, "acme", conv.ID)
		require.NoError(t, err)
		failed := 0
		for _, e := range events {
			if e.Kind == store.EventDeliveryFailed {
				failed++
				require.Equal(t, "21610 recipient unsubscribed", e.Reason)
			}
		}
		require.Equal(t, 1, failed)
		require.Equal(t, []store.Actor{store.ActorSystem}, optOutActors(t, s, conv.ID))
	})

	t.Run("status callback for a text not known", func(t *testing.T) {
		t.Parallel()
		s := newStack(t)
		requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SMc", "hi, is this about my house?"), acctToken)))
		fail := statusForm("SMsentelsewhere", twilio.StatusUndelivered, "21610")
		requireTwiML(t, serve(s.status, signedRequest("/st", fail, acctToken)))

		conv, _, suppressed := s.written(t, leadPhone)
		require.True(t, suppressed)
		require.Equal(t, store.StatusOptedOut, conv.Status)
		require.Equal(t, []store.Actor{store.ActorSystem}, optOutActors(t, s, conv.ID))
	})

	t.Run("REST answer", func(t *testing.T) {
		t.Parallel()
		s := newStack(t)
		s.api.failTo(leadPhone, 400, 21610)
		requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SMb", "hi, is this about my house?"), acctToken)))
		_, err := s.disp.RunOnce(ctx)
		require.NoError(t, err)
		conv, _, suppressed := s.written(t, leadPhone)
		require.True(t, suppressed)
		require.Equal(t, store.StatusOptedOut, conv.Status)
		require.Equal(t, []store.Actor{store.ActorSystem}, optOutActors(t, s, conv.ID))
	})
}

// A status callback "undelivered" or "failed" with a carrier's error
// code, for a text the REST API accepted, makes it one the engine lists
// as undelivered, with the code and its name, once however often Twilio
// repeats it: the inbox marks it "Not sent". It was only audited, and the
// rep's view showed the text as sent (reviewer W, D1). A report for a
// MessageSid the engine does not know is answered 200 and writes nothing.
func TestEngineCarrierFailureIsUndelivered(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		status twilio.MessageStatus
		code   string
		why    string
	}{
		{twilio.StatusUndelivered, "30003", "the carrier could not deliver it (30003 unreachable destination handset)"},
		{twilio.StatusFailed, "30006", "the carrier could not deliver it (30006 landline or unreachable carrier)"},
		{twilio.StatusUndelivered, "", "the carrier could not deliver it (undelivered)"},
	} {
		t.Run(string(tc.status)+tc.code, func(t *testing.T) {
			t.Parallel()
			s := newStack(t)
			requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SMa", "can you just call me"), acctToken)))
			_, err := s.disp.RunOnce(ctx)
			require.NoError(t, err)
			reqs := s.api.requests()
			require.Len(t, reqs, 1, "the bridge")
			conv, msgs, _ := s.written(t, leadPhone)
			before, err := s.engine.Events(ctx, "acme", conv.ID)
			require.NoError(t, err)
			requireTwiML(t, serve(s.status, signedRequest("/st", statusForm("SMnever", tc.status, tc.code), acctToken)))
			after, err := s.engine.Events(ctx, "acme", conv.ID)
			require.NoError(t, err)
			require.Equal(t, before, after, "an unknown MessageSid writes nothing")

			fail := statusForm(reqs[0].SID, tc.status, tc.code)
			for range 2 {
				requireTwiML(t, serve(s.status, signedRequest("/st", fail, acctToken)))
			}
			got, err := s.engine.Undelivered(ctx, "acme", conv.ID)
			require.NoError(t, err)
			require.Len(t, got, 1)
			require.Equal(t, msgs[1].ID, got[0].MessageID, "the bridge")
			require.Equal(t, tc.why, got[0].Why)
			after, err = s.engine.Events(ctx, "acme", conv.ID)
			require.NoError(t, err)
			failed := 0
			for _, e := range after {
				if e.Kind == store.EventDeliveryFailed {
					failed++
				}
			}
			require.Equal(t, 1, failed, "recorded once")
		})
	}
}

// Served over real HTTP, a body above the cap is refused before it is read
// in full.
func TestEngineHugeBodyOverHTTP(t *testing.T) {
	t.Parallel()
	s := newStack(t)
	srv := httptest.NewServer(s.inbound)
	defer srv.Close()
	form := inboundForm("SMbig", strings.Repeat("x", 1<<20))
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/in", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: publicURL + "/in", Form: form}.Sign(acctToken))
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	_, msgs, _ := s.written(t, leadPhone)
	require.Empty(t, msgs)
}

// A host policy that refuses a new lead (Config.NewConversation wrapping
// handoff.ErrForbidden) is a final 403 with nothing written, not a 500
// that Twilio would retry.
func TestEngineNewConversationRefused(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	engine, err := handoff.NewEngine(st, &handoff.Config{
		NewConversation: func(context.Context, handoff.AddressedInbound) (handoff.StartParams, error) {
			return handoff.StartParams{}, fmt.Errorf("not a lead of ours: %w", handoff.ErrForbidden)
		},
	})
	require.NoError(t, err)
	s := &stack{st: st, engine: engine, inbound: newInbound(t, engine, testConfig())}
	resp := serve(s.inbound, signedRequest("/in", inboundForm("SM1", "hi"), acctToken))
	require.Equal(t, http.StatusForbidden, resp.StatusCode)
	conv, msgs, _ := s.written(t, leadPhone)
	require.Empty(t, conv.ID)
	require.Empty(t, msgs)
}

// A WhatsApp webhook (or any other channel's, "scheme:" before the
// number) is refused with 400 and writes nothing: it is not merged into
// the lead's SMS conversation, nor answered by SMS. Its status callbacks
// are refused too.
func TestEngineChannelAddressRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStack(t)
	requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SM1", "hi, is this about my house?"), acctToken)))
	conv, msgs, _ := s.written(t, leadPhone)
	events, err := s.engine.Events(ctx, "acme", conv.ID)
	require.NoError(t, err)

	for _, f := range []url.Values{
		with(with(inboundForm("SMwa", "hello from whatsapp"), "From", "whatsapp:"+leadPhone), "To", "whatsapp:"+ourLine),
		with(inboundForm("SMwa", "hello from whatsapp"), "From", "whatsapp:"+leadPhone),
		with(inboundForm("SMwa", "STOP"), "To", "whatsapp:"+ourLine),
		with(inboundForm("SMfb", "hi"), "From", "messenger:"+leadPhone),
	} {
		resp := serve(s.inbound, signedRequest("/in", f, acctToken))
		require.Equal(t, http.StatusBadRequest, resp.StatusCode)
		require.Contains(t, readBody(t, resp), "SMS and MMS")
	}
	resp := serve(s.status, signedRequest("/st", with(statusForm("SMwa", twilio.StatusFailed, "21610"), "To", "whatsapp:"+leadPhone), acctToken))
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)

	conv2, msgs2, suppressed := s.written(t, leadPhone)
	require.Equal(t, conv, conv2)
	require.Equal(t, msgs, msgs2, "nothing recorded")
	require.False(t, suppressed)
	events2, err := s.engine.Events(ctx, "acme", conv.ID)
	require.NoError(t, err)
	require.Equal(t, events, events2)
	_, err = s.disp.RunOnce(ctx)
	require.NoError(t, err)
	require.Len(t, s.api.requests(), 1, "only the AI reply to the SMS")
}

// STOP, then START, by webhook: START is answered once, and the AI the
// STOP paused drives again, so the lead's next message is judged and hands
// off into the Hot inbox instead of being recorded for nobody.
func TestEngineStartAfterStop(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStack(t)
	for i, body := range []string{"hi, is this about my house?", "STOP", "START"} {
		requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm(fmt.Sprintf("SM%d", i), body), acctToken)))
	}
	_, err := s.disp.RunOnce(ctx)
	require.NoError(t, err)
	reqs := s.api.requests()
	require.Len(t, reqs, 2, "the opt-out and opt-in confirmations; the AI reply queued before the STOP was cancelled")
	require.Contains(t, reqs[0].Form.Get("Body"), "Reply START")
	require.Contains(t, reqs[1].Form.Get("Body"), "subscribed again")

	requireTwiML(t, serve(s.inbound, signedRequest("/in", inboundForm("SM9", "Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine."), acctToken)))
	conv, _, suppressed := s.written(t, leadPhone)
	require.False(t, suppressed)
	require.Equal(t, store.StateHandoff, conv.State)
	page, err := s.engine.HotInbox(ctx, handoff.HotInboxParams{TenantID: "acme"})
	require.NoError(t, err)
	require.Len(t, page.Entries, 1)
	_, err = s.disp.RunOnce(ctx)
	require.NoError(t, err)
	require.Len(t, s.api.requests(), 3, "and the bridge text")
}

// A program on a US short code: Twilio's webhooks carry To = "55123".
// The handler passes it through as the line, the engine takes it, the
// replies go out From the short code, and the lead's STOP on it opts them
// out.
func TestEngineShortCodeLine(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const shortCode = "55123"
	s := newStack(t)
	cfg := testConfig()
	cfg.Tenant = func(_ context.Context, p twilio.TenantParams) (string, error) {
		if p.AccountSID == acct && p.Line == shortCode {
			return "acme", nil
		}
		return "", twilio.ErrUnknownTenant
	}
	inbound := newInbound(t, s.engine, cfg)
	form := func(sid, body string) url.Values {
		f := inboundForm(sid, body)
		f.Set("To", shortCode)
		return f
	}
	requireTwiML(t, serve(inbound, signedRequest("/in", form("SMs1", "hi, is this about my house?"), acctToken)))
	_, err := s.disp.RunOnce(ctx)
	require.NoError(t, err)
	reqs := s.api.requests()
	require.Len(t, reqs, 1, "the AI reply")
	require.Equal(t, shortCode, reqs[0].Form.Get("From"), "sent from the short code the lead wrote to")

	requireTwiML(t, serve(inbound, signedRequest("/in", form("SMs2", "STOP"), acctToken)))
	var conv store.Conversation
	require.NoError(t, s.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		conv, err = store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: "acme", Line: shortCode, Phone: leadPhone})
		return err
	}))
	require.Equal(t, store.StatusOptedOut, conv.Status, "the STOP on the short code is honoured")
}

// A platform runs one Engine per tenant (its own voice and consent texts)
// on one store. Each tenant's handler, mounted over that tenant's Engine
// with a TenantFunc that knows only its numbers, refuses a request for
// another tenant's number with 404 and writes nothing, in either
// tenant. Behind one URL for every tenant, the handlers call the Engine
// of the tenant the TenantFunc gave (tenantEngines, Example_tenants):
// globex's lead gets globex's confirmation, acme holds nothing of it, and
// a status callback naming globex's message on acme's number is acme's
// unknown message, answered 200 with nothing written (reviewer W).
func TestEngineOneEnginePerTenant(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const acmeLine, globexLine = ourLine, "+15550008888"
	st := memstore.New()
	engines := tenantEngines{}
	for tenant, business := range map[string]string{"acme": "Acme Homes", "globex": "Globex Realty"} {
		var n atomic.Int64
		e, err := handoff.NewEngine(st, &handoff.Config{Voice: bridge.Voice{BusinessName: business},
			Now:   func() time.Time { return time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) },
			NewID: func() string { return fmt.Sprintf("%s%d", tenant, n.Add(1)) }})
		require.NoError(t, err)
		engines[tenant] = e
	}
	owns := func(lines map[string]string) twilio.TenantFunc {
		return func(_ context.Context, p twilio.TenantParams) (string, error) {
			if tenant, ok := lines[p.Line]; ok && p.AccountSID == acct {
				return tenant, nil
			}
			return "", twilio.ErrUnknownTenant
		}
	}
	to := func(line, sid, body string) url.Values { return with(inboundForm(sid, body), "To", line) }
	nothing := func(t *testing.T) {
		t.Helper()
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, tenant := range []string{"acme", "globex"} {
				cs, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: tenant})
				require.NoError(t, err)
				require.Empty(t, cs, tenant)
				_, err = tx.SuppressionGet(ctx, tenant, leadPhone)
				require.ErrorIs(t, err, store.ErrNotFound, tenant)
			}
			return nil
		}))
	}

	cfg := testConfig()
	cfg.Tenant = owns(map[string]string{acmeLine: "acme"})
	acmeOnly := newInbound(t, engines["acme"], cfg)
	resp := serve(acmeOnly, signedRequest("/in", to(globexLine, "SM1", "STOP"), acctToken))
	require.Equal(t, http.StatusNotFound, resp.StatusCode, "acme's handler refuses globex's number")
	nothing(t)

	cfg.Tenant = owns(map[string]string{acmeLine: "acme", globexLine: "globex"})
	inbound, status := newInbound(t, engines, cfg), newStatus(t, engines, cfg)
	require.Equal(t, http.StatusNotFound, serve(inbound, signedRequest("/in", to("+15550007777", "SM2", "STOP"), acctToken)).StatusCode,
		"a number no tenant owns")
	nothing(t)
	requireTwiML(t, serve(inbound, signedRequest("/in", to(globexLine, "SM3", "STOP"), acctToken)))
	var sent []handoff.Delivery
	d, err := handoff.NewDispatcher(engines["acme"], &handoff.DispatcherConfig{Tenants: engines,
		QuietHours: dnc.QuietHours{Start: 0, End: 24},
		Sender: handoff.SenderFunc(func(_ context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			sent = append(sent, d)
			return handoff.SendResult{ProviderID: "SMg1"}, nil
		})})
	require.NoError(t, err)
	_, err = d.RunOnce(ctx)
	require.NoError(t, err)
	require.Len(t, sent, 1)
	require.Equal(t, "globex", sent[0].Conversation.TenantID)
	require.Equal(t, globexLine, sent[0].Conversation.Line)
	require.Contains(t, sent[0].Body, "Globex Realty", "globex's own consent text")
	require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		cs, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: "acme"})
		require.Empty(t, cs, "acme holds nothing of globex's lead")
		return err
	}))

	gconv := sent[0].Conversation.ID
	before, err := engines["globex"].Events(ctx, "globex", gconv)
	require.NoError(t, err)
	requireTwiML(t, serve(status, signedRequest("/st", with(statusForm("SMg1", twilio.StatusUndelivered, "30003"), "From", acmeLine), acctToken)))
	after, err := engines["globex"].Events(ctx, "globex", gconv)
	require.NoError(t, err)
	require.Equal(t, before, after, "globex's message reported on acme's number is not found in acme, and writes nothing")
	requireTwiML(t, serve(status, signedRequest("/st", with(statusForm("SMg1", twilio.StatusUndelivered, "30003"), "From", globexLine), acctToken)))
	nots, err := engines["globex"].Undelivered(ctx, "globex", gconv)
	require.NoError(t, err)
	require.Len(t, nots, 1, "on globex's number, globex's Engine records it")
}
