package handoff

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// plan is the result of the judgement step: everything the commit writes.
type plan struct {
	at       time.Time // when the judgement began: the handoff's time
	trigger  string    // the lead message that fires the handoff, "" for none
	values   []qualify.Value
	score    int
	signals  trigger.Signals
	decision trigger.Decision
	tags     []string // tags the signals apply (urgent, high_value, competitor)
	tagsFrom string   // the message the commit tags them with; "" when it applies none
	text     string   // bridge text or AI reply, "" for none
	fallback string   // why the template replaced the drafter, "" if it did not
	assign   route.Assignment
	brief    *Brief
	offer    []calendar.Slot // booking mode: the slots the bridge offers
	// optOut, when set, is a judge's opt-out (its rule); review marks one
	// it is not sure of.
	optOut string
	review bool
	// rulesCommitment is the commitment the rules read, before any judge
	// (see scoreTier).
	rulesCommitment int
	// callback is the time the message says to call the lead, in their
	// words ("tomorrow after 5pm"; see qualify.CallbackRequested), "" for
	// none: the commit records it and a bridge states it.
	callback string
	// notice: the bridge is a transparent notice, promising the rep's wait.
	notice bool
}

// JudgeOptOutConfidence is the confidence from which a Config.Judge's
// opt-out suppresses the address; below it the conversation goes to a
// person's review.
const JudgeOptOutConfidence = 0.8

// analyse runs the slow part of Receive, outside any transaction:
// extraction, scoring, the judges, the policy, then drafting, routing and
// the brief when a handoff fires. The model calls among them share the
// call's DraftTimeout (see modelCtx).
func (e *Engine) analyse(ctx context.Context, s snapshot, msg store.Message) plan {
	c := s.conv
	p, known := e.judged(ctx, s, msg)
	if p.optOut != "" {
		return p
	}
	req := e.draftRequest(c, known, s.history, &msg)
	if p.decision.Handoff {
		p.trigger = msg.ID
		e.prepareHandoff(ctx, c, appendHistory(s.history, msg), msg.Body, known, req, &p)
	} else if !e.cfg.NoReplies {
		req.Purpose = bridge.PurposeReply
		p.text, p.fallback = e.draft(ctx, c.TenantID, req)
	}
	return p
}

// judged is the judgement of msg: extraction, the judges, the score and the
// policy. A call that plans again on the same version of the conversation
// (a commit refused because the assigned rep was full rolls back with
// nothing changed) reuses its first judgement: only routing, drafting and
// the brief run again, and the models are neither asked twice nor asked on
// a budget the first round spent.
func (e *Engine) judged(ctx context.Context, s snapshot, msg store.Message) (plan, map[qualify.Field]qualify.Value) {
	c := s.conv
	st := stateOf(ctx)
	key := fmt.Sprintf("%s|%d|%s", c.ID, c.Version, msg.ID)
	if st != nil {
		if j, ok := st.judgement(key); ok {
			return j.p, maps.Clone(j.known)
		}
	}
	known := knownValues(c)
	turns, leadTexts := transcript(s.history)
	p := plan{at: e.stamp(c)}
	p.values = e.extract(ctx, c, msg, known, turns)
	for _, v := range p.values {
		known[v.Field] = v
	}
	p.callback, _ = qualify.CallbackRequested(msg.Body)
	p.signals = e.judge(ctx, c, msg, turns, &p)
	if p.optOut == "" {
		// what the business asked before a resume is no question the
		// lead answers now: "ok thanks" to the old bridge's offer of a
		// call is no fresh ask
		p.decision = e.decide(ctx, c, msg, known, turns, leadTexts, lastAsked(sinceResume(s.history, c.Baseline.At)), &p)
	}
	if st != nil {
		st.remember(key, judgement{p: p, known: maps.Clone(known)})
	}
	return p, known
}

