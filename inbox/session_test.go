package inbox

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store/memstore"
)

func newTestHandler(t testing.TB) *Handler {
	e, err := handoff.NewEngine(memstore.New(), nil)
	require.NoError(t, err)
	auth := AuthenticatorFunc(func(context.Context, Credentials) (Rep, error) { return Rep{}, ErrBadCredentials })
	h, err := New(e, &Config{Auth: auth, SessionKey: []byte(strings.Repeat("s", 32))})
	require.NoError(t, err)
	return h
}

// FuzzSessionCookie: no cookie value a client makes up is a session,
// and none makes the handler fail; only values the key signed are.
func FuzzSessionCookie(f *testing.F) {
	h := newTestHandler(f)
	good, err := h.sign.seal("session", session{Tenant: "acme", RepID: "dana", ID: "x", Expires: time.Now().Add(time.Hour).Unix()})
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add(strings.Replace(good, ".", "..", 1))
	f.Add("eyJ0IjoiYWNtZSIsInIiOiJkYW5hIiwicyI6IngiLCJlIjo5OTk5OTk5OTk5fQ.AAAA")
	f.Add("")
	f.Add(".")
	f.Fuzz(func(t *testing.T, value string) {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.AddCookie(&http.Cookie{Name: h.cfg.CookieName, Value: value})
		s, ok := h.sessionFrom(r)
		if ok {
			// Accepted only if it is exactly what the key signs.
			again, err := h.sign.seal("session", s)
			require.NoError(t, err)
			var back session
			require.NoError(t, h.sign.open("session", again, &back))
			require.Equal(t, s, back)
			require.NotEmpty(t, s.Tenant)
		}
	})
}

// A login token is not a session, and a session is not a login token:
// the purpose is part of what is signed.
func TestSealPurpose(t *testing.T) {
	t.Parallel()
	h := newTestHandler(t)
	v, err := h.sign.seal("login", session{Tenant: "acme", RepID: "dana", ID: "x", Expires: time.Now().Add(time.Hour).Unix()})
	require.NoError(t, err)
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.AddCookie(&http.Cookie{Name: h.cfg.CookieName, Value: v})
	_, ok := h.sessionFrom(r)
	require.False(t, ok)
}

// Behind a proxy that changes Host, the inbox's public origin is listed
// in Config.Origins; any other origin is refused before the action runs.
func TestOrigins(t *testing.T) {
	t.Parallel()
	e, err := handoff.NewEngine(memstore.New(), nil)
	require.NoError(t, err)
	auth := AuthenticatorFunc(func(context.Context, Credentials) (Rep, error) { return Rep{}, ErrBadCredentials })
	h, err := New(e, &Config{Auth: auth, SessionKey: []byte(strings.Repeat("s", 32)), Origins: []string{"https://crm.example.com/"}})
	require.NoError(t, err)
	s := session{Tenant: "acme", RepID: "dana", ID: "x", Expires: time.Now().Add(time.Hour).Unix()}
	cookie, err := h.sign.seal("session", s)
	require.NoError(t, err)
	for origin, want := range map[string]int{
		"https://crm.example.com":  http.StatusNotFound, // allowed: the action runs, and there is no such conversation
		"http://crm.example.com":   http.StatusForbidden,
		"https://evil.example.com": http.StatusForbidden,
	} {
		r := httptest.NewRequest(http.MethodPost, "http://inbox.internal:8080/c/nope/pause", strings.NewReader("csrf="+h.sign.csrfToken(s)))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("Origin", origin)
		r.AddCookie(&http.Cookie{Name: h.cfg.CookieName, Value: cookie})
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		require.Equal(t, want, w.Code, origin)
	}
}
