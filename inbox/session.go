package inbox

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

// session is what the signed session cookie carries. The cookie is
// base64url(JSON) "." base64url(HMAC-SHA256(key, "session|" JSON)); nothing
// in it is secret, everything in it is authenticated.
type session struct {
	Tenant  string `json:"t"`
	RepID   string `json:"r"`
	Name    string `json:"n,omitempty"`
	ID      string `json:"s"` // random per sign-in; the CSRF token derives from it
	Expires int64  `json:"e"` // Unix seconds
}

var errBadCookie = errors.New("inbox: invalid session cookie")

// signer signs and checks cookie values and derives CSRF tokens.
type signer struct{ key []byte }

func (s signer) mac(purpose string, b []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(purpose))
	m.Write([]byte{'|'})
	m.Write(b)
	return m.Sum(nil)
}

func (s signer) seal(purpose string, v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString(b) + "." + enc.EncodeToString(s.mac(purpose, b)), nil
}

func (s signer) open(purpose, value string, v any) error {
	p, sig, ok := strings.Cut(value, ".")
	if !ok || len(value) > 4096 {
		return errBadCookie
	}
	enc := base64.RawURLEncoding
	b, err1 := enc.DecodeString(p)
	got, err2 := enc.DecodeString(sig)
	if err1 != nil || err2 != nil || !hmac.Equal(got, s.mac(purpose, b)) {
		return errBadCookie
	}
	if err := json.Unmarshal(b, v); err != nil {
		return errBadCookie
	}
	return nil
}

// csrfToken is the session's CSRF token: an HMAC of its random ID, so it
// is fixed for the session, unguessable without the key, and never stored.
func (s signer) csrfToken(sess session) string {
	return base64.RawURLEncoding.EncodeToString(s.mac("csrf", []byte(sess.Tenant+"\x00"+sess.RepID+"\x00"+sess.ID)))
}

// checkToken compares a submitted token with the expected one in constant
// time.
func checkToken(got, want string) bool {
	return want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

func randomToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		panic("inbox: crypto/rand failed: " + err.Error()) // never on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// sessionFrom returns the request's valid, unexpired session.
func (h *Handler) sessionFrom(r *http.Request) (session, bool) {
	c, err := r.Cookie(h.cfg.CookieName)
	if err != nil {
		return session{}, false
	}
	var s session
	if err := h.sign.open("session", c.Value, &s); err != nil {
		return session{}, false
	}
	if s.Tenant == "" || s.RepID == "" || s.ID == "" || h.now().Unix() >= s.Expires {
		return session{}, false
	}
	return s, true
}

func (h *Handler) cookie(name, value string, maxAge time.Duration) *http.Cookie {
	c := &http.Cookie{Name: name, Value: value, Path: h.cookiePath(), HttpOnly: true,
		Secure: !h.cfg.InsecureCookies, SameSite: h.cfg.SameSite}
	if maxAge > 0 {
		c.MaxAge = int(maxAge / time.Second)
		c.Expires = h.now().Add(maxAge)
	} else {
		c.MaxAge = -1
	}
	return c
}

func (h *Handler) cookiePath() string {
	if h.cfg.BasePath == "" {
		return "/"
	}
	return h.cfg.BasePath
}

// loginState is the pre-session cookie of the sign-in form: a random
// token repeated in the form, so a third-party page cannot sign a victim
// in to the attacker's account (login CSRF).
type loginState struct {
	Token   string `json:"k"`
	Expires int64  `json:"e"`
}

const (
	loginCookieSuffix = "_login"
	loginTTL          = time.Hour
)
