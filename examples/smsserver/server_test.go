package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
)

func TestForgedSignatureWritesNothing(t *testing.T) {
	t.Parallel()
	s := start(t)
	before := s.rows(t)
	form, sig := signedInbound(s.url+"/twilio/sms", testAccount, testToken,
		url.Values{"From": {"+12125550142"}, "To": {ourNumber}, "Body": {"can you just call me"}})

	cases := map[string]func() (url.Values, string){
		"no signature": func() (url.Values, string) { return form, "" },
		"signed with another token": func() (url.Values, string) {
			return form, twilioSign(s.url+"/twilio/sms", "not-the-token", form)
		},
		"body changed after signing": func() (url.Values, string) {
			f := cloneValues(form)
			f.Set("Body", "STOP")
			return f, sig
		},
		"signed for another URL": func() (url.Values, string) {
			return form, twilioSign("https://elsewhere.example/twilio/sms", testToken, form)
		},
		"another account": func() (url.Values, string) {
			f := cloneValues(form)
			f.Set("AccountSid", "AC22222222222222222222222222222222")
			return f, twilioSign(s.url+"/twilio/sms", testToken, f)
		},
	}
	for name, c := range cases {
		f, sg := c()
		res := s.post(t, "/twilio/sms", f, sg)
		require.Equal(t, http.StatusForbidden, res.StatusCode, name)
	}
	require.Equal(t, before, s.rows(t), "a forged webhook writes nothing")
	require.Empty(t, s.api.bodies())

	res := s.post(t, "/twilio/sms", form, sig)
	require.Equal(t, http.StatusOK, res.StatusCode, "the genuine request is accepted")
	require.Greater(t, s.rows(t)["handoff_messages"], before["handoff_messages"])
}

func twilioSign(target, token string, form url.Values) string {
	return twilio.SignedRequest{URL: target, Form: form}.Sign(token)
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func TestWebhookRetryIsRecordedOnce(t *testing.T) {
	t.Parallel()
	s := start(t)
	form, sig := signedInbound(s.url+"/twilio/sms", testAccount, testToken,
		url.Values{"From": {"+12125550142"}, "To": {ourNumber}, "Body": {"I inherited the house"}})
	for range 3 {
		require.Equal(t, http.StatusOK, s.post(t, "/twilio/sms", form, sig).StatusCode)
	}
	conv := conversationOf(t, s, "+12125550142")
	msgs, err := s.app.engine.Transcript(context.Background(), "demo", conv.ID)
	require.NoError(t, err)
	leads := 0
	for _, m := range msgs {
		if m.Origin == store.OriginLead {
			leads++
		}
	}
	require.Equal(t, 1, leads, "Twilio's retries carry the same MessageSid")
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	s := start(t)
	res, err := http.Get(s.url + "/healthz")
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "ok\n", string(b))

	res, err = http.Get(s.url + "/")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, "/inbox/login", res.Request.URL.Path, "the root leads to the inbox, which asks to sign in")
}

// TestGracefulShutdown: the texts a webhook queued just before SIGTERM
// still reach the Sender, the server stops accepting, and the database is
// closed cleanly.
func TestGracefulShutdown(t *testing.T) {
	t.Parallel()
	s := start(t)
	require.Equal(t, http.StatusOK, s.inbound(t, "+12125550142", "can you just call me").StatusCode)
	bridge := bridgeText(t, s, conversationOf(t, s, "+12125550142"))
	s.shutdown(t)
	s.api.waitSent(t, bridge)
	_, err := http.Get(s.url + "/healthz")
	require.Error(t, err, "no longer accepting")
	rows := s.rows(t)
	require.Equal(t, 1, rows["handoff_conversations"])
}

// TestConsoleSender runs the server as a developer does without Twilio
// credentials: nothing leaves the machine, texts are printed, webhooks
// are signed with the development account. A handoff notifies its rep; a
// possible opt-out, which no rep holds, notifies the team.
func TestConsoleSender(t *testing.T) {
	t.Parallel()
	var out syncBuffer
	ln, s := listen(t)
	a, err := newApp(context.Background(), config{DBPath: t.TempDir() + "/dev.db", PublicURL: s, Tenant: "demo",
		Business: "Maple Key Home Buyers", Reps: "dana:dana", QuietHours: dnc.QuietHours{Start: 0, End: 24}, Stdout: &out})
	require.NoError(t, err)
	require.Equal(t, "console", a.senderName)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.serve(ctx, ln) }()

	var cmd bytes.Buffer
	require.NoError(t, signCommand([]string{"-url", s + "/twilio/sms", "From=+12125550142", "To=" + ourNumber, "Body=can you just call me"}, &cmd))
	require.Contains(t, cmd.String(), "X-Twilio-Signature: ")
	inbound := func(from, body string) {
		t.Helper()
		form, sig := signedInbound(s+"/twilio/sms", devAccountSID, devAuthToken,
			url.Values{"From": {from}, "To": {ourNumber}, "Body": {body}})
		req, _ := http.NewRequest(http.MethodPost, s+"/twilio/sms", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Twilio-Signature", sig)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
	}
	inbound("+12125550142", "can you just call me")

	page, err := a.engine.HotInbox(ctx, handoff.HotInboxParams{TenantID: "demo"})
	require.NoError(t, err)
	require.Len(t, page.Entries, 1)
	require.Equal(t, store.StateHandoff, page.Entries[0].Conversation.State)
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "[sms bridge_sms] to +12125550142 from "+ourNumber) },
		10*time.Second, 20*time.Millisecond, "printed: %s", out.String())
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "[notify dana]") }, 10*time.Second, 20*time.Millisecond)

	inbound("+12125550143", "can you end the reminder calls on my calendar? I get two for the same visit")
	require.Eventually(t, func() bool { return strings.Contains(out.String(), "[notify the team]") }, 10*time.Second, 20*time.Millisecond)
	cancel()
	require.NoError(t, <-done)
}

// TestPostgres runs the server on PostgreSQL (-dsn) instead of SQLite.
func TestPostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.URL(t)
	api := newFakeTwilio(t)
	ln, base := listen(t)
	a, err := newApp(context.Background(), config{DSN: dsn, PublicURL: base, Tenant: "demo", Reps: "dana:dana",
		Twilio:     twilioEnv{AccountSID: testAccount, AuthToken: testToken, APIBase: api.srv.URL},
		QuietHours: dnc.QuietHours{Start: 0, End: 24}})
	require.NoError(t, err)
	require.Equal(t, "postgres", a.storeName)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.serve(ctx, ln) }()
	s := &server{app: a, url: base, api: api}

	require.Equal(t, http.StatusOK, s.inbound(t, "+12125550142", "can you just call me").StatusCode)
	c := conversationOf(t, s, "+12125550142")
	require.Equal(t, store.StateHandoff, c.State)
	api.waitSent(t, bridgeText(t, s, c))
	res, err := http.Get(base + "/healthz")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	cancel()
	require.NoError(t, <-done)
}
