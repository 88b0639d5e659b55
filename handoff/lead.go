package handoff

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"time"

	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// After the handoff, and the lead's data.

// afterHandoff plans a lead message while a rep owns the thread or it
// waits for one: opt-outs already ran first (the detector, then the judge:
// heldOptOut); the fields keep filling with their provenance and the
// score follows them, a callback time in the lead's words is read, and
// the assigned rep gets one coalesced update. Nothing automated answers,
// but for the booking flow while the handoff waits for a rep (see
// bookingReply).
func (e *Engine) afterHandoff(ctx context.Context, s snapshot, msg *store.Message) *change {
	if ch := e.bookingReply(ctx, s, msg); ch != nil {
		return ch
	}
	c := s.conv
	known := knownValues(c)
	turns, _ := transcript(s.history)
	vals := e.extract(ctx, c, *msg, known, turns)
	cb, hasCB := qualify.CallbackTime(msg.Body)
	score := c.Score
	if len(vals) > 0 {
		// the score follows the fields it counts, as before the handoff:
		// the rep's update and the brief show it, and a Resume takes it
		// as the baseline of what the AI knows (see Engine.Resume)
		for _, v := range vals {
			known[v.Field] = v
		}
		score = e.score(ctx, c, qualify.ScoreInput{Schema: e.cfg.Schema, Text: msg.Body, Known: known, History: turns, Prior: c.Score})
	}
	ch := &change{action: ActionMessage, actor: store.ActorLead, noEvent: true, messages: []*store.Message{msg},
		repUpdate: true, outcome: Outcome{Kind: OutcomeRecorded, Fields: vals, Score: score}}
	if len(vals) == 0 && !hasCB {
		return ch // a plain append: bursts never compete in the compare-and-swap
	}
	ch.touch = true
	ch.edit = func(c *store.Conversation, now time.Time) {
		c.Fields = cloneFields(c.Fields)
		for _, v := range vals {
			c.Fields[store.FieldName(v.Field)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: v.MessageID, UpdatedAt: now}
		}
		c.Score = score
		if hasCB {
			c.Fields[store.FieldName(qualify.CallbackField)] = callbackField(cb, msg.ID, now)
		}
	}
	if hasCB {
		ch.events = append(ch.events, store.Event{Kind: store.EventCallbackTime, Reason: "lead", Detail: cb})
	}
	return ch
}

// heldOptOut reads a lead message nothing automated answers (after the
// handoff, while a rep drives, while paused) for an opt-out the
// detector's rules missed, as the judgement reads every message before
// the handoff: Config.Judge, within the call's model budget, and its
// opt-out applies as it does there, the address suppressed from
// [JudgeOptOutConfidence] (everything queued to the lead cancelled, the
// rep or the team told, see optOutChange) and a person's review below it
// (see reviewChange). An LLM adapter answers this and the extraction of
// afterHandoff from its one analysis of the message. nil when there is no
// judge, it failed or it found no opt-out.
func (e *Engine) heldOptOut(ctx context.Context, s snapshot, msg *store.Message, lang string) *change {
	if e.cfg.Judge == nil {
		return nil
	}
	turns, _ := transcript(s.history)
	hist := judgeTurns(turns)
	rules, _ := e.ruleSignals(ctx, msg.Body, hist)
	j, ok := e.askJudge(ctx, s.conv, *msg, hist, rules)
	if !ok {
		return nil
	}
	switch rule, review := judgeOptOut(j); {
	case rule == "":
		return nil
	case review:
		return e.reviewChange(s, msg, rule)
	default:
		return e.optOutChange(s, msg, rule, lang, true)
	}
}