// decide scores the lead and runs the policy.
func (e *Engine) decide(ctx context.Context, c store.Conversation, msg store.Message, known map[qualify.Field]qualify.Value,
	turns []qualify.Turn, leadTexts []string, asked string, p *plan) trigger.Decision {
	sin := qualify.ScoreInput{Schema: e.cfg.Schema, Text: msg.Body, Known: known, History: turns, Prior: c.Score,
		Commitment: p.signals.Commitment}
	p.score = e.score(ctx, c, sin)
	p.tags, p.tagsFrom = signalTags(p.signals), msg.ID
	confident := e.cfg.Schema.Confident(known)
	names := make([]string, len(confident))
	for i, f := range confident {
		names[i] = string(f)
	}
	in := trigger.Input{Text: msg.Body, History: leadTexts, Confident: names, Required: e.cfg.Schema.Required,
		Fields: len(e.cfg.Schema.Fields), Score: p.score, Turn: len(leadTexts) + 1, Signals: &p.signals, Asked: asked}
	bar := e.knownScore(ctx, c.Baseline, known)
	rearm(&in, c.Baseline, bar)
	// the policy's own high-value rule reads the message whatever rule
	// fires first: "a $500k deal, can someone call me?" is an ask from a
	// high-value lead, routed to the value tier and tagged so
	d, hv, err := e.cfg.Policy.EvaluateAlso(ctx, in, trigger.ReasonHighValue)
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: policy failed; no handoff this turn",
			"err", logged(err, append(slices.Clone(leadTexts), msg.Body, c.Lead.Email, c.Lead.Name)...))
		d = trigger.Decision{}
	}
	if (d.Reason == trigger.ReasonHighValue || hv.Handoff) && !slices.Contains(p.tags, "high_value") {
		p.tags = append(p.tags, "high_value")
	}
	if d.Handoff && d.Reason == trigger.ReasonScore {
		if why := e.scoreTier(ctx, c.Baseline, bar, sin, in, p); why != "" {
			d.Detail += " (" + why + ")"
		}
	}
	return d
}

// scoreTier names the tier above the rules that a score handoff depends
// on, "" when the rules alone hand off too: the rule scorer without the
// learned tier, given the rules' own commitment, scores lower and the
// policy does not hand off on the score at that. The tier is the judge
// whose commitment counted (the learned tier with its probability and
// strongest features, "model: commitment p=0.99 b:lets_get+0.76 ...", or
// Config.Judge with its reason), else the learned tier the rule scorer
// consults, else Config.Scorer (a model scorer); the rules' score
// follows: "model: commitment p=0.99 ...; rules alone 10". Each decision
// names its tier, as an ask or frustration the model caught does.
func (e *Engine) scoreTier(ctx context.Context, b store.Baseline, bar int, sin qualify.ScoreInput, in trigger.Input, p *plan) string {
	sin.Commitment = p.rulesCommitment
	alone, err := e.rulesAlone.Score(ctx, sin)
	if err != nil || alone >= p.score {
		return ""
	}
	in.Score = alone
	rearm(&in, b, bar)
	if d, err := e.cfg.Policy.Evaluate(ctx, in); err != nil || d.Handoff && d.Reason == trigger.ReasonScore {
		return ""
	}
	var why string
	switch {
	case p.signals.Commitment > p.rulesCommitment && p.signals.CommitmentCue != "":
		why = p.signals.CommitmentCue
	case scoreAbove(ctx, e.ruleScorer, sin, alone):
		why = "model: commitment " + learned.Default().Why(sin.Text, learned.Commitment)
	default:
		why = fmt.Sprintf("scorer: %d", p.score)
	}
	return fmt.Sprintf("%s; rules alone %d", why, alone)
}

// scoreAbove reports whether s scores in above score.
func scoreAbove(ctx context.Context, s qualify.Scorer, in qualify.ScoreInput, score int) bool {
	sc, err := s.Score(ctx, in)
	return err == nil && sc > score
}

// rearm keeps a trigger that already fired before the last resume from
// firing again on the same facts: the fields count only when one of them is
// new since the resume, and the score only when it rose above bar, what
// the facts known at the resume score without new evidence (see
// knownScore). Asks, frustration and other per-message signals are new
// evidence by nature and are unaffected.
func rearm(in *trigger.Input, b store.Baseline, bar int) {
	if b.At.IsZero() {
		return
	}
	fresh := false
	for _, f := range in.Confident {
		if !slices.Contains(b.Fields, store.FieldName(f)) {
			fresh = true
		}
	}
	if !fresh {
		in.Confident = nil
	}
	if in.Score <= bar {
		in.Score = 0
	}
}

// knownScore is the score the facts known at the last resume (b) reach
// with no new evidence: the higher of the score stored at the resume and
// the rules' score of a soft yes ("ok") on the baseline's fields as they
// are known now. A soft yes or a hedge adds a little to a score and never
// fires (see [qualify.RuleScorer]), so "ok thanks" to a resumed AI that
// knew all four fields, which score 70 on their own, is no new evidence;
// and a baseline stored with a score older than its fields (a resume
// before the score followed the fields given after the handoff) does not
// let those fields fire again. The rules are pure: no model is asked. 0
// when the conversation was never resumed.
func (e *Engine) knownScore(ctx context.Context, b store.Baseline, known map[qualify.Field]qualify.Value) int {
	if b.At.IsZero() {
		return 0
	}
	facts := map[qualify.Field]qualify.Value{}
	for f, v := range known {
		if slices.Contains(b.Fields, store.FieldName(f)) {
			facts[f] = v
		}
	}
	sc, err := e.rulesAlone.Score(ctx, qualify.ScoreInput{Schema: e.cfg.Schema, Text: "ok", Known: facts, Prior: b.Score})
	if err != nil {
		return b.Score
	}
	return max(sc, b.Score)
}

