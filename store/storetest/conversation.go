package storetest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func conversationCases() []testCase {
	return []testCase{
		{"InsertSetsVersion1", testInsertSetsVersion1},
		{"InsertDuplicateID", testInsertDuplicate},
		{"GetMissing", testGetMissing},
		{"UpdateIncrementsVersion", testUpdateIncrementsVersion},
		{"UpdateStaleVersionConflicts", testUpdateStale},
		{"UpdateMissing", testUpdateMissing},
		{"ConcurrentCAS/ReadInTx", func(t *testing.T, st store.Store) { testConcurrentCAS(t, st, false) }},
		{"ConcurrentCAS/ReadInView", func(t *testing.T, st store.Store) { testConcurrentCAS(t, st, true) }},
		{"ReturnsCopies", testConversationCopies},
		{"List/Filters", testListFilters},
		{"List/EmailFollowsUpdate", testListEmailFollowsUpdate},
		{"List/Order", testListOrder},
		{"List/Limit", testListLimit},
		{"List/DefaultLimit50", testListDefaultLimit},
		{"List/Pagination", testListPagination},
	}
}

func testInsertSetsVersion1(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.Version = 7
	h.insertConv(c)
	if c.Version != 1 {
		t.Errorf("ConversationInsert set c.Version = %d, want 1", c.Version)
	}
	if got := h.mustGetConv(tenant1, "c1"); got.Version != 1 {
		t.Errorf("stored Version = %d, want 1", got.Version)
	}
}

func testInsertDuplicate(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	dup := conv(tenant1, "c1")
	dup.Lead.Name = "someone else"
	err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ConversationInsert(ctx, dup)
	})
	wantErr(t, err, store.ErrDuplicate, "second ConversationInsert of c1")
	if got := h.mustGetConv(tenant1, "c1"); got.Lead.Name != "Lead c1" || got.Version != 1 {
		t.Errorf("duplicate insert changed the stored conversation: name %q version %d", got.Lead.Name, got.Version)
	}
}

func testGetMissing(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	_, err := h.getConv(tenant1, "nope")
	wantErr(t, err, store.ErrNotFound, "ConversationGet of a missing ID")
}

func testUpdateIncrementsVersion(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	c := h.mustGetConv(tenant1, "c1")
	for want := int64(2); want <= 3; want++ {
		c.State = store.StateHandoff
		c.Score = int(want * 10)
		noErr(t, h.updateConv(&c), "ConversationUpdate")
		if c.Version != want {
			t.Fatalf("ConversationUpdate set c.Version = %d, want %d", c.Version, want)
		}
		got := h.mustGetConv(tenant1, "c1")
		if got.Version != want || got.Score != int(want*10) || got.State != store.StateHandoff {
			t.Fatalf("stored after update: version %d score %d state %q; want %d %d handoff",
				got.Version, got.Score, got.State, want, want*10)
		}
	}
}

func testUpdateStale(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	first := h.mustGetConv(tenant1, "c1")
	second := first
	first.Score = 11
	noErr(t, h.updateConv(&first), "first ConversationUpdate")

	second.Score = 22
	wantErr(t, h.updateConv(&second), store.ErrConflict, "ConversationUpdate with a stale version")
	future := h.mustGetConv(tenant1, "c1")
	future.Version = 99
	future.Score = 33
	wantErr(t, h.updateConv(&future), store.ErrConflict, "ConversationUpdate with a future version")

	if got := h.mustGetConv(tenant1, "c1"); got.Version != 2 || got.Score != 11 {
		t.Errorf("after refused updates: version %d score %d, want 2 11", got.Version, got.Score)
	}
}

func testUpdateMissing(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	c := conv(tenant1, "nope")
	c.Version = 1
	wantErr(t, h.updateConv(c), store.ErrNotFound, "ConversationUpdate of a missing conversation")
	if _, err := h.getConv(tenant1, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ConversationUpdate of a missing conversation created it: %v", err)
	}
}