// ReasonLeadWroteAfterClose is the handoff reason of a conversation the
// lead wrote on after a rep completed it ([Engine.Complete], status
// closed): [Engine.Receive] records the message and puts the conversation
// back in the Hot inbox (status hot, HandoffAt the message's time, so it
// comes first) as the thread of the rep who had it: still assigned to
// that rep, in state human (the AI stays silent until an explicit
// Resume), tells that rep (a rep update, as for any lead message after a
// handoff) and audits it as a reopened event whose Detail is the handoff
// reason the conversation had and the message that reopened it
// ("prior_reason=explicit_ask message=SM123", see [store.EventReopened]). A conversation done while paused, or
// paused after it was done, reopens the same way, by the take-over row
// (the event goes from paused to human), and what its pause held (the
// automated texts of [Engine.Pause]) stays cancelled: the lead's message
// hands the thread to the rep, it lets nothing automated go. The rep
// marks it done again when it is. A conversation whose lead opted out is
// not reopened. In the report ([metrics.Report]) it is no new handoff:
// the handoff stays one, closed by its first complete, and Reopened
// counts it.
const ReasonLeadWroteAfterClose = "lead_wrote_after_close"

// reopenAfterClose makes ch, which records msg on s.conv (a rep's or a
// paused conversation), reopen it when a rep had completed it: see
// [ReasonLeadWroteAfterClose]. Any other change is ch as it is.
func reopenAfterClose(s snapshot, msg *store.Message, ch *change) *change {
	c := s.conv
	if c.Status != store.StatusClosed || s.suppressed || ch.action != ActionMessage {
		return ch
	}
	if c.State == store.StatePaused {
		// The rep's thread, as a done conversation a rep drove is: the
		// row a rep picking a paused thread up takes, with the pause's
		// silence kept.
		ch.action, ch.silence = ActionTakeOver, silenceAutomated
	}
	edit := ch.edit
	ch.touch, ch.repUpdate = true, true
	ch.edit = func(c *store.Conversation, now time.Time) {
		if edit != nil {
			edit(c, now)
		}
		c.Status, c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.HandoffMessageID =
			store.StatusHot, ReasonLeadWroteAfterClose, "", now, msg.ID
	}
	// The transition's own event: from the state the done left to the
	// rep's thread.
	ch.noEvent, ch.eventKind, ch.reason, ch.detail = false, store.EventReopened, ReasonLeadWroteAfterClose,
		withMessage(priorReasonKey+url.QueryEscape(c.HandoffReason), msg.ID)
	return ch
}

// queueRepUpdate enqueues the rep update of c keyed by key, when
// [Engine.repUpdateSend] makes one, due by res's clock, and records it in
// res.
func (e *Engine) queueRepUpdate(ctx context.Context, tx store.Tx, c store.Conversation, key string, res *committed) error {
	it, err := e.repUpdateSend(ctx, tx, c, key, res.clock)
	if err != nil || it == nil {
		return err
	}
	if err := tx.OutboxEnqueue(ctx, it); err != nil {
		return err
	}
	res.enqueued = true
	return nil
}

// repUpdateSend queues the assigned rep's update unless one is already
// waiting to go: lead messages gather into one notification. One being
// sent is not waiting: the Notifier has the conversation as it was when
// it was marked sending, without this change (an opt-out, say), so
// another is queued. Lead messages after a handoff are plain appends that
// do not compete in the compare-and-swap, so two of them (two instances,
// two webhooks) could each find no update waiting and queue one apiece;
// the lead's address lock, which commit takes first for a change with a
// rep update, makes the second wait for the first and see its update.
// The Dispatcher's send-time check takes the same lock before it reads
// the conversation it hands the Notifier and marks the update sending, so
// a change that finds the update not yet sending is in what goes out.
// Without it, on a store that runs write transactions side by side
// (PostgreSQL), a STOP could commit between that read and the mark, fold
// into an update built without it, and never reach the rep.
func (e *Engine) repUpdateSend(ctx context.Context, tx store.Tx, c store.Conversation, key string, now time.Time) (*store.OutboxItem, error) {
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID})
	if err != nil {
		return nil, err
	}
	for _, it := range open {
		if it.Kind == store.OutboxRepUpdate && it.Status != store.OutboxSending {
			return nil, nil
		}
	}
	return &store.OutboxItem{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID, Kind: store.OutboxRepUpdate,
		To: e.notifyTo(c.AssignedTo), IdempotencyKey: "update:" + c.TenantID + ":" + key, NotBefore: now.Add(e.cfg.UpdateDelay),
		Status: store.OutboxPending, CreatedAt: now, UpdatedAt: now}, nil
}