// transcript turns history into the extractors' turns and the lead's texts.
func transcript(history []store.Message) ([]qualify.Turn, []string) {
	turns := make([]qualify.Turn, 0, len(history))
	var leadTexts []string
	for _, m := range history {
		turns = append(turns, qualify.Turn{FromLead: m.Origin == store.OriginLead, Text: m.Body, MessageID: m.ID})
		if m.Origin == store.OriginLead {
			leadTexts = append(leadTexts, m.Body)
		}
	}
	return turns, leadTexts
}

// extract runs the rule extractor (the floor) and the configured one, when
// it is another: a model may add or refine a field, never drop one the
// rules found. A value keeps the lead message it names as where it came
// from (see leadMessages): a field the lead gave in an earlier message is
// quoted from that message. A field the conversation already holds
// confidently changes only as [qualify.Replaces] says: to a more
// confident value, or to a correction of it.
//
// A message that is only a soft yes or an acknowledgement ("ok", "sure",
// "yes", "ok thanks", "👍") states nothing a model may read in it: soft
// yeses never fire, and two fields read into an "ok" would. A model's
// value read from it (one whose MessageID is not an earlier lead
// message) is kept only for a field the rules read in the same message,
// which they do when the assistant's question named exactly that field
// and the yes answers it ("yes" to "are you buying a new home?"); "yes"
// to "is it move-in ready?" gives the rules no condition, and so none
// from a model either.
func (e *Engine) extract(ctx context.Context, c store.Conversation, msg store.Message, known map[qualify.Field]qualify.Value, turns []qualify.Turn) []qualify.Value {
	in := qualify.ExtractInput{Schema: e.cfg.Schema, Text: msg.Body, MessageID: msg.ID, Known: known, History: turns}
	sourceOf := leadMessages(msg.ID, known, turns)
	found := map[qualify.Field]qualify.Value{}
	var order []qualify.Field
	add := func(vals []qualify.Value) {
		for _, v := range vals {
			if !inSchema(e.cfg.Schema, v.Field) || v.Value == "" {
				continue
			}
			if err := checkHostValue("Value", v.Value); err != nil {
				// no value: a NUL or invalid UTF-8 would fail the commit
				// that records the lead's message on PostgreSQL
				e.warn(ctx, c.TenantID, c.ID, "handoff: extractor value dropped", "field", v.Field, "err", err)
				continue
			}
			v.Evidence, v.Why = storedText(v.Evidence, maxHostValueBytes), hostLine(v.Why, maxHostValueBytes)
			prev, seen := found[v.Field]
			if seen && prev.Confidence >= v.Confidence {
				continue
			}
			if !seen {
				order = append(order, v.Field)
			}
			v.MessageID = sourceOf(v.MessageID)
			found[v.Field] = v
		}
	}
	// ruled is what the rules read in a soft yes alone, nil otherwise
	var ruled map[qualify.Field]bool
	if e.floor != nil {
		vals, _ := e.floor.Extract(ctx, in) // the rule extractor never fails
		add(vals)
		if textmatch.SoftOnly(textmatch.Cached(msg.Body)) {
			ruled = map[qualify.Field]bool{}
			for _, v := range vals {
				ruled[v.Field] = true
			}
		}
	}
	xctx, cancel := ctx, context.CancelFunc(func() {})
	if e.floor != nil { // the configured extractor is a model, not the rules
		xctx, cancel = e.modelCtx(ctx)
	}
	vals, err := e.cfg.Extractor.Extract(xctx, in)
	cancel()
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: extractor failed; the rules decide",
			"err", logged(err, append(append(turnTexts(in.History), knownTexts(in.Known)...), in.Text, c.Lead.Email, c.Lead.Name)...))
	}
	if ruled != nil {
		// a soft yes alone: a model reads in it no field the rules did
		// not (they read a yes only as the answer to the question that
		// asked that field); what it reads from an earlier message of
		// the lead's stays
		vals = slices.DeleteFunc(slices.Clone(vals), func(v qualify.Value) bool {
			return !ruled[v.Field] && sourceOf(v.MessageID) == msg.ID
		})
	}
	add(vals)
	var out []qualify.Value
	for _, f := range order {
		v := found[f]
		// a value the conversation holds confidently stays unless this one
		// is more confident, or corrects it (qualify.Replaces): the
		// lead's stated need is not replaced by a fragment of a later
		// sentence about when
		if old, ok := known[f]; ok && old.Confidence >= e.cfg.Schema.MinConfidence && !qualify.Replaces(old, v, msg.Body) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// leadMessages returns the source of a value an extractor read from the
// lead message msgID, given the known values and the transcript turns it
// was shown: the ID the value names when it is msgID or another lead
// message among them, msgID otherwise (an ID of no message, of the
// business's, or none).
func leadMessages(msgID string, known map[qualify.Field]qualify.Value, turns []qualify.Turn) func(string) string {
	ids := map[string]bool{msgID: true}
	for _, t := range turns {
		if t.FromLead && t.MessageID != "" {
			ids[t.MessageID] = true
		}
	}
	for _, v := range known {
		if v.MessageID != "" {
			ids[v.MessageID] = true
		}
	}
	return func(id string) string {
		if ids[id] {
			return id
		}
		return msgID
	}
}

// score asks the configured scorer, within the model budget; a model
// scorer runs over the rule scorer, and the higher score counts (the rules
// are a floor), but on a soft yes alone ("sure", "ok ok ok", "👍") the
// rules' score stands. On an error the rules' score, else the prior,
// stands.
func (e *Engine) score(ctx context.Context, c store.Conversation, in qualify.ScoreInput) int {
	best := -1
	if e.scoreFloor != nil {
		if sc, err := e.scoreFloor.Score(ctx, in); err == nil {
			best = sc
		}
	}
	sctx, cancel := ctx, context.CancelFunc(func() {})
	if e.scoreFloor != nil { // the configured scorer is a model, not the rules
		sctx, cancel = e.modelCtx(ctx)
	}
	defer cancel()
	if sc, err := e.cfg.Scorer.Score(sctx, in); err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: scorer failed; the rules' score stands",
			"err", logged(err, append(append(turnTexts(in.History), knownTexts(in.Known)...), in.Text, c.Lead.Email, c.Lead.Name)...))
	} else if e.scoreFloor != nil && best >= 0 && textmatch.SoftOnly(textmatch.Cached(in.Text)) {
		// a soft yes alone ("sure", "ok ok ok") never fires, whatever a
		// model scores it: the rules' score stands
	} else {
		best = max(best, sc)
	}
	if best < 0 {
		return c.Score
	}
	return min(max(best, 0), 100)
}

