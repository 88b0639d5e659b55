package twilio_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
)

// fakeAPI is an httptest server shaped like Twilio's Messages API: POST
// /2010-04-01/Accounts/{AccountSid}/Messages.json with basic auth and a
// form, answering 201 with the message resource or an error body
// {code, message, more_info, status}.
type fakeAPI struct {
	*httptest.Server
	account, user, pass string

	mu   sync.Mutex
	sent []apiRequest
	// fail, by To number, is the error to answer with.
	fail map[string]apiFailure
	// block, when set, holds every request until it is closed.
	block chan struct{}
}

type apiRequest struct {
	Form   url.Values
	Header http.Header
	SID    string
}

type apiFailure struct {
	status int
	code   int
	raw    string // a non-JSON body instead of Twilio's error
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{account: acct, user: acct, pass: "api-token", fail: map[string]apiFailure{}}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	if f.block != nil {
		select {
		case <-f.block:
		case <-r.Context().Done():
			return
		}
	}
	if r.Method != http.MethodPost || r.URL.Path != "/2010-04-01/Accounts/"+f.account+"/Messages.json" {
		writeAPIError(w, http.StatusNotFound, 20404, "The requested resource was not found")
		return
	}
	if u, p, ok := r.BasicAuth(); !ok || u != f.user || p != f.pass {
		writeAPIError(w, http.StatusUnauthorized, 20003, "Authenticate")
		return
	}
	if err := r.ParseForm(); err != nil {
		writeAPIError(w, http.StatusBadRequest, 21600, "bad form")
		return
	}
	to := r.PostForm.Get("To")
	f.mu.Lock()
	fail, failing := f.fail[to]
	sid := fmt.Sprintf("SM%032d", len(f.sent)+1)
	if failing {
		sid = ""
	}
	f.sent = append(f.sent, apiRequest{Form: r.PostForm, Header: r.Header.Clone(), SID: sid})
	f.mu.Unlock()
	switch {
	case failing && fail.raw != "":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(fail.status)
		fmt.Fprint(w, fail.raw)
	case failing:
		writeAPIError(w, fail.status, fail.code, fmt.Sprintf("The 'To' number %s is not a valid phone number.", to))
	case r.PostForm.Get("Body") == "":
		writeAPIError(w, http.StatusBadRequest, 21602, "Message body is required.")
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(map[string]any{
			"sid": sid, "account_sid": f.account, "to": to, "from": r.PostForm.Get("From"),
			"body": r.PostForm.Get("Body"), "status": "queued", "num_segments": "1", "api_version": "2010-04-01",
			"uri": "/2010-04-01/Accounts/" + f.account + "/Messages/" + sid + ".json",
		})
	}
}

func writeAPIError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{
		"code": code, "message": msg, "more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code), "status": status,
	})
}

func (f *fakeAPI) requests() []apiRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]apiRequest(nil), f.sent...)
}

func (f *fakeAPI) failTo(to string, status, code int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[to] = apiFailure{status: status, code: code}
}

func (f *fakeAPI) failRaw(to string, status int, body string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[to] = apiFailure{status: status, raw: body}
}