// testConcurrentCAS runs 32 goroutines that each try 3 times to read the
// conversation and write back an incremented counter. Every version read
// may have at most one winner, and no increment may be lost.
func testConcurrentCAS(t *testing.T, st store.Store, readInView bool) {
	const workers, rounds = 32, 3
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.Fields = map[store.FieldName]store.Field{"counter": {Value: "0"}}
	h.insertConv(c)

	type attempt struct {
		version int64
		err     error
	}
	results := make([][]attempt, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			<-start
			for range rounds {
				var read int64
				bump := func(ctx context.Context, tx store.Tx, c store.Conversation) error {
					read = c.Version
					n, err := strconv.Atoi(c.Fields["counter"].Value)
					if err != nil {
						return fmt.Errorf("counter %q: %w", c.Fields["counter"].Value, err)
					}
					c.Fields["counter"] = store.Field{Value: strconv.Itoa(n + 1)}
					c.AssignedTo = fmt.Sprintf("worker-%d", w)
					return tx.ConversationUpdate(ctx, &c)
				}
				var err error
				if readInView {
					var c store.Conversation
					err = st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
						var err error
						c, err = tx.ConversationGet(ctx, tenant1, "c1")
						return err
					})
					if err == nil {
						err = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
							return bump(ctx, tx, c)
						})
					}
				} else {
					err = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
						c, err := tx.ConversationGet(ctx, tenant1, "c1")
						if err != nil {
							return err
						}
						return bump(ctx, tx, c)
					})
				}
				results[w] = append(results[w], attempt{read, err})
			}
		})
	}
	close(start)
	wg.Wait()

	winners := map[int64]int{}
	successes := 0
	for w, rs := range results {
		for _, r := range rs {
			switch {
			case r.err == nil:
				successes++
				winners[r.version]++
			case errors.Is(r.err, store.ErrConflict):
			default:
				t.Errorf("worker %d: unexpected error %v (want nil or ErrConflict)", w, r.err)
			}
		}
	}
	if successes == 0 {
		t.Fatal("no update succeeded")
	}
	for v := int64(1); v <= int64(successes); v++ {
		if winners[v] != 1 {
			t.Errorf("version %d read by %d winning updates, want exactly 1", v, winners[v])
		}
	}
	for v, n := range winners {
		if v < 1 || v > int64(successes) {
			t.Errorf("%d winning updates read version %d, outside 1..%d", n, v, successes)
		}
	}
	got := h.mustGetConv(tenant1, "c1")
	if got.Version != int64(1+successes) {
		t.Errorf("final version %d, want 1 + %d successful updates", got.Version, successes)
	}
	if got.Fields["counter"].Value != strconv.Itoa(successes) {
		t.Errorf("final counter %q, want %d (lost updates)", got.Fields["counter"].Value, successes)
	}
}

func testConversationCopies(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.Fields = map[store.FieldName]store.Field{"motivation": {Value: "inherited", Confidence: 0.9, UpdatedAt: t0}}
	h.insertConv(c)
	// Mutating the inserted value does not change the store.
	c.Fields["motivation"] = store.Field{Value: "changed by caller"}
	c.Fields["extra"] = store.Field{Value: "added by caller"}

	check := func(when string) {
		t.Helper()
		got := h.mustGetConv(tenant1, "c1")
		if len(got.Fields) != 1 || got.Fields["motivation"].Value != "inherited" {
			t.Fatalf("%s: stored Fields = %+v, want only motivation=inherited", when, got.Fields)
		}
	}
	check("after mutating the inserted map")

	got := h.mustGetConv(tenant1, "c1")
	got.Fields["motivation"] = store.Field{Value: "changed"}
	got.Fields["extra"] = store.Field{Value: "x"}
	check("after mutating a map returned by ConversationGet")

	list := h.listConvs(store.ConversationListParams{TenantID: tenant1})
	if len(list) != 1 {
		t.Fatalf("ConversationList returned %d rows, want 1", len(list))
	}
	list[0].Fields["motivation"] = store.Field{Value: "changed"}
	check("after mutating a map returned by ConversationList")

	upd := h.mustGetConv(tenant1, "c1")
	noErr(t, h.updateConv(&upd), "ConversationUpdate")
	upd.Fields["motivation"] = store.Field{Value: "changed after update"}
	check("after mutating the updated map")
}

// listRow describes one conversation of the list tests.
type listRow struct {
	id        string
	handoffAt time.Time
	status    store.Status
	state     store.State
	phone     string
	email     string
	line      string // Conversation.Line
}