// judge reads the signals in tiers: the rules always, then the learned
// model shipped with the library, then Config.Judge when set; each may add
// and never remove. A judge's opt-out is recorded in p.
func (e *Engine) judge(ctx context.Context, c store.Conversation, msg store.Message, turns []qualify.Turn, p *plan) trigger.Signals {
	hist := judgeTurns(turns)
	sig, rulesCommitment := e.ruleSignals(ctx, msg.Body, hist)
	p.rulesCommitment = rulesCommitment
	j, ok := e.askJudge(ctx, c, msg, hist, sig)
	if !ok {
		return sig
	}
	p.optOut, p.review = judgeOptOut(j)
	return sig.Merge(j)
}

// judgeTurns is turns as a judge reads them.
func judgeTurns(turns []qualify.Turn) []trigger.Turn {
	hist := make([]trigger.Turn, len(turns))
	for i, t := range turns {
		hist[i] = trigger.Turn{FromLead: t.FromLead, Text: t.Text}
	}
	return hist
}

// ruleSignals reads the signals of body with the rules, then the learned
// tier, which may add to them; it returns them and the commitment the
// rules alone read (see scoreTier).
func (e *Engine) ruleSignals(ctx context.Context, body string, hist []trigger.Turn) (trigger.Signals, int) {
	sig := trigger.Analyze(body, e.cfg.Competitors...)
	if sig.Frustrated && sig.FrustrationRule == "shouting" && trigger.CapsHabit(body, hist) {
		// "2 OF THEM. OTHERS NEXT WEEK" from a lead who writes in capitals
		sig.Frustrated, sig.FrustrationRule = false, ""
	}
	if sig.ExplicitAsk && sig.ExplicitAskRule == "person" && trigger.RoleAnswer(body, hist) {
		// "owner" after "what's your role?" is the lead's job, not an ask
		sig.ExplicitAsk, sig.ExplicitAskRule = false, ""
	}
	rulesCommitment := sig.Commitment
	if e.learned != nil {
		if j, err := e.learned.Judge(ctx, trigger.JudgeInput{Text: body, History: hist, Rules: sig}); err == nil {
			sig = sig.Merge(j)
		}
	}
	return sig, rulesCommitment
}

