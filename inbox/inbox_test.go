package inbox_test

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

const (
	acme   = "acme"
	globex = "globex"
)

// fixture is one inbox over one engine, served over TLS (so the default
// Secure cookies are sent), with a Sender that records what the
// Dispatcher delivers.
type fixture struct {
	eng  *handoff.Engine
	st   *memstore.Store
	h    *inbox.Handler
	srv  *httptest.Server
	disp *handoff.Dispatcher

	mu   sync.Mutex
	sent []handoff.Delivery

	summaries atomic.Int32 // Summarizer calls
}

func setup(t *testing.T) *fixture {
	t.Helper()
	return setupWith(t, nil)
}

// setupWith is setup with the inbox's Config adjusted by opt; with
// InsecureCookies set it serves plain HTTP.
func setupWith(t *testing.T, opt func(*inbox.Config)) *fixture {
	t.Helper()
	return setupEngine(t, nil, opt)
}

// setupEngine is setupWith with the engine's Config adjusted by engOpt
// too (its Router, say).
func setupEngine(t *testing.T, engOpt func(*handoff.Config), opt func(*inbox.Config)) *fixture {
	t.Helper()
	f := &fixture{st: memstore.New()}
	rules := dnc.New(nil)
	var err error
	cfg := &handoff.Config{
		Router: route.NewPool(route.Rep{ID: "dana", Name: "Dana Whitfield"}),
		Summarizer: brief.SummarizerFunc(func(context.Context, brief.SummaryInput) (string, error) {
			f.summaries.Add(1)
			return "A model's summary.", nil
		}),
		// "maybe stop" is a possible opt-out, for the review buttons.
		Detector: dnc.DetectorFunc(func(in dnc.Input) dnc.Result {
			if strings.Contains(in.Text, "maybe stop") {
				return dnc.Result{Kind: dnc.PossibleOptOut, Rule: "test:maybe-stop"}
			}
			return rules.Detect(in)
		}),
	}
	if engOpt != nil {
		engOpt(cfg)
	}
	f.eng, err = handoff.NewEngine(f.st, cfg)
	require.NoError(t, err)
	f.disp, err = handoff.NewDispatcher(f.eng, &handoff.DispatcherConfig{
		Sender: handoff.SenderFunc(func(_ context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.sent = append(f.sent, d)
			return handoff.SendResult{}, nil
		}),
		QuietHours: dnc.QuietHours{Start: 0, End: 24},
	})
	require.NoError(t, err)
	auth, err := inbox.NewStaticAuthenticator(
		inbox.Account{Rep: inbox.Rep{TenantID: acme, ID: "dana", Name: "Dana Whitfield"}, Login: "dana", Password: "dana-pw"},
		inbox.Account{Rep: inbox.Rep{TenantID: acme, ID: "sam", Name: "Sam Ortiz"}, Login: "sam", Password: "sam-pw"},
		inbox.Account{Rep: inbox.Rep{TenantID: globex, ID: "gil", Name: "Gil Bates"}, Login: "gil", Password: "gil-pw"},
	)
	require.NoError(t, err)
	icfg := &inbox.Config{Auth: auth, SessionKey: []byte(strings.Repeat("k", 32)), BasePath: "/inbox"}
	if opt != nil {
		opt(icfg)
	}
	f.h, err = inbox.New(f.eng, icfg)
	require.NoError(t, err)
	if icfg.InsecureCookies {
		f.srv = httptest.NewServer(f.h)
	} else {
		f.srv = httptest.NewTLSServer(f.h)
	}
	t.Cleanup(f.srv.Close)
	return f
}

// lead starts a conversation and sends the lead's messages.
func (f *fixture) lead(t *testing.T, tenant, id, name, phone string, msgs ...string) {
	t.Helper()
	ctx := context.Background()
	_, err := f.eng.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id,
		Lead: store.Lead{Name: name, Phone: phone, Source: "web form"}})
	require.NoError(t, err)
	for _, m := range msgs {
		_, err := f.eng.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: m})
		require.NoError(t, err)
	}
}

func (f *fixture) conv(t *testing.T, tenant, id string) store.Conversation {
	t.Helper()
	c, err := f.eng.Conversation(context.Background(), tenant, id)
	require.NoError(t, err)
	return c
}

