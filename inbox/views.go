package inbox

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// page is what every page template sees.
type page struct {
	Title   string
	Base    string
	CSRF    string // "" when signed out
	Rep     Rep
	Version string // static files' digest
	PollMS  int64  // 0: no live updates
	ETag    string // the live fragment's, so the first poll is a 304
}

// pg lets the page wrapper set the ETag of any view embedding page.
func (p *page) pg() *page { return p }

func (h *Handler) base(s session) page {
	p := page{Title: h.cfg.Title, Base: h.cfg.BasePath, Version: h.staticVersion}
	if s.RepID != "" {
		p.CSRF = h.sign.csrfToken(s)
		p.Rep = Rep{TenantID: s.Tenant, ID: s.RepID, Name: s.Name}
	}
	if h.cfg.PollInterval > 0 {
		p.PollMS = h.cfg.PollInterval.Milliseconds()
	}
	return p
}

type loginView struct {
	page
	Token  string
	Tenant string
	Error  string
}

type errorView struct {
	page
	Status  int
	Message string
}

// listView is one page of the Hot list, with the counts of the whole
// list.
type listView struct {
	page
	Filters []filterView
	Filter  string
	Entries []entryView
	Total   int  // Hot conversations counted
	More    bool // counting stopped at Config.MaxCounted: each count is at least its value
	LiveURL string
	// OlderURL shows the next page ("" on the last one); NewestURL the
	// first ("" on the first one).
	OlderURL, NewestURL string
}

type filterView struct {
	Label  string
	Value  string
	Count  int
	Active bool
}

type entryView struct {
	ID       string
	Name     string
	Phone    string
	Reason   string // the trigger, as people say it: "Explicit ask"
	Detail   string // what fired it: "two fields: motivation + condition"
	At       time.Time
	Assigned string
	Mine     bool
	State    stateView
	Chips    []handoff.Chip
}

type stateView struct {
	Label string
	Class string
}

// convView is one conversation.
type convView struct {
	page
	ID       string
	Name     string
	Phone    string
	Source   string
	Reason   string
	Detail   string
	At       time.Time // the handoff; zero when none
	Assigned string
	State    stateView
	Score    int
	Chips    []handoff.Chip
	Messages []messageView
	Actions  actionsView
	Brief    *handoff.Brief
	Notice   string
	Error    string
	LiveURL  string
	// SeenState and SeenRep are the state and the holder the page shows,
	// sent back with each action that could take the thread from someone
	// (take over, reply, pause, resume) and with a review's decision: the
	// engine refuses the action when the conversation has moved since
	// ([handoff.Expectation]). SeenReview is the lead's message whose
	// possible opt-out the page shows in review, "" when none: a decision
	// is refused when that review was settled or replaced since.
	SeenState, SeenRep, SeenReview string
	// Holder names the other rep who holds the lead, "" when nobody or
	// the signed-in rep does: the page says so, and its take-over names
	// them.
	Holder string
}

type messageView struct {
	Body     string
	Inbound  bool
	Tag      string // "AI", "Auto", the rep's name; "" for the lead
	TagClass string
	At       time.Time
	Bridge   bool
	// NotSent says why a text queued to the lead never reached them
	// ([handoff.Engine.Undelivered]); "" for one that went or is on its way.
	NotSent string
}

type actionsView struct {
	Accept, Decline, Complete, TakeOver, Pause, Resume, Review bool
}

// hotCounts are the counts of the Hot list: in all, the rep's own,
// unassigned and per rep (sorted by label).
type hotCounts struct {
	all, mine, unassigned int
	reps                  []*repCount
	more                  bool // stopped at Config.MaxCounted
}

type repCount struct {
	id, name string
	n        int
}

// countHot counts the tenant's Hot conversations, paging through the
// engine's HotInbox, up to Config.MaxCounted of them.
func (h *Handler) countHot(ctx context.Context, s session, names *repNames) (hotCounts, error) {
	var c hotCounts
	byRep := map[string]*repCount{}
	cursor := ""
	for {
		pg, err := h.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: s.Tenant, Limit: min(500, h.cfg.MaxCounted-c.all+1), Cursor: cursor})
		if err != nil {
			return c, err
		}
		for _, en := range pg.Entries {
			if c.all == h.cfg.MaxCounted {
				c.more = true
				break
			}
			c.all++
			conv := en.Conversation
			if conv.AssignedTo == "" {
				c.unassigned++
				continue
			}
			if conv.AssignedTo == s.RepID {
				c.mine++
			}
			rc := byRep[conv.AssignedTo]
			if rc == nil {
				rc = &repCount{id: conv.AssignedTo, name: names.name(conv, conv.AssignedTo)}
				byRep[conv.AssignedTo] = rc
				c.reps = append(c.reps, rc)
			}
			rc.n++
		}
		if c.more || pg.Next == "" {
			break
		}
		cursor = pg.Next
	}
	slices.SortFunc(c.reps, func(a, b *repCount) int {
		return strings.Compare(strings.ToLower(label(a.name, a.id)), strings.ToLower(label(b.name, b.id)))
	})
	return c, nil
}