// askJudge asks Config.Judge about msg, within the call's model budget
// (see modelCtx), given what the tiers below read (rules); false when
// there is no judge or it failed (logged: the rules decide).
func (e *Engine) askJudge(ctx context.Context, c store.Conversation, msg store.Message, hist []trigger.Turn, rules trigger.Signals) (trigger.Judgement, bool) {
	if e.cfg.Judge == nil {
		return trigger.Judgement{}, false
	}
	jctx, cancel := e.modelCtx(ctx)
	defer cancel()
	j, err := e.cfg.Judge.Judge(jctx, trigger.JudgeInput{Text: msg.Body, History: hist, Competitors: e.cfg.Competitors, Rules: rules})
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: judge failed; the rules decide",
			"err", logged(err, append(judgeTexts(hist), msg.Body, c.Lead.Email, c.Lead.Name)...))
		return trigger.Judgement{}, false
	}
	return storableJudgement(j), true
}

// judgeOptOut is the opt-out a judge's judgement holds: its audit rule
// ("judge:llm:openai (why)"), "" for none, and whether it goes to a
// person's review (below [JudgeOptOutConfidence]) rather than suppressing
// the address.
func judgeOptOut(j trigger.Judgement) (rule string, review bool) {
	if !j.OptOut {
		return "", false
	}
	return "judge:" + strings.TrimPrefix(tierName(j), "judge:"), j.OptOutConfidence < JudgeOptOutConfidence
}

// maxJudgeTextBytes caps a Judge's Tier and Why as the audit trail keeps
// them.
const maxJudgeTextBytes = 200

// storableJudgement is j as the engine uses it: its Tier and Why are
// hostLine text (they name an opt-out's rule in the suppression and a
// handoff's detail, which a NUL or invalid UTF-8 would keep PostgreSQL
// from committing, losing the lead's message and its opt-out with them),
// and a competitor or topic that is no value (checkHostValue) is dropped.
// Its verdicts stand whatever its words.
func storableJudgement(j trigger.Judgement) trigger.Judgement {
	j.Tier, j.Why = hostLine(j.Tier, maxJudgeTextBytes), hostLine(j.Why, maxJudgeTextBytes)
	j.Competitors = slices.DeleteFunc(slices.Clone(j.Competitors), func(s string) bool { return checkHostValue("Competitor", s) != nil })
	j.OutOfScope = slices.DeleteFunc(slices.Clone(j.OutOfScope), func(t trigger.Topic) bool { return checkID("Topic", string(t)) != nil })
	return j
}

func tierName(j trigger.Judgement) string {
	t := j.Tier
	if t == "" {
		t = "judge"
	}
	if j.Why != "" {
		t += " (" + j.Why + ")"
	}
	return t
}

// signalTags are the tags a message's signals apply to the lead: urgent
// for a strong commitment or an emergency, competitor for a competitor
// named. The policy's high-value rule adds high_value (see decide).
func signalTags(s trigger.Signals) []string {
	var tags []string
	if s.Commitment >= 3 || slices.Contains(s.OutOfScope, trigger.TopicEmergency) {
		tags = append(tags, "urgent")
	}
	if len(s.Competitors) > 0 {
		tags = append(tags, "competitor")
	}
	return tags
}

// draftRequest is what the drafter sees of the conversation.
func (e *Engine) draftRequest(c store.Conversation, known map[qualify.Field]qualify.Value, history []store.Message, msg *store.Message) bridge.Request {
	req := bridge.Request{ConversationID: c.ID, LeadName: c.Lead.Name, Voice: e.cfg.Voice, Channel: string(c.Channel), Lang: c.Lang,
		Fields: map[string]string{}, Transcript: make([]bridge.Turn, 0, len(history)+1)}
	// The resume marker: a person handed the thread back since the AI last wrote.
	if !c.Baseline.At.IsZero() {
		req.Resumed = true
		for _, m := range history {
			if m.Origin == store.OriginAI && m.CreatedAt.After(c.Baseline.At) {
				req.Resumed = false
			}
		}
	}
	for f, v := range known {
		req.Fields[string(f)] = v.Value
	}
	for _, f := range e.cfg.Schema.Fields {
		if _, ok := known[f]; !ok {
			req.Missing = append(req.Missing, string(f))
		}
	}
	for _, m := range history {
		req.Transcript = append(req.Transcript, bridge.Turn{Origin: string(m.Origin), Text: m.Body})
	}
	if msg != nil {
		req.Transcript = append(req.Transcript, bridge.Turn{Origin: string(store.OriginLead), Text: msg.Body})
	}
	return req
}

