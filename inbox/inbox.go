package inbox

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Config configures a [Handler]. Zero fields mean the documented defaults;
// [New] applies them to a copy.
type Config struct {
	// Auth checks reps' credentials on the sign-in page. Required.
	Auth Authenticator
	// SessionKey signs session cookies and derives CSRF tokens (HMAC-SHA256).
	// Required; at least 32 bytes of secret randomness, the same on every
	// instance serving the inbox. Changing it signs every rep out.
	SessionKey []byte
	// SessionTTL is how long a sign-in lasts. Zero means 12 hours.
	SessionTTL time.Duration
	// CookieName names the session cookie. "" means "handoff_inbox".
	CookieName string
	// InsecureCookies drops the Secure attribute from cookies, for serving
	// the inbox over plain HTTP on localhost during development. Leave it
	// false in production: cookies are then sent over HTTPS only.
	InsecureCookies bool
	// SameSite is the cookies' SameSite mode. Zero means
	// http.SameSiteLaxMode, which keeps links to the inbox from other
	// sites working while every POST also needs the CSRF token;
	// http.SameSiteStrictMode is stricter still.
	SameSite http.SameSite

	// BasePath is the path the handler is mounted at, without a trailing
	// slash: "" for the root, "/inbox" for
	// mux.Handle("/inbox/", h). The handler sees full request paths (no
	// http.StripPrefix) and builds its links and cookie path from it.
	BasePath string
	// Origins are the origins ("https://crm.example.com") the inbox is
	// served under when a proxy in front of it changes the Host header.
	// A POST whose Origin header names neither the request's Host nor one
	// of these is refused. Nil means the request's Host only.
	Origins []string
	// Title is the page title. "" means "Hot inbox".
	Title string
	// Location is the time zone times are shown in. Nil means UTC.
	Location *time.Location
	// PollInterval is how often an open page asks for changes (a cheap
	// request answered 304 when nothing changed). Zero means 3 seconds;
	// negative turns live updates off.
	PollInterval time.Duration
	// MaxEntries is how many Hot conversations one page of the list
	// shows, newest handoff first; its "Older" link (the engine's
	// HotInbox cursor) shows the next ones, so every Hot lead can be
	// reached. Zero means 1,000.
	MaxEntries int
	// MaxCounted bounds how many Hot conversations the list reads, a
	// HotInbox page at a time on every view and live update, to count
	// them in all and per rep (the title and the filters' counts), and
	// how many a filtered page reads looking for its leads before it
	// offers "Older". Past it each count reads as at least its value
	// ("1000+"). Zero means 10,000.
	MaxCounted int

	// Now is the clock for session expiry. Nil means time.Now.
	Now func() time.Time
	// Logger receives errors the pages cannot show. Nil discards them.
	Logger *slog.Logger
}