// readPage reads one page of the list from cursor ("" for the newest):
// up to Config.MaxEntries conversations that pass filter, reading at
// most Config.MaxCounted (or MaxEntries, when larger) Hot conversations.
// next is the engine's cursor after the last conversation read, "" when
// none is left.
func (h *Handler) readPage(ctx context.Context, s session, filter, cursor string) (page []handoff.InboxEntry, next string, err error) {
	budget := max(h.cfg.MaxCounted, h.cfg.MaxEntries)
	for read := 0; ; {
		pg, err := h.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: s.Tenant, Cursor: cursor,
			Limit: min(500, h.cfg.MaxEntries-len(page), budget-read)})
		if err != nil {
			if cursor != "" && errors.Is(err, handoff.ErrInvalidInput) {
				return nil, "", errBadCursor
			}
			return nil, "", err
		}
		read += len(pg.Entries)
		for _, en := range pg.Entries {
			if keep(filter, en.Conversation, s.RepID) {
				page = append(page, en)
			}
		}
		if pg.Next == "" || len(page) == h.cfg.MaxEntries || read >= budget {
			return page, pg.Next, nil
		}
		cursor = pg.Next
	}
}

func (h *Handler) list(ctx context.Context, r *http.Request, s session) (string, any, error) {
	v, err := h.listData(ctx, r, s)
	return "list", &v, err
}

func (h *Handler) listLive(ctx context.Context, r *http.Request, s session) (string, any, error) {
	v, err := h.listData(ctx, r, s)
	return "list", v, err
}

// listData builds a page of the list and the counts of the whole list.
// filter is "all" (default), "mine", "unassigned" or "rep:" and a rep ID;
// cursor is the engine's cursor of an Older link, "" for the newest page.
func (h *Handler) listData(ctx context.Context, r *http.Request, s session) (listView, error) {
	q := r.URL.Query()
	filter, cursor := q.Get("filter"), q.Get("cursor")
	if filter == "" {
		filter = "all"
	}
	entries, next, err := h.readPage(ctx, s, filter, cursor)
	if err != nil {
		return listView{}, err
	}
	names := h.names(ctx, s)
	c, err := h.countHot(ctx, s, names)
	if err != nil {
		return listView{}, err
	}
	v := listView{page: h.base(s), Filter: filter, Total: c.all, More: c.more}
	at := "?filter=" + urlQueryEscape(filter)
	v.LiveURL = h.path("/live") + at
	if cursor != "" {
		v.LiveURL += "&cursor=" + urlQueryEscape(cursor)
		v.NewestURL = at
	}
	if next != "" {
		v.OlderURL = at + "&cursor=" + urlQueryEscape(next)
	}
	for _, en := range entries {
		v.Entries = append(v.Entries, entryViewOf(en, s, names))
	}
	v.Filters = []filterView{{Label: "All", Value: "all", Count: c.all}, {Label: "Mine", Value: "mine", Count: c.mine},
		{Label: "Unassigned", Value: "unassigned", Count: c.unassigned}}
	for _, rc := range c.reps {
		v.Filters = append(v.Filters, filterView{Label: label(rc.name, rc.id), Value: "rep:" + rc.id, Count: rc.n})
	}
	for i := range v.Filters {
		v.Filters[i].Active = v.Filters[i].Value == filter
	}
	return v, nil
}

func keep(filter string, c store.Conversation, me string) bool {
	switch filter {
	case "all":
		return true
	case "mine":
		return c.AssignedTo == me
	case "unassigned":
		return c.AssignedTo == ""
	}
	id, ok := strings.CutPrefix(filter, "rep:")
	return ok && id != "" && c.AssignedTo == id
}