// prepareHandoff routes with the whole lead, drafts the bridge (or the
// transparent notice) and builds the brief.
func (e *Engine) prepareHandoff(ctx context.Context, c store.Conversation, transcript []store.Message, triggerText string, known map[qualify.Field]qualify.Value, req bridge.Request, p *plan) {
	d := p.decision
	fields := make(map[string]string, len(known))
	for f, v := range known {
		fields[string(f)] = v.Value
	}
	a, err := e.assign(ctx, e.routeRequest(c, d.Reason, p.signals, triggerText, fields, p.score, p.tags))
	if err == nil {
		p.assign = a
	}
	req.Purpose, req.Reason, req.Detail, req.RepName = bridge.PurposeBridge, string(d.Reason), d.Detail, p.assign.RepName
	req.Wait = p.assign.Wait // a bridge, like a notice, promises the rep no sooner (bridge.CheckFacts)
	req.NextOnDuty = e.nextOnDuty(c, err)
	req.NobodyFree = nobodyFree(err)
	req.Callback = turnCallback(p.callback, transcript)
	if p.assign.RepName != "" && e.noticeFor(d.Reason, c.Channel) {
		req.Purpose, req.Wait = bridge.PurposeNotice, p.assign.Wait
	}
	e.offerOnHandoff(ctx, c, &req, p)
	p.notice = req.Purpose == bridge.PurposeNotice
	p.text, p.fallback = e.draft(ctx, c.TenantID, req)
	hc := c
	hc.Fields = toStoreFields(known, p.at)
	if p.callback != "" { // as the commit records it
		hc.Fields[store.FieldName(qualify.CallbackField)] = callbackField(p.callback, p.trigger, p.at)
	}
	if p.tagsFrom != "" { // the tags the commit applies, for the rep to see
		hc.Tags = slices.Clone(c.Tags)
		for _, t := range p.tags {
			hc.Tags = addTag(hc.Tags, store.Tag{Name: t, Source: "signal", MessageID: p.tagsFrom, At: p.at})
		}
	}
	hc.Score, hc.HandoffReason, hc.HandoffDetail, hc.HandoffAt, hc.HandoffMessageID = p.score, string(d.Reason), d.Detail, p.at, p.trigger
	hc.AssignedTo, hc.AssignedName = p.assign.RepID, p.assign.RepName
	b := e.briefFor(ctx, hc, transcript)
	p.brief = &b
}

// nextOnDuty is, for a handoff the router left unassigned with err,
// when the next rep comes on duty as the bridge tells the lead
// ([bridge.Request].NextOnDuty), in the lead's language: in the lead's
// zone when known, else in the rep's, named; with the day's name when
// quiet hours may hold the bridge to a later day (see slotPhrase). ""
// when a rep took it, or the router does not say when one will
// ([route.NoRepError].NextAt).
func (e *Engine) nextOnDuty(c store.Conversation, err error) string {
	var nr *route.NoRepError
	if !errors.As(err, &nr) || nr.NextAt.IsZero() {
		return ""
	}
	now := e.now()
	return e.slotPhrase(c, leadClockOf(c, nr.NextAt.Location().String()), maxTime(nr.NextAt, now), now, c.Lang)
}

// nobodyFree reports, for a handoff the router left unassigned with
// err, that nobody can take it now and the router does not know when
// someone will ([bridge.Request].NobodyFree): a [route.NoRepError] with
// no NextAt and no rep left unmatched (every rep unavailable, or full).
// A router's plain [route.ErrNoRep], or none configured, leaves the
// handoff to the team's queue, whose wait the bridge reads as an hour.
func nobodyFree(err error) bool {
	var nr *route.NoRepError
	return errors.As(err, &nr) && nr.NextAt.IsZero() && nr.Unmatched == 0
}

// turnCallback is the callback time a bridge states: the one the
// triggering message gave, else the latest one a lead message of the same
// turn gave (since the business last wrote: "I'm free after 6", then "can
// someone call me"); "" for none. A time from an earlier turn is left to
// the brief: "tomorrow" said yesterday is no time to restate today.
func turnCallback(callback string, transcript []store.Message) string {
	if callback != "" {
		return callback
	}
	for i := len(transcript) - 1; i >= 0 && transcript[i].Origin == store.OriginLead; i-- {
		if cb, ok := qualify.CallbackRequested(transcript[i].Body); ok {
			return cb
		}
	}
	return ""
}

// callbackField is the conversation field of a callback time the lead
// gave in the message msgID.
func callbackField(callback, msgID string, now time.Time) store.Field {
	return store.Field{Value: callback, Confidence: 0.9, MessageID: msgID, UpdatedAt: now}
}

// noticeFor reports whether Config.Notices choose the transparent notice.
func (e *Engine) noticeFor(reason trigger.Reason, ch store.Channel) bool {
	for _, n := range e.cfg.Notices {
		if (n.Reason == "" || n.Reason == reason) && (n.Channel == "" || n.Channel == ch) {
			return true
		}
	}
	return false
}

