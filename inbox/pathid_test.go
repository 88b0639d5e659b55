package inbox_test

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// TestConversationIDsThatAreNotPathSegments: the engine takes any
// identifier as a conversation ID, and a host's CRM key may hold a "/",
// "#", "?", "%" or a space ("zillow/8812", "lead#42"). The inbox built its
// links, form actions and live-update URLs from the raw ID, so the rep's
// click on such a Hot lead went to /inbox/c/zillow/8812 (or cut the ID at
// "#" or "?") and got a 404: the lead could not be opened, accepted or
// answered. Every URL of the inbox escapes the ID as one path segment, and
// the handler reads it back whole.
func TestConversationIDsThatAreNotPathSegments(t *testing.T) {
	t.Parallel()
	f := setup(t)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	attr := func(body, name string) []string {
		var out []string
		for _, m := range regexp.MustCompile(name+`="([^"]*)"`).FindAllStringSubmatch(body, -1) {
			out = append(out, html.UnescapeString(m[1]))
		}
		return out
	}
	for i, id := range []string{"zillow/8812", "lead#42", "q?1", "50%off", "a b", "ünï/ç?x#y&z=1", "c/live"} {
		t.Run(url.PathEscape(id), func(t *testing.T) {
			f.lead(t, acme, id, "Maria Lopez", fmt.Sprintf("+1212555%04d", 100+i), "can you just call me")
			require.Equal(t, store.StateHandoff, f.conv(t, acme, id).State)
			want := "/inbox/c/" + url.PathEscape(id)

			_, list := dana.get("/inbox/")
			entry := regexp.MustCompile(`class="entry" href="([^"]*)" data-id="` + regexp.QuoteMeta(html.EscapeString(id)) + `"`).FindStringSubmatch(list)
			require.NotNil(t, entry, "the Hot lead is listed")
			require.Equal(t, want, html.UnescapeString(entry[1]))
			_, live := dana.get("/inbox/live")
			require.Contains(t, attr(live, "href"), want, "the list's live fragment links the same")

			res, page := dana.get(want)
			require.Equal(t, http.StatusOK, res.StatusCode)
			require.Contains(t, page, `<h1 id="lead-name">Maria Lopez</h1>`)
			require.Equal(t, []string{want + "/live"}, attr(page, "data-live"))
			actions := attr(page, "action")
			require.Contains(t, actions, want+"/reply")
			require.Contains(t, actions, want+"/accept")
			res, _ = dana.get(want + "/live")
			require.Equal(t, http.StatusOK, res.StatusCode)

			res = dana.post(want+"/accept", nil)
			require.Equal(t, http.StatusSeeOther, res.StatusCode)
			require.Equal(t, want+"?n=accepted", res.Header.Get("Location"))
			require.False(t, f.conv(t, acme, id).EngagedAt.IsZero(), "the rep accepted this lead")
			res = dana.post(want+"/reply", url.Values{"body": {"Hi Maria, Dana here."}})
			require.Equal(t, want+"?n=sent", res.Header.Get("Location"))
			c := f.conv(t, acme, id)
			require.Equal(t, store.StateHuman, c.State)
			require.Equal(t, "dana", c.AssignedTo)
		})
	}
}