func (f *fixture) events(t *testing.T, tenant, id string) int {
	t.Helper()
	evs, err := f.eng.Events(context.Background(), tenant, id)
	require.NoError(t, err)
	return len(evs)
}

// rep is a browser-like client: a cookie jar, no redirect following.
type rep struct {
	t    *testing.T
	f    *fixture
	c    *http.Client
	csrf string
}

func (f *fixture) anonymous(t *testing.T) *rep {
	jar, err := cookiejar.New(nil)
	require.NoError(t, err)
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}, Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &rep{t: t, f: f, c: c}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// signIn signs a rep in through the form, as a browser would.
func (f *fixture) signIn(t *testing.T, tenant, login, password string) *rep {
	t.Helper()
	r := f.anonymous(t)
	_, body := r.get("/inbox/login")
	m := csrfField.FindStringSubmatch(body)
	require.NotNil(t, m, "login form has a token")
	res := r.postRaw("/inbox/login", url.Values{"csrf": {m[1]}, "tenant": {tenant}, "login": {login}, "password": {password}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/inbox/", res.Header.Get("Location"))
	_, body = r.get("/inbox/")
	m = csrfField.FindStringSubmatch(body)
	require.NotNil(t, m, "signed-in page has a CSRF token")
	r.csrf = m[1]
	return r
}

func (r *rep) get(path string) (*http.Response, string) {
	r.t.Helper()
	res, err := r.c.Get(r.f.srv.URL + path)
	require.NoError(r.t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(r.t, err)
	return res, string(b)
}

func (r *rep) postRaw(path string, form url.Values) *http.Response {
	r.t.Helper()
	res, err := r.c.PostForm(r.f.srv.URL+path, form)
	require.NoError(r.t, err)
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

// post submits a form with the session's CSRF token.
func (r *rep) post(path string, form url.Values) *http.Response {
	r.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	form.Set("csrf", r.csrf)
	return r.postRaw(path, form)
}

func TestSignIn(t *testing.T) {
	t.Parallel()
	f := setup(t)

	t.Run("wrong password", func(t *testing.T) {
		r := f.anonymous(t)
		_, body := r.get("/inbox/login")
		tok := csrfField.FindStringSubmatch(body)[1]
		res := r.postRaw("/inbox/login", url.Values{"csrf": {tok}, "tenant": {acme}, "login": {"dana"}, "password": {"nope"}})
		require.Equal(t, http.StatusUnauthorized, res.StatusCode)
		for _, c := range res.Cookies() {
			require.NotEqual(t, "handoff_inbox", c.Name, "no session for wrong credentials")
		}
	})
	t.Run("right login in the wrong tenant", func(t *testing.T) {
		r := f.anonymous(t)
		_, body := r.get("/inbox/login")
		tok := csrfField.FindStringSubmatch(body)[1]
		res := r.postRaw("/inbox/login", url.Values{"csrf": {tok}, "tenant": {globex}, "login": {"dana"}, "password": {"dana-pw"}})
		require.Equal(t, http.StatusUnauthorized, res.StatusCode)
	})
	t.Run("login form without its token", func(t *testing.T) {
		r := f.anonymous(t)
		r.get("/inbox/login") // sets the login cookie
		res := r.postRaw("/inbox/login", url.Values{"csrf": {"forged"}, "tenant": {acme}, "login": {"dana"}, "password": {"dana-pw"}})
		require.Equal(t, http.StatusForbidden, res.StatusCode)
		res = f.anonymous(t).postRaw("/inbox/login", url.Values{"tenant": {acme}, "login": {"dana"}, "password": {"dana-pw"}})
		require.Equal(t, http.StatusForbidden, res.StatusCode, "no login cookie at all")
	})
	t.Run("session cookie attributes", func(t *testing.T) {
		r := f.anonymous(t)
		_, body := r.get("/inbox/login")
		tok := csrfField.FindStringSubmatch(body)[1]
		res := r.postRaw("/inbox/login", url.Values{"csrf": {tok}, "tenant": {acme}, "login": {"dana"}, "password": {"dana-pw"}})
		require.Equal(t, http.StatusSeeOther, res.StatusCode)
		var sess *http.Cookie
		for _, c := range res.Cookies() {
			if c.Name == "handoff_inbox" {
				sess = c
			}
		}
		require.NotNil(t, sess)
		assert.True(t, sess.HttpOnly)
		assert.True(t, sess.Secure)
		assert.Equal(t, http.SameSiteLaxMode, sess.SameSite)
		assert.Equal(t, "/inbox", sess.Path)
		assert.Equal(t, 12*3600, sess.MaxAge)
	})
	t.Run("signed in, the login page goes to the list", func(t *testing.T) {
		r := f.signIn(t, acme, "dana", "dana-pw")
		res, _ := r.get("/inbox/login")
		require.Equal(t, http.StatusSeeOther, res.StatusCode)
	})
}

func TestMissingSession(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	r := f.anonymous(t)
	for _, p := range []string{"/inbox/", "/inbox/c/c1", "/inbox/?filter=mine"} {
		res, _ := r.get(p)
		require.Equal(t, http.StatusSeeOther, res.StatusCode, p)
		require.Equal(t, "/inbox/login", res.Header.Get("Location"), p)
	}
	for _, p := range []string{"/inbox/live", "/inbox/c/c1/live"} {
		res, _ := r.get(p)
		require.Equal(t, http.StatusUnauthorized, res.StatusCode, p)
	}
	before := f.events(t, acme, "c1")
	for _, a := range []string{"accept", "decline", "complete", "takeover", "reply", "pause", "resume", "review"} {
		res := r.postRaw("/inbox/c/c1/"+a, url.Values{"body": {"hi"}, "decision": {"release"}})
		require.Equal(t, http.StatusForbidden, res.StatusCode, a)
	}
	require.Equal(t, before, f.events(t, acme, "c1"), "nothing written")
	require.Equal(t, store.StateHandoff, f.conv(t, acme, "c1").State)
}

func TestForgedCSRF(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	sam := f.signIn(t, acme, "sam", "sam-pw")
	require.NotEqual(t, dana.csrf, sam.csrf, "one token per session")
	again := f.signIn(t, acme, "dana", "dana-pw")
	require.NotEqual(t, dana.csrf, again.csrf, "a new sign-in is a new session")
	before := f.events(t, acme, "c1")

	cases := map[string]url.Values{
		"no token":                  {},
		"empty token":               {"csrf": {""}},
		"forged token":              {"csrf": {"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}},
		"another session's token":   {"csrf": {sam.csrf}},
		"token with a byte flipped": {"csrf": {flip(dana.csrf)}},
	}
	for name, form := range cases {
		for _, a := range []string{"accept", "decline", "complete", "takeover", "reply", "pause", "resume", "review"} {
			form.Set("body", "hello")
			form.Set("decision", "release")
			res := dana.postRaw("/inbox/c/c1/"+a, form)
			require.Equal(t, http.StatusForbidden, res.StatusCode, "%s: %s", name, a)
		}
		res := dana.postRaw("/inbox/logout", form)
		require.Equal(t, http.StatusForbidden, res.StatusCode, "%s: logout", name)
	}
	require.Equal(t, before, f.events(t, acme, "c1"), "nothing written")

	t.Run("a cross-site request with the right token", func(t *testing.T) {
		req, err := http.NewRequest(http.MethodPost, f.srv.URL+"/inbox/c/c1/takeover", strings.NewReader(url.Values{"csrf": {dana.csrf}}.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://evil.example")
		res, err := dana.c.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusForbidden, res.StatusCode)
		require.Equal(t, before, f.events(t, acme, "c1"))
	})
	t.Run("a same-origin request says so", func(t *testing.T) {
		u, _ := url.Parse(f.srv.URL)
		req, err := http.NewRequest(http.MethodPost, f.srv.URL+"/inbox/c/c1/pause", strings.NewReader(url.Values{"csrf": {dana.csrf}}.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://"+u.Host)
		res, err := dana.c.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		require.Equal(t, http.StatusSeeOther, res.StatusCode)
		require.Equal(t, store.StatePaused, f.conv(t, acme, "c1").State)
		before = f.events(t, acme, "c1")
	})
	t.Run("the right token works", func(t *testing.T) {
		res := dana.post("/inbox/c/c1/takeover", nil)
		require.Equal(t, http.StatusSeeOther, res.StatusCode)
		require.Equal(t, store.StateHuman, f.conv(t, acme, "c1").State)
	})
}

func flip(s string) string {
	b := []byte(s)
	if b[0] == 'A' {
		b[0] = 'B'
	} else {
		b[0] = 'A'
	}
	return string(b)
}

func TestTamperedSession(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	gil := f.signIn(t, globex, "gil", "gil-pw")
	u, _ := url.Parse(f.srv.URL + "/inbox/")
	var cookie *http.Cookie
	for _, c := range gil.c.Jar.Cookies(u) {
		if c.Name == "handoff_inbox" {
			cookie = c
		}
	}
	require.NotNil(t, cookie)
	payload, sig, ok := strings.Cut(cookie.Value, ".")
	require.True(t, ok)
	// Gil rewrites the tenant in his cookie: the signature no longer
	// matches, so he is signed out rather than let into acme.
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	require.NoError(t, err)
	forged := strings.Replace(string(raw), `"t":"globex"`, `"t":"acme"`, 1)
	require.NotEqual(t, string(raw), forged)
	evil := f.anonymous(t)
	evil.c.Jar.SetCookies(u, []*http.Cookie{{Name: "handoff_inbox", Value: base64.RawURLEncoding.EncodeToString([]byte(forged)) + "." + sig, Path: "/inbox"}})
	res, _ := evil.get("/inbox/c/c1")
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/inbox/login", res.Header.Get("Location"))
}

func TestExpiredSession(t *testing.T) {
	t.Parallel()
	f := setup(t)
	now := time.Now()
	auth, err := inbox.NewStaticAuthenticator(inbox.Account{Rep: inbox.Rep{TenantID: acme, ID: "dana"}, Login: "dana", Password: "pw"})
	require.NoError(t, err)
	var clock struct {
		sync.Mutex
		add int64
	}
	h, err := inbox.New(f.eng, &inbox.Config{Auth: auth, SessionKey: []byte(strings.Repeat("x", 32)), InsecureCookies: true,
		SessionTTL: time.Hour, Now: func() time.Time {
			clock.Lock()
			defer clock.Unlock()
			return now.Add(time.Duration(clock.add))
		}})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	r := &rep{t: t, f: &fixture{srv: srv}}
	jar, _ := cookiejar.New(nil)
	r.c = &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	_, body := r.get("/login")
	res := r.postRaw("/login", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}, "tenant": {acme}, "login": {"dana"}, "password": {"pw"}})
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	for _, c := range res.Cookies() {
		if c.Name == "handoff_inbox" {
			assert.False(t, c.Secure, "InsecureCookies drops Secure")
		}
	}
	res, _ = r.get("/")
	require.Equal(t, http.StatusOK, res.StatusCode)
	clock.Lock()
	clock.add = int64(time.Hour + time.Second)
	clock.Unlock()
	res, _ = r.get("/")
	require.Equal(t, http.StatusSeeOther, res.StatusCode, "an expired session is no session, whatever the browser keeps")
}

func TestTenantIsolation(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	f.lead(t, globex, "g1", "Gus Grant", "+12125550199", "call me please")
	gil := f.signIn(t, globex, "gil", "gil-pw")

	_, body := gil.get("/inbox/")
	require.Contains(t, body, "Gus Grant")
	require.NotContains(t, body, "Maria Lopez", "another tenant's lead is not in the list")

	for _, p := range []string{"/inbox/c/c1", "/inbox/c/c1/live", "/inbox/c/no-such-id", "/inbox/c/%00bad"} {
		res, body := gil.get(p)
		require.Equal(t, http.StatusNotFound, res.StatusCode, p)
		require.NotContains(t, body, "Maria", p)
	}
	before := f.events(t, acme, "c1")
	for _, a := range []string{"accept", "decline", "complete", "takeover", "reply", "pause", "resume", "review"} {
		res := gil.post("/inbox/c/c1/"+a, url.Values{"body": {"hi from globex"}, "decision": {"optout"}})
		require.Equal(t, http.StatusNotFound, res.StatusCode, a)
	}
	require.Equal(t, before, f.events(t, acme, "c1"), "nothing written to acme")
	require.Equal(t, store.StateHandoff, f.conv(t, acme, "c1").State)
	msgs, err := f.eng.Transcript(context.Background(), acme, "c1")
	require.NoError(t, err)
	for _, m := range msgs {
		require.NotEqual(t, "hi from globex", m.Body)
	}
}

func TestListChipsReasonAndFilters(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	f.lead(t, acme, "c2", "Tom Reed", "+12125550143", "I inherited the house from my dad", "the roof leaks but otherwise it's fine")
	f.lead(t, acme, "c3", "Quiet Lead", "+12125550144", "hello")
	// Sam takes c2 over: it is his now, and still Hot.
	sam := f.signIn(t, acme, "sam", "sam-pw")
	require.Equal(t, http.StatusSeeOther, sam.post("/inbox/c/c2/takeover", nil).StatusCode)

	dana := f.signIn(t, acme, "dana", "dana-pw")
	res, body := dana.get("/inbox/")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, "Maria Lopez")
	require.Contains(t, body, "Tom Reed")
	require.NotContains(t, body, "Quiet Lead", "not hot")
	require.Contains(t, body, `<span class="reason">Explicit ask</span>`)
	require.Contains(t, body, `<span class="reason">Qualification fields filled</span><span class="detail">two fields: motivation &#43; condition</span>`)
	require.Contains(t, body, `<span class="chip-name">Motivation</span><span class="chip-value">inherited</span>`)
	require.Contains(t, body, `<span class="chip unknown"><span class="chip-name">Price</span><span class="chip-value">not yet</span></span>`)
	require.Equal(t, 4, strings.Count(section(body, "Maria Lopez"), `class="chip-name"`), "four chips")
	require.Contains(t, body, "Waiting for a rep")
	require.Contains(t, body, "Rep driving")
	require.Regexp(t, `All <span class="count">2</span>`, body)
	require.Regexp(t, `Mine <span class="count">1</span>`, body, "c1 was routed to Dana")
	// Sam took Tom over from Dana: the inbox names Sam (from the
	// Authenticator), whatever name the router recorded for Dana.
	require.Contains(t, section(body, "Tom Reed"), `<span class="assigned">Sam Ortiz</span>`)
	require.Contains(t, body, `Sam Ortiz <span class="count">1</span>`)

	_, mine := dana.get("/inbox/?filter=mine")
	require.Contains(t, mine, "Maria Lopez")
	require.NotContains(t, mine, "Tom Reed")
	_, sams := dana.get("/inbox/?filter=rep:sam")
	require.Contains(t, sams, "Tom Reed")
	require.NotContains(t, sams, "Maria Lopez")
	_, none := dana.get("/inbox/?filter=unassigned")
	require.Contains(t, none, "No hot leads for this filter")
}

// section is the part of the page from needle to the end of its list item.
func section(body, needle string) string {
	i := strings.Index(body, needle)
	if i < 0 {
		return ""
	}
	j := strings.Index(body[i:], "</li>")
	return body[i : i+j]
}

func TestConversationPage(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "I inherited it from my dad", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	res, body := dana.get("/inbox/c/c1")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, body, `<h1 id="lead-name">Maria Lopez</h1>`)
	require.Contains(t, body, "Explicit ask")
	require.Contains(t, body, `<span class="chip-value">inherited</span>`)
	// Gray inbound bubbles, blue outbound ones with the AI tag, and the
	// bridge last with its time.
	require.Equal(t, 2, strings.Count(body, `<li class="msg in">`))
	require.Contains(t, body, `<li class="msg out bridge">`)
	thread := body[strings.Index(body, `id="thread"`):]
	last := thread[strings.LastIndex(thread, `<li class="msg`):]
	require.Contains(t, last, "bridge")
	require.Contains(t, last, `<span class="tag ai">AI</span>`)
	require.Regexp(t, `<span class="bridge-label">Bridge</span><time datetime="[0-9T:-]+Z">`, last)
	// The brief.
	require.Contains(t, body, "Already answered")
	require.Contains(t, body, "motivation: inherited")
	// The actions of a handoff assigned to Dana.
	require.Contains(t, body, `id="accept"`)
	require.Contains(t, body, `id="decline"`)
	require.Contains(t, body, `id="complete"`)
	require.Contains(t, body, `id="takeover"`)
	require.Contains(t, body, `id="pause"`)
	require.Contains(t, body, `id="resume"`)
	require.NotContains(t, body, `id="confirm-optout"`)
}

func TestScriptIsText(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", `<script>alert("x")</script>`, "+12125550142", `<script>alert("pwned")</script> <img src=x onerror=alert(1)>`, "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	for _, p := range []string{"/inbox/", "/inbox/c/c1", "/inbox/c/c1/live", "/inbox/live"} {
		_, body := dana.get(p)
		require.NotContains(t, body, "<script>alert", p)
		require.NotContains(t, body, "<img src=x", p)
	}
	_, body := dana.get("/inbox/c/c1")
	require.Contains(t, body, `&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;`)
}

func TestActions(t *testing.T) {
	t.Parallel()
	f := setup(t)
	ctx := context.Background()
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")

	res := dana.post("/inbox/c/c1/takeover", nil)
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/inbox/c/c1?n=taken", res.Header.Get("Location"))
	c := f.conv(t, acme, "c1")
	require.Equal(t, store.StateHuman, c.State)
	require.Equal(t, "dana", c.AssignedTo)
	_, body := dana.get("/inbox/c/c1?n=taken")
	require.Contains(t, body, "You have the thread")
	require.NotContains(t, body, `id="takeover"`)

	res = dana.post("/inbox/c/c1/reply", url.Values{"body": {"Hi Maria, Dana here. Is 4pm good?"}})
	require.Equal(t, "/inbox/c/c1?n=sent", res.Header.Get("Location"))
	_, err := f.disp.RunOnce(ctx)
	require.NoError(t, err)
	f.mu.Lock()
	var got []string
	for _, d := range f.sent {
		got = append(got, string(d.Item.Kind)+": "+d.Body)
	}
	f.mu.Unlock()
	require.Contains(t, got, "rep_sms: Hi Maria, Dana here. Is 4pm good?")
	_, body = dana.get("/inbox/c/c1")
	require.Contains(t, body, `<span class="tag rep">You</span>`)

	res = dana.post("/inbox/c/c1/reply", url.Values{"body": {"   "}})
	require.Equal(t, "/inbox/c/c1?e=empty", res.Header.Get("Location"))

	res = dana.post("/inbox/c/c1/pause", nil)
	require.Equal(t, "/inbox/c/c1?n=paused", res.Header.Get("Location"))
	require.Equal(t, store.StatePaused, f.conv(t, acme, "c1").State)
	res = dana.post("/inbox/c/c1/pause", nil)
	require.Equal(t, "/inbox/c/c1?e=transition", res.Header.Get("Location"), "pausing twice is refused, and said so")
	_, body = dana.get("/inbox/c/c1?e=transition")
	require.Contains(t, body, "does not apply")

	res = dana.post("/inbox/c/c1/resume", nil)
	require.Equal(t, "/inbox/c/c1?n=resumed", res.Header.Get("Location"))
	require.Equal(t, store.StateAIActive, f.conv(t, acme, "c1").State)

	t.Run("review of a possible opt-out", func(t *testing.T) {
		f.lead(t, acme, "c2", "Ann Park", "+12125550150", "maybe stop for now")
		c := f.conv(t, acme, "c2")
		require.Equal(t, store.StatePaused, c.State)
		_, list := dana.get("/inbox/")
		require.Contains(t, list, `<span class="reason">Possible opt-out</span>`)
		_, body := dana.get("/inbox/c/c2")
		require.Contains(t, body, `id="confirm-optout"`)
		require.Contains(t, body, `id="release"`)
		require.NotContains(t, body, `id="resume"`)
		require.Equal(t, http.StatusBadRequest, dana.post("/inbox/c/c2/review", url.Values{"decision": {"maybe"}}).StatusCode)
		res := dana.post("/inbox/c/c2/review", url.Values{"decision": {"release"}})
		require.Equal(t, "/inbox/c/c2?n=released", res.Header.Get("Location"))
		require.Equal(t, store.StateAIActive, f.conv(t, acme, "c2").State)
		_, body = dana.get("/inbox/c/c2?n=released")
		require.Contains(t, body, "The AI carries on")
		require.NotContains(t, body, "Possible opt-out", "a review that is over is no handoff reason (reviewer R's D5)")
		require.NotContains(t, body, "confirm it")

		f.lead(t, acme, "c3", "Bo Lin", "+12125550151", "maybe stop")
		res = dana.post("/inbox/c/c3/review", url.Values{"decision": {"optout"}})
		require.Equal(t, "/inbox/c/c3?n=optout", res.Header.Get("Location"))
		c = f.conv(t, acme, "c3")
		require.Equal(t, store.StatusOptedOut, c.Status)
		res = dana.post("/inbox/c/c3/reply", url.Values{"body": {"still there?"}})
		require.Equal(t, "/inbox/c/c3?e=optedout", res.Header.Get("Location"), "nothing is sent to an opted-out lead")
	})
}

func TestAcceptDeclineComplete(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	f.lead(t, acme, "c2", "Tom Reed", "+12125550143", "call me please")
	require.Equal(t, "dana", f.conv(t, acme, "c1").AssignedTo)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	sam := f.signIn(t, acme, "sam", "sam-pw")

	_, body := sam.get("/inbox/c/c1")
	require.NotContains(t, body, `id="accept"`, "not Sam's to accept")
	require.NotContains(t, body, `id="decline"`)
	res := sam.post("/inbox/c/c1/accept", nil)
	require.Equal(t, "/inbox/c/c1?e=forbidden", res.Header.Get("Location"))
	_, body = sam.get("/inbox/c/c1?e=forbidden")
	require.Contains(t, body, "assigned to another rep")

	res = dana.post("/inbox/c/c1/accept", nil)
	require.Equal(t, "/inbox/c/c1?n=accepted", res.Header.Get("Location"))
	c := f.conv(t, acme, "c1")
	require.Equal(t, store.StateHandoff, c.State, "accepted: the AI stays silent, the rep writes next")
	require.False(t, c.EngagedAt.IsZero())
	_, body = dana.get("/inbox/c/c1")
	require.Contains(t, body, `>Accepted</span>`)
	require.NotContains(t, body, `id="accept"`)

	res = dana.post("/inbox/c/c1/complete", nil)
	require.Equal(t, "/inbox/c/c1?n=done", res.Header.Get("Location"))
	require.Equal(t, store.StatusClosed, f.conv(t, acme, "c1").Status)
	_, list := dana.get("/inbox/")
	require.NotContains(t, list, "Maria Lopez", "done leads leave the Hot inbox")
	_, body = dana.get("/inbox/c/c1")
	require.Contains(t, body, `>Done</span>`, "the conversation stays readable")

	require.Equal(t, "dana", f.conv(t, acme, "c2").AssignedTo)
	res = dana.post("/inbox/c/c2/decline", nil)
	require.Equal(t, "/inbox/c/c2?n=declined", res.Header.Get("Location"))
	evs, err := f.eng.Events(context.Background(), acme, "c2")
	require.NoError(t, err)
	require.Equal(t, store.EventDecline, evs[len(evs)-1].Kind, "Dana is the only rep: the engine escalates to the team")
	require.Equal(t, store.RepActor("dana"), evs[len(evs)-1].Actor)
}

func TestLiveUpdates(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, page := dana.get("/inbox/c/c1")
	m := regexp.MustCompile(`data-etag="([^"]+)"`).FindStringSubmatch(page)
	require.NotNil(t, m)
	etag := strings.ReplaceAll(m[1], "&#34;", `"`)

	get := func(path, etag string) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		res, err := dana.c.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		return res
	}
	res := get("/inbox/c/c1/live", etag)
	require.Equal(t, http.StatusNotModified, res.StatusCode, "the page's fragment is the live one")
	_, err := f.eng.Receive(context.Background(), handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "after 5 works"})
	require.NoError(t, err)
	res = get("/inbox/c/c1/live", etag)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.NotEqual(t, etag, res.Header.Get("ETag"))
	_, frag := dana.get("/inbox/c/c1/live")
	require.Contains(t, frag, "after 5 works")
	require.NotContains(t, frag, "<html", "a fragment, not a page")

	res = get("/inbox/live", "")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, http.StatusNotModified, get("/inbox/live", res.Header.Get("ETag")).StatusCode)
}

func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	for _, p := range []string{"/inbox/", "/inbox/login", "/inbox/c/c1", "/inbox/c/c1/live", "/inbox/live", "/inbox/c/nope",
		"/inbox/static/style.css", "/inbox/static/app.js", "/inbox/nowhere"} {
		res, body := dana.get(p)
		csp := res.Header.Get("Content-Security-Policy")
		require.Contains(t, csp, "script-src 'self'", p)
		require.NotContains(t, csp, "unsafe-inline", p)
		require.Contains(t, csp, "frame-ancestors 'none'", p)
		require.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"), p)
		require.Equal(t, "DENY", res.Header.Get("X-Frame-Options"), p)
		if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			require.NotRegexp(t, `<script>|<script [^>]*>[^<]|\son[a-z]+=`, body, "%s: no inline script or handler", p)
		}
	}
	res, _ := dana.get("/inbox/c/c1")
	require.Equal(t, "no-store", res.Header.Get("Cache-Control"), "pages with lead data are not cached")
}