// draft asks the configured drafter, within the model budget, and falls
// back to the template when it fails, panics or returns invalid text
// (a writer claiming to be a person or speaking as the rep, see
// [bridge.ValidateWith] with the voice and the rep), a booking text that
// misstates its slots, rep or reminder, a bridge that asks again for the
// callback time the lead gave or misstates it, a bridge or a notice that
// promises the rep sooner than req.Wait, or any text that names a price
// the lead did not give, offers one, or guarantees an outcome
// ([bridge.CheckFacts]), or a text in a language the lead does not write
// (checkDraftLang).
func (e *Engine) draft(ctx context.Context, tenantID string, req bridge.Request) (text, fallback string) {
	if e.cfg.Drafter != nil {
		text, err := e.callDrafter(ctx, req)
		if err == nil {
			err = e.checkDraft(text, req)
		}
		if err == nil {
			return text, ""
		}
		// The error may quote the request (a model gateway's 400 does):
		// the audit trail keeps it as the log does, without the lead's
		// words or numbers, and as text every store keeps (a gateway's
		// raw reply may hold a NUL or invalid UTF-8, which PostgreSQL
		// refuses, and would fail the commit it goes in).
		fallback = storedText(logged(err, append(transcriptTexts(req.Transcript), text, req.LeadName)...), maxErrorBytes)
		e.warn(ctx, tenantID, req.ConversationID, "handoff: drafter failed; using the template", "purpose", req.Purpose,
			"err", fallback)
	}
	text, err := e.template.Draft(ctx, req)
	if err != nil || strings.TrimSpace(text) == "" {
		// The template never fails; this is the last line of defence.
		text = lastBridge
	}
	return text, fallback
}

// checkDraft reports why a drafter's text, drafted for req, may not be
// sent (see draft): the writer claiming to be a person or speaking as the
// rep, a text too long or not the shape its purpose needs
// ([bridge.ValidateWith]), a fact nobody gave ([bridge.CheckFacts]) or
// the wrong language (checkDraftLang). It returns nil for a text that
// may go.
func (e *Engine) checkDraft(text string, req bridge.Request) error {
	err := bridge.ValidateWith(text, req.Purpose, &bridge.ValidateOpts{RepName: req.RepName, MaxSegments: e.draftSegments(),
		Callback: req.Callback, Voice: req.Voice})
	if err == nil {
		// a booking text states what the engine computed, a bridge the
		// callback time the lead gave and no sooner wait, and no text
		// a price or a promise nobody made
		err = bridge.CheckFacts(text, req)
	}
	if err == nil {
		err = e.checkDraftLang(text, req)
	}
	return err
}

// checkDraftLang refuses text, drafted for req, when it is written in a
// language other than req.Lang, the one the lead writes: the draft is
// read as the lead's messages are (Config.Detector, then leadLang), once
// the names req carries (the lead's, the rep's, the agent's, the
// business's and the partner word) and the words both languages text
// ("ok", "info") are left out, so "OK Dana! Bluebird Home Buyers te
// llama." is Spanish. A text too short to tell, or in no language the
// detector reads, passes.
func (e *Engine) checkDraftLang(text string, req bridge.Request) error {
	if req.Lang == "" {
		return nil
	}
	bare := withoutNames(text, req)
	lang := leadLang(req.Lang, e.cfg.Detector.Detect(dnc.Input{Text: bare}).Lang, bare)
	if lang == req.Lang {
		return nil
	}
	return &bridge.TextError{Problem: bridge.ProblemLanguage, Detail: fmt.Sprintf("written in %q, the lead writes %q", lang, req.Lang)}
}

// withoutNames returns the words of text, one space apart, without the
// words of the names req carries and without "ok", "okay" and "info",
// which read as English in any language.
func withoutNames(text string, req bridge.Request) string {
	drop := map[string]bool{"ok": true, "okay": true, "info": true}
	for _, name := range []string{req.LeadName, req.RepName, req.Voice.AgentName, req.Voice.BusinessName, req.Voice.PartnerWord} {
		for _, w := range strings.FieldsFunc(name, notWordRune) {
			drop[strings.ToLower(w)] = true
		}
	}
	words := strings.FieldsFunc(text, notWordRune)
	words = slices.DeleteFunc(words, func(w string) bool { return drop[strings.ToLower(w)] })
	return strings.Join(words, " ")
}

// notWordRune reports a rune no word holds: words are letters, digits
// and the apostrophes inside them ("what's").
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// lastBridge is the bridge when even the template fails, which it never
// does: the last line of defence of a handoff that must not go silent.
const lastBridge = "Thanks! Someone from our team will follow up shortly. What's the best time to reach you?"

// maxDraftSegments is the most SMS segments a drafted text may use: ten
// GSM-7 segments (1,530 characters) fit [MaxSMSLength].
const maxDraftSegments = 10

