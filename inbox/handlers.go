package inbox

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// maxForm bounds a POST body: a reply is at most a few KB.
const maxForm = 64 << 10

// errNotFound is what every page and action answers for a conversation
// that is not the signed-in tenant's, whether it exists elsewhere or not.
var errNotFound = errors.New("inbox: not found")

// errBadCursor answers a list page whose cursor is not one the engine
// gave (a mangled or made-up Older link).
var errBadCursor = errors.New("inbox: not a page of the list")

// page wraps a handler of a full page: without a valid session the rep
// is sent to the sign-in page.
func (h *Handler) page(fn func(context.Context, *http.Request, session) (string, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.sessionFrom(r)
		if !ok {
			http.Redirect(w, r, h.path("/login"), http.StatusSeeOther)
			return
		}
		name, data, err := fn(r.Context(), r, s)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		if p, ok := data.(interface{ pg() *page }); ok && p.pg().PollMS > 0 {
			if _, etag, err := h.renderLive(name, data); err == nil {
				p.pg().ETag = etag
			}
		}
		h.render(w, http.StatusOK, name, data)
	}
}

// fragment wraps a live fragment: 401 without a session (the page's
// script then reloads, which leads to the sign-in page), 304 when the
// fragment is the one the browser has.
func (h *Handler) fragment(fn func(context.Context, *http.Request, session) (string, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.sessionFrom(r)
		if !ok {
			http.Error(w, "sign in again", http.StatusUnauthorized)
			return
		}
		name, data, err := fn(r.Context(), r, s)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		b, etag, err := h.renderLive(name, data)
		if err != nil {
			h.cfg.Logger.ErrorContext(r.Context(), "inbox: render fragment", "template", name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Cache-Control", "no-cache, private")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(b)
	}
}

// renderLive renders a page's live fragment and its ETag: its
// "fragment" template when it has one (the conversation's: the live part
// and the brief, for the script to put in the brief's pane), else "live".
func (h *Handler) renderLive(name string, data any) ([]byte, string, error) {
	var buf bytes.Buffer
	tmpl := "live"
	if h.pages[name].Lookup("fragment") != nil {
		tmpl = "fragment"
	}
	if err := h.pages[name].ExecuteTemplate(&buf, tmpl, data); err != nil {
		return nil, "", err
	}
	sum := sha256.Sum256(buf.Bytes())
	return buf.Bytes(), `"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`, nil
}

// action wraps a POST: it needs a valid session, a same-origin request
// when the browser says where it came from, and the session's CSRF token
// in the form, compared in constant time. A failure changes nothing.
func (h *Handler) action(fn func(http.ResponseWriter, *http.Request, session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, ok := h.sessionFrom(r)
		if !ok {
			h.forbidden(w, "Your session has ended. Sign in again.")
			return
		}
		if !h.sameOrigin(r) {
			h.forbidden(w, "This request came from another site.")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		if !checkToken(r.PostForm.Get("csrf"), h.sign.csrfToken(s)) {
			h.forbidden(w, "The form expired. Go back, reload the page and try again.")
			return
		}
		fn(w, r, s)
	}
}

// sameOrigin rejects a request whose Origin header (or, lacking it,
// Sec-Fetch-Site) says it came from another site: the Origin must name the
// request's Host or one of Config.Origins. Requests without either (old
// browsers, tools) rely on the CSRF token alone.
func (h *Handler) sameOrigin(r *http.Request) bool {
	if o := r.Header.Get("Origin"); o != "" && o != "null" {
		u, err := url.Parse(o)
		if err != nil {
			return false
		}
		if strings.EqualFold(u.Host, r.Host) {
			return true
		}
		for _, allowed := range h.cfg.Origins {
			if strings.EqualFold(strings.TrimSuffix(allowed, "/"), u.Scheme+"://"+u.Host) {
				return true
			}
		}
		return false
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		return false
	}
	return true
}

func (h *Handler) forbidden(w http.ResponseWriter, msg string) {
	h.render(w, http.StatusForbidden, "error", errorView{page: h.base(session{}), Status: http.StatusForbidden, Message: msg})
}

// fail answers an engine error: not found (including another tenant's
// conversation and a malformed ID) is 404, a list cursor the engine did
// not give 400, anything else 500 and logged.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, errBadCursor) {
		h.render(w, http.StatusBadRequest, "error", errorView{page: h.base(session{}), Status: http.StatusBadRequest,
			Message: "That page of the Hot list does not exist. Start again from the newest leads."})
		return
	}
	if errors.Is(err, errNotFound) || errors.Is(err, store.ErrNotFound) || errors.Is(err, handoff.ErrInvalidInput) {
		h.render(w, http.StatusNotFound, "error", errorView{page: h.base(session{}), Status: http.StatusNotFound,
			Message: "No such conversation in your workspace."})
		return
	}
	h.cfg.Logger.ErrorContext(r.Context(), "inbox: request failed", "path", r.URL.Path, "err", err)
	h.render(w, http.StatusInternalServerError, "error", errorView{page: h.base(session{}), Status: http.StatusInternalServerError,
		Message: "Something went wrong. Try again in a moment."})
}

func (h *Handler) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		h.cfg.Logger.Error("inbox: render page", "template", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// loginForm shows the sign-in form with a fresh login token.
func (h *Handler) loginForm(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.sessionFrom(r); ok {
		http.Redirect(w, r, h.path("/"), http.StatusSeeOther)
		return
	}
	h.showLogin(w, http.StatusOK, "", "")
}

func (h *Handler) showLogin(w http.ResponseWriter, status int, tenant, msg string) {
	st := loginState{Token: randomToken(), Expires: h.now().Add(loginTTL).Unix()}
	v, err := h.sign.seal("login", st)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, h.cookie(h.cfg.CookieName+loginCookieSuffix, v, loginTTL))
	h.render(w, status, "login", loginView{page: h.base(session{}), Token: st.Token, Tenant: tenant, Error: msg})
}

// login checks the login token against its cookie, then the credentials
// through Config.Auth, and sets the session cookie.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	var st loginState
	c, err := r.Cookie(h.cfg.CookieName + loginCookieSuffix)
	if err != nil || h.sign.open("login", c.Value, &st) != nil || h.now().Unix() >= st.Expires ||
		!checkToken(r.PostForm.Get("csrf"), st.Token) || !h.sameOrigin(r) {
		h.showLogin(w, http.StatusForbidden, r.PostForm.Get("tenant"), "The sign-in form expired. Try again.")
		return
	}
	cred := Credentials{Tenant: strings.TrimSpace(r.PostForm.Get("tenant")), Login: strings.TrimSpace(r.PostForm.Get("login")),
		Password: r.PostForm.Get("password")}
	rep, err := h.cfg.Auth.Authenticate(r.Context(), cred)
	switch {
	case errors.Is(err, ErrBadCredentials) || (err == nil && (rep.TenantID == "" || rep.ID == "")):
		h.showLogin(w, http.StatusUnauthorized, cred.Tenant, "Those details did not match an account.")
		return
	case err != nil:
		h.cfg.Logger.ErrorContext(r.Context(), "inbox: authenticate", "err", err)
		h.showLogin(w, http.StatusInternalServerError, cred.Tenant, "Sign-in is unavailable right now.")
		return
	}
	s := session{Tenant: rep.TenantID, RepID: rep.ID, Name: rep.Name, ID: randomToken(), Expires: h.now().Add(h.cfg.SessionTTL).Unix()}
	v, err := h.sign.seal("session", s)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, h.cookie(h.cfg.CookieName+loginCookieSuffix, "", 0))
	http.SetCookie(w, h.cookie(h.cfg.CookieName, v, h.cfg.SessionTTL))
	http.Redirect(w, r, h.path("/"), http.StatusSeeOther)
}

func (h *Handler) logout(w http.ResponseWriter, r *http.Request, _ session) {
	http.SetCookie(w, h.cookie(h.cfg.CookieName, "", 0))
	http.Redirect(w, r, h.path("/login"), http.StatusSeeOther)
}