func insertRows(h *harness, tenantID string, rows []listRow) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, r := range rows {
			c := conv(tenantID, r.id)
			c.HandoffAt = r.handoffAt
			c.Status = cmp.Or(r.status, store.StatusHot)
			c.State = cmp.Or(r.state, store.StateHandoff)
			c.Lead.Phone = cmp.Or(r.phone, c.Lead.Phone)
			c.Lead.Email = r.email
			c.Line = r.line
			if err := tx.ConversationInsert(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// sortRows sorts rows in the documented list order: HandoffAt descending,
// then ID descending.
func sortRows(rows []listRow) {
	slices.SortFunc(rows, func(a, b listRow) int {
		if c := b.handoffAt.Compare(a.handoffAt); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id)
	})
}

func rowIDs(rows []listRow) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.id
	}
	return out
}

func testListFilters(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	var rows []listRow
	i := 0
	for _, status := range []store.Status{store.StatusNew, store.StatusHot} {
		for _, state := range []store.State{store.StateAIActive, store.StateHandoff} {
			for _, phone := range []string{"+15550000001", "+15550000002"} {
				i++
				// emails repeat across phones; some differ from another by
				// case and surrounding white space only: one address
				email := []string{"", "dana@example.com", "Dana@example.com", " DANA@EXAMPLE.COM\t", "ana@example.com"}[i%5]
				// the business's lines the leads wrote to, and none (a chat)
				line := []string{"", "+15550009001", "+15550009002"}[i%3]
				rows = append(rows, listRow{fmt.Sprintf("c%d", i), at(time.Duration(i) * time.Minute), status, state, phone, email, line})
			}
		}
	}
	insertRows(h, tenant1, rows)
	// Another tenant's matching rows never appear.
	insertRows(h, tenant2, []listRow{{"c1", t0, store.StatusHot, store.StateHandoff, "+15550000001", "dana@example.com", "+15550009001"}})

	for _, p := range []store.ConversationListParams{
		{},
		{Status: store.StatusHot},
		{State: store.StateAIActive},
		{Phone: "+15550000002"},
		{Status: store.StatusNew, State: store.StateHandoff},
		{Status: store.StatusHot, State: store.StateHandoff, Phone: "+15550000001"},
		{Status: "no-such-status"},
		{Email: "dana@example.com"},
		{Email: "Dana@example.com"},
		{Email: " dana@Example.COM "},
		{Email: "dana@example.com", Phone: "+15550000001", Status: store.StatusHot},
		{Email: "ana@example.com"},
		{Email: "nobody@example.com"},
		{Line: "+15550009001"},
		{Line: "+15550009002", Status: store.StatusHot},
		{Line: "+15550009001", Phone: "+15550000002", Email: "dana@example.com"},
		{Line: "+1555000900"}, // a prefix of a line is no line
		{Line: "no-such-line"},
	} {
		var want []listRow
		for _, r := range rows {
			if (p.Status == "" || r.status == p.Status) && (p.State == "" || r.state == p.State) && (p.Phone == "" || r.phone == p.Phone) &&
				(p.Email == "" || store.EmailKey(r.email) == store.EmailKey(p.Email)) && (p.Line == "" || r.line == p.Line) {
				want = append(want, r)
			}
		}
		sortRows(want)
		p.TenantID = tenant1
		got := h.listConvs(p)
		if !slices.Equal(ids(got), rowIDs(want)) {
			t.Errorf("ConversationList(status %q, state %q, phone %q, email %q, line %q) = %q, want %q",
				p.Status, p.State, p.Phone, p.Email, p.Line, ids(got), rowIDs(want))
		}
	}
}

func testListOrder(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	insertRows(h, tenant1, []listRow{
		{id: "b", handoffAt: at(time.Hour)},
		{id: "d"}, // never handed off: zero HandoffAt sorts last
		{id: "a", handoffAt: at(3 * time.Hour)},
		{id: "c", handoffAt: at(time.Hour)},
		{id: "e"},
		{id: "f", handoffAt: at(2 * time.Hour)},
		{id: "g", handoffAt: at(time.Hour + time.Microsecond)},
	})
	got := ids(h.listConvs(store.ConversationListParams{TenantID: tenant1}))
	want := []string{"a", "f", "g", "c", "b", "e", "d"}
	if !slices.Equal(got, want) {
		t.Errorf("ConversationList order = %q, want %q (HandoffAt desc, then ID desc)", got, want)
	}
}

func testListLimit(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	var rows []listRow
	for i := range 7 {
		rows = append(rows, listRow{id: fmt.Sprintf("c%d", i), handoffAt: at(time.Duration(i) * time.Minute)})
	}
	insertRows(h, tenant1, rows)
	got := ids(h.listConvs(store.ConversationListParams{TenantID: tenant1, Limit: 3}))
	if want := []string{"c6", "c5", "c4"}; !slices.Equal(got, want) {
		t.Errorf("ConversationList(Limit 3) = %q, want %q", got, want)
	}
	if got := h.listConvs(store.ConversationListParams{TenantID: tenant1, Limit: 100}); len(got) != 7 {
		t.Errorf("ConversationList(Limit 100) returned %d rows, want 7", len(got))
	}
}