// draftSegments is the SMS segments a drafted text may use: the drafter's
// own limit when it declares one ([bridge.SegmentLimiter]), at most
// maxDraftSegments, else one.
func (e *Engine) draftSegments() int {
	if sl, ok := e.cfg.Drafter.(bridge.SegmentLimiter); ok {
		return min(max(sl.MaxSegments(), 1), maxDraftSegments)
	}
	return 1
}

func (e *Engine) callDrafter(ctx context.Context, req bridge.Request) (text string, err error) {
	ctx, cancel := e.modelCtx(ctx)
	defer cancel()
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("drafter panicked: %v", r)}
			}
		}()
		t, err := e.cfg.Drafter.Draft(ctx, req)
		done <- result{t, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return "", fmt.Errorf("drafter error: %w", r.err)
		}
		return r.text, nil
	case <-ctx.Done():
		return "", fmt.Errorf("drafter timed out (the call's DraftTimeout of %s was spent): %w", e.cfg.DraftTimeout, ctx.Err())
	}
}

func knownValues(c store.Conversation) map[qualify.Field]qualify.Value {
	known := make(map[qualify.Field]qualify.Value, len(c.Fields))
	for name, f := range c.Fields {
		known[qualify.Field(name)] = qualify.Value{Field: qualify.Field(name), Value: f.Value, Confidence: f.Confidence, MessageID: f.MessageID}
	}
	return known
}

func toStoreFields(known map[qualify.Field]qualify.Value, now time.Time) map[store.FieldName]store.Field {
	out := make(map[store.FieldName]store.Field, len(known))
	for f, v := range known {
		out[store.FieldName(f)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: v.MessageID, UpdatedAt: now}
	}
	return out
}

func inSchema(s qualify.Schema, f qualify.Field) bool {
	for _, x := range s.Fields {
		if x == f {
			return true
		}
	}
	return false
}

// callState is what one public call of the engine carries across the
// retries of its pipeline (see [Engine.apply]): the model budget and the
// reps found full by the commit's capacity check.
type callState struct {
	mu     sync.Mutex
	left   time.Duration // model budget left: DraftTimeout at the start
	full   []string      // reps whose cap a commit found reached
	judged map[string]judgement
}

// judgement is a message's judgement kept for the call's next attempt.
type judgement struct {
	p     plan
	known map[qualify.Field]qualify.Value
}

func (s *callState) judgement(key string) (judgement, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	j, ok := s.judged[key]
	return j, ok
}

func (s *callState) remember(key string, j judgement) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.judged == nil {
		s.judged = map[string]judgement{}
	}
	s.judged[key] = j
}

type callStateKey struct{}

// withCallState gives ctx a call state unless it has one: apply calls it
// once per public call, outside the retry loop.
func (e *Engine) withCallState(ctx context.Context) context.Context {
	if _, ok := ctx.Value(callStateKey{}).(*callState); ok {
		return ctx
	}
	return context.WithValue(ctx, callStateKey{}, &callState{left: e.cfg.DraftTimeout})
}

func stateOf(ctx context.Context) *callState {
	st, _ := ctx.Value(callStateKey{}).(*callState)
	return st
}

// modelCtx bounds one model call (extractor, judge, scorer, drafter or
// summarizer) by what is left of the call's model budget: the calls of one
// public call share one DraftTimeout, charged with the time each spends, so
// a hung model delays a reply or a handoff by at most DraftTimeout in all,
// and routing, calendar and store time is never charged. Without a call
// state it is DraftTimeout alone.
func (e *Engine) modelCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	st := stateOf(ctx)
	if st == nil {
		return context.WithTimeout(ctx, e.cfg.DraftTimeout)
	}
	began := time.Now()
	cctx, cancel := context.WithTimeout(ctx, st.timeLeft())
	return cctx, func() {
		cancel()
		st.charge(time.Since(began))
	}
}

// modelTimeLeft is what remains of the call's model budget (DraftTimeout
// without a call state); zero or less means none.
func (e *Engine) modelTimeLeft(ctx context.Context) time.Duration {
	if st := stateOf(ctx); st != nil {
		return st.timeLeft()
	}
	return e.cfg.DraftTimeout
}

// chargeModel charges d, spent in a model call not made through modelCtx,
// to the call's budget.
func chargeModel(ctx context.Context, d time.Duration) {
	if st := stateOf(ctx); st != nil {
		st.charge(d)
	}
}

func (s *callState) timeLeft() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.left
}

func (s *callState) charge(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.left -= d
}

// markFull records a rep a commit found at its cap; excluded returns them,
// for the next routing of the same call.
func (s *callState) markFull(repID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.full = append(s.full, repID)
}

func (s *callState) excluded() []string {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.full)
}