func TestStaticAndRoutes(t *testing.T) {
	t.Parallel()
	f := setup(t)
	r := f.anonymous(t)
	res, body := r.get("/inbox/static/style.css")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "text/css; charset=utf-8", res.Header.Get("Content-Type"))
	require.Contains(t, body, ".bubble")
	res, _ = r.get("/inbox/static/app.js")
	require.Equal(t, "text/javascript; charset=utf-8", res.Header.Get("Content-Type"))
	res, _ = r.get("/inbox/static/nope.js")
	require.Equal(t, http.StatusNotFound, res.StatusCode)
	res, _ = r.get("/inbox")
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/inbox/", res.Header.Get("Location"))
	res, _ = r.get("/inbox/c/c1/takeover")
	require.Equal(t, http.StatusMethodNotAllowed, res.StatusCode, "actions are POST only")
}

func TestLogout(t *testing.T) {
	t.Parallel()
	f := setup(t)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	res := dana.post("/inbox/logout", nil)
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
	require.Equal(t, "/inbox/login", res.Header.Get("Location"))
	res, _ = dana.get("/inbox/")
	require.Equal(t, http.StatusSeeOther, res.StatusCode)
}

func TestConfig(t *testing.T) {
	t.Parallel()
	f := setup(t)
	auth, err := inbox.NewStaticAuthenticator()
	require.NoError(t, err)
	key := []byte(strings.Repeat("k", 32))
	for name, cfg := range map[string]*inbox.Config{
		"nil":          nil,
		"no auth":      {SessionKey: key},
		"short key":    {Auth: auth, SessionKey: []byte("short")},
		"base path /":  {Auth: auth, SessionKey: key, BasePath: "/"},
		"relative":     {Auth: auth, SessionKey: key, BasePath: "inbox"},
		"cookie name":  {Auth: auth, SessionKey: key, CookieName: "a b"},
		"negative ttl": {Auth: auth, SessionKey: key, SessionTTL: -1},
		"max entries":  {Auth: auth, SessionKey: key, MaxEntries: -1},
		"max counted":  {Auth: auth, SessionKey: key, MaxCounted: -1},
	} {
		_, err := inbox.New(f.eng, cfg)
		require.Error(t, err, name)
	}
	_, err = inbox.New(nil, &inbox.Config{Auth: auth, SessionKey: key})
	require.Error(t, err)
	_, err = inbox.NewStaticAuthenticator(inbox.Account{Rep: inbox.Rep{TenantID: acme, ID: "a"}, Login: "a"})
	require.Error(t, err, "no password")
}

// TestPagesCallNoModel: the conversation page and its live poll build the
// brief from what they read; only the handoff asks the Summarizer.
func TestPagesCallNoModel(t *testing.T) {
	f := setup(t)
	f.lead(t, acme, "c1", "Maria", "+15550100001", "can you just call me")
	before := f.summaries.Load()
	require.Positive(t, before, "the handoff's notification is summarized")
	r := f.signIn(t, acme, "dana", "dana-pw")
	for range 3 {
		for _, p := range []string{"/inbox/c/c1", "/inbox/c/c1/live"} {
			res, _ := r.get(p)
			require.Equal(t, http.StatusOK, res.StatusCode, p)
		}
	}
	require.Equal(t, before, f.summaries.Load(), "a page view is not a model call")
}