func testListDefaultLimit(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	var rows []listRow
	for i := range 51 {
		rows = append(rows, listRow{id: fmt.Sprintf("c%02d", i), handoffAt: at(time.Duration(i) * time.Minute)})
	}
	insertRows(h, tenant1, rows)
	for _, limit := range []int{0, -1} {
		got := h.listConvs(store.ConversationListParams{TenantID: tenant1, Limit: limit})
		if len(got) != 50 {
			t.Errorf("ConversationList(Limit %d) returned %d rows, want the default 50", limit, len(got))
		}
	}
}

func testListPagination(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	var rows []listRow
	for i := range 23 {
		r := listRow{id: fmt.Sprintf("conv-%02d", i), status: store.StatusHot}
		if i%4 != 0 { // every fourth row was never handed off
			r.handoffAt = at(time.Duration(i%5) * time.Hour) // ties on HandoffAt
		}
		rows = append(rows, r)
	}
	insertRows(h, tenant1, rows)
	// Rows the filter excludes, interleaved in the order.
	var noise []listRow
	for i := range 6 {
		noise = append(noise, listRow{id: fmt.Sprintf("conv-%02d-x", i*4), handoffAt: at(time.Duration(i%5) * time.Hour), status: store.StatusNew})
	}
	insertRows(h, tenant1, noise)
	insertRows(h, tenant2, rows[:5])
	sortRows(rows)

	var got []string
	var sizes []int
	var after *store.ConversationCursor
	for page := 0; ; page++ {
		if page > 10 {
			t.Fatalf("pagination does not end; pages so far: %v", sizes)
		}
		list := h.listConvs(store.ConversationListParams{TenantID: tenant1, Status: store.StatusHot, Limit: 5, After: after})
		if len(list) == 0 {
			break
		}
		sizes = append(sizes, len(list))
		got = append(got, ids(list)...)
		last := list[len(list)-1]
		after = &store.ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
	if !slices.Equal(got, rowIDs(rows)) {
		t.Errorf("pages together = %q,\nwant every row once in order %q", got, rowIDs(rows))
	}
	if want := []int{5, 5, 5, 5, 3}; !slices.Equal(sizes, want) {
		t.Errorf("page sizes = %v, want %v", sizes, want)
	}
}

// testListEmailFollowsUpdate: a conversation is listed by the email it has
// now, whatever its case, and keeps the spelling it was given.
func testListEmailFollowsUpdate(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.Lead.Email = "Ann@Example.com"
	h.insertConv(c)
	if got := h.listConvs(store.ConversationListParams{TenantID: tenant1, Email: "ann@example.com"}); !slices.Equal(ids(got), []string{"c1"}) {
		t.Errorf("ConversationList(email ann@example.com) after insert = %q, want [c1]", ids(got))
	}
	cur := h.mustGetConv(tenant1, "c1")
	if cur.Lead.Email != "Ann@Example.com" {
		t.Errorf("Lead.Email = %q, want it as given, %q", cur.Lead.Email, "Ann@Example.com")
	}
	cur.Lead.Email = "Dana@Example.com"
	noErr(t, h.updateConv(&cur), "ConversationUpdate")
	for email, want := range map[string][]string{"ann@example.com": nil, "DANA@example.com": {"c1"}} {
		if got := h.listConvs(store.ConversationListParams{TenantID: tenant1, Email: email}); !slices.Equal(ids(got), want) {
			t.Errorf("ConversationList(email %s) after the update = %q, want %q", email, ids(got), want)
		}
	}
	if got := h.mustGetConv(tenant1, "c1"); got.Lead.Email != "Dana@Example.com" {
		t.Errorf("Lead.Email after the update = %q, want it as given, %q", got.Lead.Email, "Dana@Example.com")
	}
	// white space alone is no address: it lists nobody, not the
	// conversations without an email
	h.insertConv(conv(tenant1, "c2"))
	if got := h.listConvs(store.ConversationListParams{TenantID: tenant1, Email: "  "}); len(got) != 0 {
		t.Errorf("ConversationList(email of white space) = %q, want none", ids(got))
	}
}