func label(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

func entryViewOf(en handoff.InboxEntry, s session, names *repNames) entryView {
	c := en.Conversation
	reason, detail := reasonOf(c)
	return entryView{Reason: reason, Detail: detail, ID: c.ID, Name: leadName(c), Phone: c.Lead.Phone, At: c.HandoffAt,
		Assigned: assigned(c, s, names), Mine: c.AssignedTo == s.RepID, State: stateOf(c), Chips: en.Chips}
}

func leadName(c store.Conversation) string {
	switch {
	case c.Lead.Name != "":
		return c.Lead.Name
	case c.Lead.Phone != "":
		return c.Lead.Phone
	}
	return "Unnamed lead"
}

func assigned(c store.Conversation, s session, names *repNames) string {
	switch {
	case c.AssignedTo == "":
		return "Unassigned"
	case c.AssignedTo == s.RepID:
		return "You"
	}
	return names.name(c, c.AssignedTo)
}

// RepNamer is an optional interface of an [Authenticator] that knows
// reps' display names. With it the inbox names the rep who holds a lead
// from the host's directory; without it, from the name the router
// recorded with the handoff (Conversation.AssignedName), which does not
// follow a takeover by another rep. [StaticAuthenticator] implements it.
type RepNamer interface {
	// RepName returns the display name of the tenant's rep, and false
	// when it does not know the rep. It is called while a page renders,
	// once per rep shown, and must be quick.
	RepName(ctx context.Context, tenantID, repID string) (string, bool)
}

// repNames names reps for one page, asking the RepNamer once per rep.
type repNames struct {
	ctx    context.Context
	tenant string
	dir    RepNamer
	known  map[string]string
}

func (h *Handler) names(ctx context.Context, s session) *repNames {
	n := &repNames{ctx: ctx, tenant: s.Tenant, known: map[string]string{}}
	n.dir, _ = h.cfg.Auth.(RepNamer)
	if s.Name != "" {
		n.known[s.RepID] = s.Name
	}
	return n
}

// name is the display name of repID, on conversation c.
func (n *repNames) name(c store.Conversation, repID string) string {
	if v, ok := n.known[repID]; ok {
		return v
	}
	v := repID
	switch {
	case n.dir != nil:
		if got, ok := n.dir.RepName(n.ctx, n.tenant, repID); ok && got != "" {
			v = got
		}
	case repID == c.AssignedTo && c.AssignedName != "":
		v = c.AssignedName
	}
	n.known[repID] = v
	return v
}

func stateOf(c store.Conversation) stateView {
	switch {
	case inReview(c):
		return stateView{"Review opt-out", "review"}
	case c.Status == store.StatusClosed:
		return stateView{"Done", "paused"}
	case c.State == store.StateHandoff && !c.EngagedAt.IsZero():
		return stateView{"Accepted", "human"}
	case c.State == store.StateHandoff && c.BookedOnHandoff():
		// The lead booked a meeting on this handoff: the 5-minute rule
		// is settled, but no rep has acted yet (EngagedAt stays zero),
		// so the rep can still accept it.
		return stateView{"Meeting booked", "waiting"}
	case c.State == store.StateHandoff:
		return stateView{"Waiting for a rep", "waiting"}
	case c.State == store.StateHuman && passedOn(c):
		// A rep wrote to the lead, then passed the lead on: the AI
		// stays silent, and the next rep has not acted yet.
		return stateView{"Waiting for a rep", "waiting"}
	case c.State == store.StateHuman:
		return stateView{"Rep driving", "human"}
	case c.State == store.StatePaused && c.Status == store.StatusOptedOut:
		return stateView{"Opted out", "optedout"}
	case c.State == store.StatePaused:
		return stateView{"Paused", "paused"}
	case c.State == store.StateAIActive:
		return stateView{"AI active", "ai"}
	}
	return stateView{string(c.State), "paused"}
}

// passedOn reports whether c, a human conversation, is a handoff a rep
// wrote in and then passed on ([handoff.Engine.Decline]): still hot, and
// the rep it is with now has not acted on it (the pass clears EngagedAt;
// every other way to human after a handoff sets it).
func passedOn(c store.Conversation) bool {
	return c.State == store.StateHuman && c.Status == store.StatusHot && !c.HandoffAt.IsZero() && c.EngagedAt.IsZero()
}

func inReview(c store.Conversation) bool {
	return c.State == store.StatePaused && c.Status == store.StatusHot && c.HandoffReason == "possible_opt_out"
}

func (h *Handler) conversation(ctx context.Context, r *http.Request, s session) (string, any, error) {
	v, err := h.convData(ctx, r, s)
	return "conversation", &v, err
}

// conversationLive is the conversation's live fragment, its brief
// included: a brief left as the page loaded would ask for what the
// fragment's chips show the lead has answered since.
func (h *Handler) conversationLive(ctx context.Context, r *http.Request, s session) (string, any, error) {
	v, err := h.convData(ctx, r, s)
	return "conversation", v, err
}

// convData reads one conversation of the session's tenant, with its brief
// once it was handed off; another tenant's is errNotFound, like a missing
// one.
func (h *Handler) convData(ctx context.Context, r *http.Request, s session) (convView, error) {
	id := r.PathValue("id")
	c, err := h.e.Conversation(ctx, s.Tenant, id)
	if err != nil {
		return convView{}, notFound(err)
	}
	msgs, err := h.e.Transcript(ctx, s.Tenant, id)
	if err != nil {
		return convView{}, notFound(err)
	}
	undelivered, err := h.e.Undelivered(ctx, s.Tenant, id)
	if err != nil {
		return convView{}, notFound(err)
	}
	notSent := map[string]string{}
	for _, u := range undelivered {
		notSent[u.MessageID] = "Not sent: " + u.Why
	}
	names := h.names(ctx, s)
	v := convView{page: h.base(s), ID: c.ID, Name: leadName(c), Phone: c.Lead.Phone, Source: c.Lead.Source, At: c.HandoffAt,
		Assigned: assigned(c, s, names), State: stateOf(c), Score: c.Score, Chips: h.e.Chips(c), LiveURL: h.convPath(c.ID) + "/live",
		SeenState: string(c.State), SeenRep: c.AssignedTo}
	if inReview(c) {
		v.SeenReview = c.HandoffMessageID
	}
	if c.AssignedTo != "" && c.AssignedTo != s.RepID && (c.State == store.StateHandoff || c.State == store.StateHuman) {
		v.Holder = names.name(c, c.AssignedTo)
	}
	if !c.HandoffAt.IsZero() {
		v.Reason, v.Detail = reasonOf(c)
	}
	// The bridge is the first AI text written with or after the latest
	// handoff: the engine commits it with the handoff, and the AI writes
	// nothing more until a Resume (which moves no handoff time).
	bridgeSeen := c.HandoffAt.IsZero() || c.HandoffReason == "possible_opt_out"
	for _, m := range msgs {
		mv := messageView{Body: m.Body, Inbound: m.Direction == store.Inbound, At: m.CreatedAt, NotSent: notSent[m.ID]}
		switch m.Origin {
		case store.OriginAI:
			mv.Tag, mv.TagClass = "AI", "ai"
			if !bridgeSeen && m.Direction == store.Outbound && !m.CreatedAt.Before(c.HandoffAt) {
				mv.Bridge, bridgeSeen = true, true
			}
		case store.OriginRep:
			mv.Tag, mv.TagClass = repTag(m.Author, c, s, names), "rep"
		case store.OriginSystem:
			mv.Tag, mv.TagClass = "Auto", "system"
		}
		v.Messages = append(v.Messages, mv)
	}
	review := inReview(c)
	handedOff := c.Status == store.StatusHot && !review
	mineOrOpen := c.AssignedTo == "" || c.AssignedTo == s.RepID
	takeOver := c.State == store.StateHandoff || c.State == store.StateAIActive ||
		c.State == store.StateHuman && c.AssignedTo != s.RepID || // another rep's: taken "from" them
		c.State == store.StatePaused && !review && c.Status != store.StatusOptedOut
	v.Actions = actionsView{
		// Nobody holding the handoff now has acted on it: a lead passed
		// on after another rep accepted it or wrote is the next rep's to
		// accept (EngagedAt is theirs, not the first rep's).
		Accept:   handedOff && mineOrOpen && c.EngagedAt.IsZero() && (c.State == store.StateHandoff || passedOn(c)),
		Decline:  handedOff && c.AssignedTo == s.RepID && (c.State == store.StateHandoff || c.State == store.StateHuman),
		Complete: handedOff && mineOrOpen && c.State != store.StateAIActive,
		TakeOver: takeOver,
		Pause:    c.State != store.StatePaused,
		Resume:   (c.State == store.StateHuman || c.State == store.StateHandoff || c.State == store.StatePaused) && !review && c.Status != store.StatusOptedOut,
		Review:   review,
	}
	if !c.HandoffAt.IsZero() {
		// From what this request read: no second read of the transcript,
		// and no Summarizer call per page view or poll (the page shows the
		// summary the rules write, brief.Build's).
		b := h.e.BriefFrom(c, msgs)
		v.Brief = &b
	}
	v.Notice, v.Error = notices[r.URL.Query().Get("n")], problems[r.URL.Query().Get("e")]
	if r.URL.Query().Get("e") == "stale" {
		v.Error = staleProblem(c, s, names, v.State)
	}
	return v, nil
}

// staleProblem says why an action from a page that was out of date was
// refused, and who holds the conversation now, as this request read it.
func staleProblem(c store.Conversation, s session, names *repNames, st stateView) string {
	if inReview(c) {
		return "Nothing was done: the conversation changed after your page showed it. The lead's latest message may be an opt-out " +
			"and waits for a decision. Read the thread below, then decide on what it shows now."
	}
	who := "Nobody holds it now"
	switch {
	case c.AssignedTo == s.RepID:
		who = "You hold it now"
	case c.AssignedTo != "":
		who = names.name(c, c.AssignedTo) + " holds it now"
	}
	return "Nothing was done: the conversation changed after your page showed it. " + who + " (" + st.Label +
		"). Read the thread below, then act again if you still mean to."
}

// reasonOf words a conversation's handoff reason for people, and its
// detail apart. The engine words reasons only on Hot list entries, label
// and detail in one string ([handoff.InboxEntry.ReasonLabel]); this
// words them apart with the same [brief.ReasonLabel], so the conversation
// page can show a conversation that is no longer Hot, and the detail can
// be set in smaller type.
func reasonOf(c store.Conversation) (reason, detail string) {
	if c.HandoffReason == "possible_opt_out" {
		if !inReview(c) { // decided: confirmed, the opt-out shows in the state
			return "Possible opt-out", ""
		}
		return "Possible opt-out", "confirm it, or release it if it is not one"
	}
	reason = brief.ReasonLabel(c.HandoffReason, "")
	if reason == c.HandoffReason { // a reason brief does not word
		reason = upperFirst(strings.ReplaceAll(c.HandoffReason, "_", " "))
	}
	if !strings.EqualFold(c.HandoffDetail, reason) {
		detail = c.HandoffDetail
	}
	return reason, detail
}

func notFound(err error) error {
	if errors.Is(err, store.ErrNotFound) || errors.Is(err, handoff.ErrInvalidInput) {
		return fmt.Errorf("%w: %w", errNotFound, err)
	}
	return err
}

func repTag(author string, c store.Conversation, s session, names *repNames) string {
	switch {
	case author == s.RepID:
		return "You"
	case author != "":
		return names.name(c, author)
	}
	return "Rep"
}

// notices and problems are the fixed messages an action's redirect can
// name; nothing from the URL is shown as text.
var notices = map[string]string{
	"accepted":         "Accepted: the lead is yours. The AI stays silent; you write next.",
	"declined":         "Declined: the lead went to the next rep.",
	"done":             "Marked done: the lead left the Hot inbox. The AI stays out unless you resume it.",
	"taken":            "You have the thread. The AI is silent on it.",
	"sent":             "Sent. The AI stays out of this thread.",
	"paused":           "Paused. Nothing automated will be sent.",
	"resumed":          "The AI is back on this conversation.",
	"optout":           "Opt-out confirmed. The number will get no more texts.",
	"released":         "Released: not an opt-out. The AI carries on.",
	"released-yours":   "Released: not an opt-out. The thread is still yours; the AI stays out.",
	"released-kept":    "Released: not an opt-out. The lead is back where the review found them; the AI stays out.",
	"released-handoff": "Released: not an opt-out. The lead asked for a person while it was in review: handed off, waiting in the Hot inbox.",
	"inflight":         "Done, but an automated text that was already being sent may still arrive.",
}

var problems = map[string]string{
	"transition": "That does not apply to the conversation as it is now. The page shows its current state.",
	"optedout":   "The lead opted out: nothing can be sent to them.",
	"review":     "The lead may have opted out: nobody writes to them or takes the thread until that is decided. Confirm the opt-out, or release it if it is not one, first.",
	"empty":      "Write a message first.",
	"toolong":    "The message is longer than 1,600 characters, the most one text can carry. Shorten it and send again.",
	"invalid":    "The message could not be sent: it is empty or too long.",
	"forbidden":  "That lead is assigned to another rep.",
	"failed":     "That did not go through. Try again.",
}

func urlQueryEscape(s string) string {
	return strings.ReplaceAll(template.URLQueryEscaper(s), "+", "%20")
}
