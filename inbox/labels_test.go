package inbox_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// TestLabelsStartingWithANonASCIILetter: a host's handoff reason and its
// schema's field names may start with any letter ("öffnungszeiten_frage",
// "état"). The inbox capitalised their first byte, which split the
// letter: the rep read "\uFFFD\x96ffnungszeiten frage", invalid UTF-8.
// Each label is capitalised by its first letter.
func TestLabelsStartingWithANonASCIILetter(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := &fixture{st: memstore.New()}
	var err error
	f.eng, err = handoff.NewEngine(f.st, &handoff.Config{
		Schema: qualify.Schema{Name: "fr", Fields: []qualify.Field{"état", "délai"}, Required: 2, MinConfidence: 0.6}})
	require.NoError(t, err)
	auth, err := inbox.NewStaticAuthenticator(inbox.Account{Rep: inbox.Rep{TenantID: acme, ID: "dana", Name: "Dana"}, Login: "dana", Password: "dana-pw"})
	require.NoError(t, err)
	f.h, err = inbox.New(f.eng, &inbox.Config{Auth: auth, SessionKey: []byte(strings.Repeat("k", 32)), BasePath: "/inbox"})
	require.NoError(t, err)
	f.srv = httptest.NewTLSServer(f.h)
	t.Cleanup(f.srv.Close)

	_, err = f.eng.Start(ctx, handoff.StartParams{TenantID: acme, ConversationID: "c1", Lead: store.Lead{Name: "Maria Lopez", Phone: "+12125550142"}})
	require.NoError(t, err)
	_, err = f.eng.Escalate(ctx, handoff.EscalateParams{TenantID: acme, ConversationID: "c1", Reason: "öffnungszeiten_frage", NoBridge: true})
	require.NoError(t, err)

	dana := f.signIn(t, acme, "dana", "dana-pw")
	for _, p := range []string{"/inbox/", "/inbox/c/c1"} {
		_, body := dana.get(p)
		require.True(t, utf8.ValidString(body), p)
		require.Contains(t, body, "Öffnungszeiten frage", p)
		require.Contains(t, body, `<span class="chip-name">État</span>`, p)
		require.Contains(t, body, `<span class="chip-name">Délai</span>`, p)
	}
}
