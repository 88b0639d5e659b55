package inbox_test

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// Mount the Hot inbox at /inbox on the host's mux. Reps sign in through
// the host's Authenticator; here a static list.
func ExampleNew() {
	engine, err := handoff.NewEngine(memstore.New(), nil)
	if err != nil {
		log.Fatal(err)
	}
	auth, err := inbox.NewStaticAuthenticator(
		inbox.Account{Rep: inbox.Rep{TenantID: "acme", ID: "dana", Name: "Dana Whitfield"}, Login: "dana", Password: "s3cret"},
	)
	if err != nil {
		log.Fatal(err)
	}
	h, err := inbox.New(engine, &inbox.Config{
		Auth:       auth,
		SessionKey: []byte(strings.Repeat("k", 32)), // use 32 random bytes, the same on every instance
		BasePath:   "/inbox",
	})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/inbox/", h)

	// A signed-out rep is sent to the sign-in page.
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/inbox/", nil))
	fmt.Println(rec.Code, rec.Header().Get("Location"))
	fmt.Println(rec.Header().Get("X-Frame-Options"))
	// Output:
	// 303 /inbox/login
	// DENY
}