func (c *Config) withDefaults() (Config, error) {
	var cfg Config
	if c != nil {
		cfg = *c
	}
	if cfg.Auth == nil {
		return cfg, errors.New("inbox: Config.Auth is nil")
	}
	if len(cfg.SessionKey) < 32 {
		return cfg, errors.New("inbox: Config.SessionKey must be at least 32 bytes")
	}
	cfg.SessionKey = append([]byte(nil), cfg.SessionKey...)
	if cfg.SessionTTL < 0 {
		return cfg, errors.New("inbox: Config.SessionTTL is negative")
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	if cfg.CookieName == "" {
		cfg.CookieName = "handoff_inbox"
	}
	if !validCookieName(cfg.CookieName) {
		return cfg, fmt.Errorf("inbox: Config.CookieName %q is not a valid cookie name", cfg.CookieName)
	}
	if cfg.SameSite == 0 {
		cfg.SameSite = http.SameSiteLaxMode
	}
	if cfg.BasePath != "" && (!strings.HasPrefix(cfg.BasePath, "/") || strings.HasSuffix(cfg.BasePath, "/") ||
		strings.ContainsAny(cfg.BasePath, "{}?#% ")) {
		return cfg, fmt.Errorf("inbox: Config.BasePath %q must start with / and not end with one", cfg.BasePath)
	}
	if cfg.Title == "" {
		cfg.Title = "Hot inbox"
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 3 * time.Second
	}
	if cfg.MaxEntries < 0 {
		return cfg, errors.New("inbox: Config.MaxEntries is negative")
	}
	if cfg.MaxEntries == 0 {
		cfg.MaxEntries = 1000
	}
	if cfg.MaxCounted < 0 {
		return cfg, errors.New("inbox: Config.MaxCounted is negative")
	}
	if cfg.MaxCounted == 0 {
		cfg.MaxCounted = 10_000
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

func validCookieName(s string) bool {
	for _, r := range s {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune("()<>@,;:\\\"/[]?={}", r) {
			return false
		}
	}
	return s != ""
}

// Handler serves the Hot inbox: the sign-in page, the list of Hot
// conversations and each conversation with its actions. It is an
// [http.Handler] safe for concurrent use; mount it at Config.BasePath.
type Handler struct {
	e      *handoff.Engine
	cfg    Config
	sign   signer
	mux    *http.ServeMux
	pages  map[string]*template.Template
	static fs.FS
	// staticVersion is a digest of the embedded static files, added to
	// their URLs so browsers may cache them for good.
	staticVersion string
}

// New returns the Hot inbox over e. Every page and action is scoped to the
// signed-in rep's tenant.
func New(e *handoff.Engine, cfg *Config) (*Handler, error) {
	if e == nil {
		return nil, errors.New("inbox: New: engine is nil")
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	h := &Handler{e: e, cfg: c, sign: signer{key: c.SessionKey}, mux: http.NewServeMux()}
	if h.static, err = fs.Sub(staticFS, "static"); err != nil {
		return nil, err
	}
	if h.staticVersion, err = digestFS(h.static); err != nil {
		return nil, err
	}
	if h.pages, err = parsePages(h.funcs()); err != nil {
		return nil, err
	}
	h.routes()
	return h, nil
}

func digestFS(fsys fs.FS) (string, error) {
	sum := sha256.New()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		sum.Write([]byte(path))
		sum.Write(b)
		return err
	})
	return hex.EncodeToString(sum.Sum(nil))[:12], err
}

func (h *Handler) now() time.Time { return h.cfg.Now() }

// path is the URL path of a route of the handler.
func (h *Handler) path(p string) string { return h.cfg.BasePath + p }

// convPath is the path of a conversation's page, the root of its live
// fragment and actions: the ID escaped as one path segment, since the
// engine takes IDs a URL path cannot hold as they are ("zillow/8812",
// "lead#42", "q?1"). The mux unescapes the segment, so r.PathValue("id")
// is the ID again.
func (h *Handler) convPath(id string) string { return h.path("/c/" + url.PathEscape(id)) }

// routes registers every route. Paths are relative to Config.BasePath.
// {id} is the conversation ID escaped as one path segment
// (url.PathEscape: "zillow/8812" is zillow%2F8812), as every link, form
// and live URL of the pages writes it; the IDs "." and "..", which no URL
// path can hold as a segment, cannot be opened here.
//
//	GET  /                       the Hot list (?filter=all|mine|unassigned|rep:ID, &cursor= of an Older link)
//	GET  /live                   the list's live fragment (same query; ETag, 304 when unchanged)
//	GET  /login, POST /login     sign in
//	POST /logout                 sign out
//	GET  /c/{id}                 one conversation: chips, reason, bubbles, brief, actions
//	GET  /c/{id}/live            its live fragment
//	POST /c/{id}/accept          the rep accepts the handoff (it is theirs; the AI stays silent)
//	POST /c/{id}/decline         the assigned rep passes it to the next rep
//	POST /c/{id}/complete        done with the lead: it leaves the Hot inbox
//	POST /c/{id}/takeover        the rep takes the thread (AI silenced)
//	POST /c/{id}/reply           the rep's text, sent through the Dispatcher
//	POST /c/{id}/pause           nothing automated speaks
//	POST /c/{id}/resume          hand back to the AI
//	POST /c/{id}/review          decision on a possible opt-out (decision=optout|release)
//	GET  /static/{file}          CSS and JS
func (h *Handler) routes() {
	m := h.mux
	if h.cfg.BasePath != "" {
		m.HandleFunc("GET "+h.cfg.BasePath, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, h.path("/"), http.StatusSeeOther)
		})
	}
	m.HandleFunc("GET "+h.path("/{$}"), h.page(h.list))
	m.HandleFunc("GET "+h.path("/live"), h.fragment(h.listLive))
	m.HandleFunc("GET "+h.path("/login"), h.loginForm)
	m.HandleFunc("POST "+h.path("/login"), h.login)
	m.HandleFunc("POST "+h.path("/logout"), h.action(h.logout))
	m.HandleFunc("GET "+h.path("/c/{id}"), h.page(h.conversation))
	m.HandleFunc("GET "+h.path("/c/{id}/live"), h.fragment(h.conversationLive))
	m.HandleFunc("POST "+h.path("/c/{id}/accept"), h.action(h.accept))
	m.HandleFunc("POST "+h.path("/c/{id}/decline"), h.action(h.decline))
	m.HandleFunc("POST "+h.path("/c/{id}/complete"), h.action(h.complete))
	m.HandleFunc("POST "+h.path("/c/{id}/takeover"), h.action(h.takeOver))
	m.HandleFunc("POST "+h.path("/c/{id}/reply"), h.action(h.reply))
	m.HandleFunc("POST "+h.path("/c/{id}/pause"), h.action(h.pause))
	m.HandleFunc("POST "+h.path("/c/{id}/resume"), h.action(h.resume))
	m.HandleFunc("POST "+h.path("/c/{id}/review"), h.action(h.review))
	m.HandleFunc("GET "+h.path("/static/{file}"), h.serveStatic)
}

// ServeHTTP implements [http.Handler]. Every response carries the security
// headers: a Content-Security-Policy that allows only the handler's own
// scripts and styles (no inline script) and no framing, nosniff, no
// referrer across origins, and no caching of pages.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "same-origin")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) serveStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := fs.ReadFile(h.static, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	switch {
	case strings.HasSuffix(name, ".css"):
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case strings.HasSuffix(name, ".js"):
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	default:
		w.Header().Set("Content-Type", "application/octet-stream")
	}
	if r.URL.Query().Get("v") == h.staticVersion {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "no-cache")
	}
	_, _ = w.Write(b)
}