// LeadUpdate changes the lead data of a conversation. Nil pointers and
// empty lists leave a value as it is.
type LeadUpdate struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // who changed it; "" when the host did

	Name, Company *string // one line of text each, at most 512 bytes, without control characters
	// Email is "" (none) or one email address, as in [StartParams]: a
	// placeholder such as "n/a" is an [*InputError].
	Email   *string
	OwnerID *string // the account owner in the host's CRM; routers read it

	AddTags, RemoveTags []string
	// SetAttributes sets attributes, DeleteAttributes removes them; the
	// [AttributeRegion] attribute is the territory the next routing of
	// the handoff reads.
	SetAttributes    map[string]string
	DeleteAttributes []string
}

// UpdateLead changes the lead's data (name, e-mail, company, account
// owner, tags, custom attributes) in one commit, audited; rules, routers,
// the brief and the inbox read them. Tags added here have the source
// "host"; the engine adds its own (urgent, high_value, competitor) from
// signals, with the message they came from. A lead holds at most 64 host
// tags and 64 attributes: an update that would leave it more (counting
// the tags and attributes it has) is an [*InputError] and writes nothing.
//
// An Email the lead opted out with in another conversation (a STOP in a
// web chat) opts this one out in the same commit, as Start does for such
// a lead: paused, status opted_out, its queued texts cancelled, out of
// the Hot inbox, and the rep holding it (or the team or rep its handoff
// waits on) told by a rep update; the audit has an opt_out event (reason
// email_opted_out) and the lead_updated one, and the lead's opt-in
// returns it to where it was. The engine already refused every text to such a
// lead; this keeps the status a host or a rep reads in agreement. An
// Email given to a conversation whose number opted out (the lead's STOP
// by text, before this email was known) is suppressed in the same commit,
// linked to the number, and the lead's conversations with it (an
// email-only chat) are paused; see the package doc, "Linked addresses".
func (e *Engine) UpdateLead(ctx context.Context, u LeadUpdate) (Result, error) {
	if err := u.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.applyTx(ctx, u.TenantID, u.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if n := hostTags(u.tags(c.Tags, time.Time{})); n > maxTags && n > hostTags(c.Tags) {
			return nil, &InputError{Field: "AddTags", Problem: fmt.Sprintf("would give the lead more than %d tags", maxTags)}
		}
		if n := len(u.attributes(c.Attributes)); n > maxAttributes && n > len(c.Attributes) {
			return nil, &InputError{Field: "SetAttributes", Problem: fmt.Sprintf("would give the lead more than %d attributes", maxAttributes)}
		}
		ch := &change{action: ActionUpdate, actor: actorOf(u.RepID), touch: true, eventKind: store.EventLeadUpdated,
			detail: u.summary(), edit: u.apply}
		added := map[string]bool{}
		for _, t := range u.AddTags {
			if !added[t] && !hasTag(c.Tags, t) {
				added[t] = true
				ch.events = append(ch.events, store.Event{Kind: store.EventTagged, Reason: "host", Detail: t})
			}
		}
		return ch, e.optOutJoined(ctx, tx, c, u, ch)
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: update lead of conversation %s: %w", u.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// optOutJoined makes ch, u's update of c, the opt-out of c when u gives
// the lead an email the tenant suppressed (the lead opted out in another
// conversation, a chat say) and c is not opted out yet: the engine treats
// a conversation any of whose lead's addresses opted out as opted out, so
// its state and status say so, as Start's do for such a lead. c is
// paused, status opted_out, what an opt-out stops queued in it cancelled
// (silenceOptedOut), and the rep holding it, or the team or rep its
// handoff waits on, told by a rep update; the audit has the opt-out
// (reason email_opted_out, with the status it found, so the lead's opt-in
// returns c to where it was), then the lead update. Whenever u changes
// the email, ch links it with the lead's phone (see linkGiven): the one
// the lead opted out on its own suppresses the other, linked, and the
// conversations that have it are paused. Under the address locks, as
// Start: a STOP of the email committing meanwhile is seen.
func (e *Engine) optOutJoined(ctx context.Context, tx store.Tx, c store.Conversation, u LeadUpdate, ch *change) error {
	if u.Email == nil || *u.Email == c.Lead.Email {
		return nil
	}
	next := c
	next.Lead.Email = *u.Email
	if err := lockAddresses(ctx, tx, c.TenantID, append(leadAddresses(c), leadAddresses(next)...)...); err != nil {
		return err
	}
	ch.link = true // the email and the phone, given together
	if c.State == store.StatePaused && c.Status == store.StatusOptedOut {
		return nil
	}
	if sup, err := leadSuppressed(ctx, tx, next); err != nil || !sup {
		return err
	}
	ch.events = append([]store.Event{{Kind: store.EventLeadUpdated, Detail: ch.detail}}, ch.events...)
	ch.action, ch.eventKind, ch.reason, ch.detail = ActionOptOut, "", "email_opted_out", priorStatus(c)
	ch.edit = func(c *store.Conversation, now time.Time) {
		u.apply(c, now)
		optedOut(c, now)
	}
	ch.silence, ch.repUpdate, ch.updateKey = silenceOptedOut, repHolds(c), e.newID()
	return nil
}

func (u LeadUpdate) check() error {
	if err := checkIDs("TenantID", u.TenantID, "ConversationID", u.ConversationID); err != nil {
		return err
	}
	if err := checkOptionalID("RepID", u.RepID); err != nil {
		return err
	}
	for name, v := range map[string]*string{"Name": u.Name, "Company": u.Company} {
		if v != nil {
			if err := checkLine(name, *v, 512, true); err != nil {
				return err
			}
		}
	}
	if u.Email != nil {
		if err := checkEmail("Email", *u.Email); err != nil {
			return err
		}
	}
	if u.OwnerID != nil {
		if err := checkOptionalID("OwnerID", *u.OwnerID); err != nil {
			return err
		}
	}
	for _, t := range slices.Concat(u.AddTags, u.RemoveTags, u.DeleteAttributes) {
		if err := checkID("tag or attribute", t); err != nil {
			return err
		}
	}
	if err := checkTags("AddTags", u.AddTags); err != nil {
		return err
	}
	return checkAttributes(u.SetAttributes)
}

func (u LeadUpdate) apply(c *store.Conversation, now time.Time) {
	for _, f := range []struct {
		dst *string
		v   *string
	}{{&c.Lead.Name, u.Name}, {&c.Lead.Email, u.Email}, {&c.Lead.Company, u.Company}, {&c.Lead.OwnerID, u.OwnerID}} {
		if f.v != nil {
			*f.dst = *f.v
		}
	}
	c.Tags = u.tags(c.Tags, now)
	c.Attributes = u.attributes(c.Attributes)
}

// tags is the lead's tags after the update, those added at now.
func (u LeadUpdate) tags(tags []store.Tag, now time.Time) []store.Tag {
	tags = slices.DeleteFunc(slices.Clone(tags), func(t store.Tag) bool { return slices.Contains(u.RemoveTags, t.Name) })
	for _, t := range u.AddTags {
		tags = addTag(tags, store.Tag{Name: t, Source: "host", At: now})
	}
	return tags
}

// attributes is the lead's attributes after the update.
func (u LeadUpdate) attributes(attrs map[string]string) map[string]string {
	attrs = maps.Clone(attrs)
	if attrs == nil && len(u.SetAttributes) > 0 {
		attrs = map[string]string{}
	}
	maps.Copy(attrs, u.SetAttributes)
	for _, k := range u.DeleteAttributes {
		delete(attrs, k)
	}
	return attrs
}

func (u LeadUpdate) summary() string {
	var parts []string
	for name, v := range map[string]*string{"name": u.Name, "email": u.Email, "company": u.Company, "owner": u.OwnerID} {
		if v != nil {
			parts = append(parts, name)
		}
	}
	slices.Sort(parts)
	if len(u.AddTags)+len(u.RemoveTags) > 0 {
		parts = append(parts, "tags")
	}
	if len(u.SetAttributes)+len(u.DeleteAttributes) > 0 {
		parts = append(parts, "attributes")
	}
	return fmt.Sprint(parts)
}

func hasTag(tags []store.Tag, name string) bool {
	return slices.ContainsFunc(tags, func(t store.Tag) bool { return t.Name == name })
}
