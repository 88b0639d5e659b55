package inbox_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
)

// sevenHot hands off c1..c7 (c7 the newest) to Dana, the only rep of the
// pool; Sam takes c2 and c5 over, so they stay Hot as his.
func sevenHot(t *testing.T, f *fixture) {
	t.Helper()
	for i := 1; i <= 7; i++ {
		f.lead(t, acme, fmt.Sprintf("c%d", i), fmt.Sprintf("Lead %d", i), fmt.Sprintf("+1212555%04d", i), "can you just call me")
	}
	sam := f.signIn(t, acme, "sam", "sam-pw")
	for _, id := range []string{"c2", "c5"} {
		require.Equal(t, http.StatusSeeOther, sam.post("/inbox/c/"+id+"/takeover", nil).StatusCode)
	}
}

var (
	entryIDs  = regexp.MustCompile(`<a class="entry" href="[^"]*" data-id="([^"]+)"`)
	olderLink = regexp.MustCompile(`<a class="older" href="([^"]+)"`)
	countOf   = func(label string) *regexp.Regexp {
		return regexp.MustCompile(regexp.QuoteMeta(label) + ` <span class="count">([0-9+]+)</span>`)
	}
)

// listPage is what one page of the list shows.
type listPage struct {
	ids   []string
	older string // the Older link's path and query, "" when none
	body  string
}

func readList(t *testing.T, r *rep, path string) listPage {
	t.Helper()
	res, body := r.get(path)
	require.Equal(t, http.StatusOK, res.StatusCode, path)
	p := listPage{body: body}
	for _, m := range entryIDs.FindAllStringSubmatch(body, -1) {
		p.ids = append(p.ids, m[1])
	}
	if m := olderLink.FindStringSubmatch(body); m != nil {
		u, err := url.Parse("/inbox/")
		require.NoError(t, err)
		ref, err := url.Parse(html.UnescapeString(m[1]))
		require.NoError(t, err)
		p.older = u.ResolveReference(ref).RequestURI()
	}
	return p
}

func count(t *testing.T, body, label string) string {
	t.Helper()
	m := countOf(label).FindStringSubmatch(body)
	require.NotNil(t, m, "no count for %s", label)
	return m[1]
}

// TestListPagesThroughEveryHotLead: with more Hot leads than a page
// holds, the counts are the true totals and the Older link (the engine's
// cursor) leads page by page to the oldest, longest-waiting leads.
func TestListPagesThroughEveryHotLead(t *testing.T) {
	t.Parallel()
	f := setupWith(t, func(c *inbox.Config) { c.MaxEntries = 3 })
	sevenHot(t, f)
	dana := f.signIn(t, acme, "dana", "dana-pw")

	first := readList(t, dana, "/inbox/")
	require.Equal(t, []string{"c7", "c6", "c5"}, first.ids, "the newest page first")
	require.Contains(t, first.body, "<title>Hot inbox (7)</title>")
	require.Contains(t, first.body, `<span class="total">7</span>`)
	require.Equal(t, "7", count(t, first.body, "All"))
	require.Equal(t, "5", count(t, first.body, "Mine"))
	require.Equal(t, "0", count(t, first.body, "Unassigned"))
	require.Equal(t, "5", count(t, first.body, "Dana Whitfield"))
	require.Equal(t, "2", count(t, first.body, "Sam Ortiz"))
	require.NotContains(t, first.body, `class="newest"`)

	// The Older link carries the engine's own cursor, escaped.
	engine, err := f.eng.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: acme, Limit: 3})
	require.NoError(t, err)
	require.Equal(t, "/inbox/?filter=all&cursor="+url.QueryEscape(engine.Next), first.older)

	second := readList(t, dana, first.older)
	require.Equal(t, []string{"c4", "c3", "c2"}, second.ids)
	require.Equal(t, "7", count(t, second.body, "All"), "the counts do not depend on the page")
	require.Contains(t, second.body, `<a class="newest" href="?filter=all">`)
	third := readList(t, dana, second.older)
	require.Equal(t, []string{"c1"}, third.ids, "the oldest lead is reachable")
	require.Empty(t, third.older, "no Older link on the last page")

	// The live fragment of an older page is that page.
	q, err := url.Parse(first.older)
	require.NoError(t, err)
	live := readList(t, dana, "/inbox/live?"+q.RawQuery)
	require.Equal(t, second.ids, live.ids)
	require.NotContains(t, live.body, "<html")

	t.Run("a filter pages through its own leads", func(t *testing.T) {
		mine := readList(t, dana, "/inbox/?filter=mine")
		require.Equal(t, []string{"c7", "c6", "c4"}, mine.ids)
		require.Contains(t, mine.older, "/inbox/?filter=mine&cursor=")
		next := readList(t, dana, mine.older)
		require.Equal(t, []string{"c3", "c1"}, next.ids)
		require.Empty(t, next.older)
		sams := readList(t, dana, "/inbox/?filter=rep:sam")
		require.Equal(t, []string{"c5", "c2"}, sams.ids)
		require.Empty(t, sams.older)
		require.Contains(t, sams.body, `<a class="filter active" href="?filter=rep%3asam">`)
	})
	t.Run("a cursor the inbox did not offer is refused", func(t *testing.T) {
		for _, p := range []string{"/inbox/?cursor=garbage", "/inbox/live?cursor=%00", "/inbox/?filter=mine&cursor=bm90fGE"} {
			res, body := dana.get(p)
			require.Equal(t, http.StatusBadRequest, res.StatusCode, p)
			require.NotContains(t, body, "Lead 1", p)
		}
	})
	t.Run("another tenant's rep pages through their own tenant only", func(t *testing.T) {
		f.lead(t, globex, "g1", "Gus Grant", "+12125550199", "call me please")
		gil := f.signIn(t, globex, "gil", "gil-pw")
		got := readList(t, gil, first.older)
		require.Empty(t, got.ids, "acme's cursor shows nothing of acme")
		require.Equal(t, "1", count(t, got.body, "All"))
		require.Equal(t, []string{"g1"}, readList(t, gil, "/inbox/").ids)
	})
}

// TestListCountsAreBounded: past Config.MaxCounted the counts say "at
// least", and the pages still reach every lead.
func TestListCountsAreBounded(t *testing.T) {
	t.Parallel()
	f := setupWith(t, func(c *inbox.Config) { c.MaxEntries, c.MaxCounted = 3, 5 })
	sevenHot(t, f)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	p := readList(t, dana, "/inbox/")
	require.Contains(t, p.body, "<title>Hot inbox (5+)</title>")
	require.Equal(t, "5+", count(t, p.body, "All"))
	var seen []string
	for path := "/inbox/"; path != ""; {
		p := readList(t, dana, path)
		seen = append(seen, p.ids...)
		path = p.older
	}
	require.Equal(t, []string{"c7", "c6", "c5", "c4", "c3", "c2", "c1"}, seen)
}
