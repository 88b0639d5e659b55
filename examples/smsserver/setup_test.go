package main

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
)

const (
	testAccount = "AC11111111111111111111111111111111"
	testToken   = "test-auth-token"
	ourNumber   = "+12125550100"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// fakeTwilio is Twilio's Messages API as the REST Sender sees it: it
// records every message and answers with a SID.
type fakeTwilio struct {
	srv  *httptest.Server
	mu   sync.Mutex
	sent []url.Values
}

func newFakeTwilio(t *testing.T) *fakeTwilio {
	f := &fakeTwilio{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/Accounts/"+testAccount+"/Messages.json") {
			http.NotFound(w, r)
			return
		}
		if u, p, ok := r.BasicAuth(); !ok || u != testAccount || p != testToken {
			http.Error(w, `{"code":20003,"message":"Authenticate","status":401}`, http.StatusUnauthorized)
			return
		}
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.sent = append(f.sent, r.PostForm)
		n := len(f.sent)
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, `{"sid":"SMfake`+strings.Repeat("0", 3)+string(rune('a'+n%26))+`","status":"queued"}`)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// bodies returns the texts sent so far.
func (f *fakeTwilio) bodies() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, v := range f.sent {
		out = append(out, v.Get("Body"))
	}
	return out
}

// waitSent waits until a text containing want was sent to the API.
func (f *fakeTwilio) waitSent(t *testing.T, want string) url.Values {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		f.mu.Lock()
		for _, v := range f.sent {
			if strings.Contains(v.Get("Body"), want) {
				f.mu.Unlock()
				return v
			}
		}
		f.mu.Unlock()
	}
	t.Fatalf("no text containing %q reached the Sender in 10s; sent: %q", want, f.bodies())
	return nil
}

// server is a running smsserver on a loopback port.
type server struct {
	app    *app
	url    string
	dbPath string
	api    *fakeTwilio
	stop   context.CancelFunc
	done   chan error
}

// start runs the server with the REST sender against a fake Twilio API
// and quiet hours off, so every text goes at once.
func start(t *testing.T) *server {
	t.Helper()
	api := newFakeTwilio(t)
	ln, base := listen(t)
	var err error
	s := &server{url: base, dbPath: filepath.Join(t.TempDir(), "smsserver.db"), api: api}
	s.app, err = newApp(context.Background(), config{
		DBPath: s.dbPath, PublicURL: s.url, Tenant: "demo", Business: "Maple Key Home Buyers",
		Reps:       "dana:dana-pw:Dana Whitfield,sam:sam-pw:Sam Ortiz",
		Twilio:     twilioEnv{AccountSID: testAccount, AuthToken: testToken, APIBase: api.srv.URL},
		QuietHours: dnc.QuietHours{Start: 0, End: 24},
		PollEvery:  300 * time.Millisecond,
		Drain:      2 * time.Second,
		Logger:     slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		ln.Close()
		require.NoError(t, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.stop, s.done = cancel, make(chan error, 1)
	go func() { s.done <- s.app.serve(ctx, ln) }()
	t.Cleanup(func() { s.shutdown(t) })
	return s
}

// shutdown stops the server as SIGTERM does and waits for it.
func (s *server) shutdown(t *testing.T) {
	if s.stop == nil {
		return
	}
	s.stop()
	s.stop = nil
	select {
	case err := <-s.done:
		require.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not stop within 30s")
	}
}

// inbound posts a signed inbound message, as Twilio would.
func (s *server) inbound(t *testing.T, from, body string) *http.Response {
	t.Helper()
	form, sig := signedInbound(s.url+"/twilio/sms", testAccount, testToken, url.Values{"From": {from}, "To": {ourNumber}, "Body": {body}})
	return s.post(t, "/twilio/sms", form, sig)
}

func (s *server) post(t *testing.T, path string, form url.Values, sig string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, s.url+path, strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if sig != "" {
		req.Header.Set(twilio.SignatureHeader, sig)
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// rows counts what the server wrote, table by table, reading the SQLite
// file directly.
func (s *server) rows(t *testing.T) map[string]int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+s.dbPath+"?mode=ro")
	require.NoError(t, err)
	defer db.Close()
	out := map[string]int{}
	for _, table := range []string{"handoff_conversations", "handoff_messages", "handoff_events", "handoff_outbox", "handoff_suppressions"} {
		var n int
		require.NoError(t, db.QueryRow("SELECT count(*) FROM "+table).Scan(&n))
		out[table] = n
	}
	return out
}

// listen opens a loopback listener and returns it with its base URL.
func listen(t *testing.T) (net.Listener, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	return ln, "http://" + ln.Addr().String()
}

// syncBuffer is a bytes.Buffer safe for the console sender's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testWriter sends the server's log to the test's log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Logf("%s", bytes.TrimRight(p, "\n"))
	return len(p), nil
}

// conversationOf is the lead's conversation on our number.
func conversationOf(t *testing.T, s *server, phone string) store.Conversation {
	t.Helper()
	var c store.Conversation
	err := s.app.engine.Store().View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		c, err = store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: "demo", Line: ourNumber, Phone: phone})
		return err
	})
	require.NoError(t, err)
	return c
}
