package handoff

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/ianazone"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// DefaultMaxBodyBytes is the default cap on an inbound or outbound message
// body: 6,400 bytes, room for the 1,600 characters an SMS provider accepts
// (ten concatenated segments) even when every character takes four bytes
// of UTF-8. Longer bodies are refused with [ErrInvalidInput].
const DefaultMaxBodyBytes = 6400

// MaxSMSLength is the most characters a text the host hands the engine
// for an SMS lead may have (a rep's with [RepMessageParams.Send], an AI's
// with [AIMessage.Send], a [ScheduledMessage]): 1,600, ten concatenated
// segments, what SMS providers accept (Twilio refuses a longer body with
// error 21617, which its Sender treats as permanent). Characters are
// counted as UTF-16 code units, as a browser's maxlength counts them: an
// emoji outside the Basic Multilingual Plane counts two.
const MaxSMSLength = 1600

// Config configures an [Engine]. The zero value (or a nil *Config) means
// the documented defaults; [NewEngine] applies them to a copy, and refuses
// a field out of its documented range with an [*InputError] naming it
// (Field "Config.Schema.Required", say), which matches [ErrInvalidInput].
// No text field may hold invalid UTF-8, a NUL or a control character
// (consent texts and Voice.Tone may hold newlines): a store may refuse
// them, and the commit that needs one would fail.
type Config struct {
	// Schema is the qualification schema. Zero means [qualify.RealEstate]
	// (motivation, condition, timeline, price; 2 of 4). A custom schema
	// lists each field once, by a name that is an identifier as IDs are
	// (at most 256 bytes, no control or format character); Required is 0 to
	// len(Fields) (0: the fields fill the brief but never hand off on
	// their own) and MinConfidence 0 to 1.
	Schema qualify.Schema

	// Detector classifies opt-out, opt-in and help messages. Nil means
	// dnc.New(nil).
	Detector dnc.Detector
	// Extractor fills schema fields. Nil means qualify.NewRuleExtractor(nil).
	// Any other extractor (an LLM adapter) runs on top of the rule
	// extractor, bounded by DraftTimeout: it may add a field or state one
	// more confidently, never drop one the rules found. A field the
	// conversation already holds confidently changes as
	// [qualify.Replaces] says: to a more confident value; at the same
	// confidence, a price, budget or timeline to the lead's later one,
	// and a stated need, fit, motivation or condition only when the lead
	// corrects it. On a message that is only a soft yes or an
	// acknowledgement ("ok", "sure", "yes", "ok thanks") it reads no
	// field in that message the rules did not read there (a value it
	// reads from an earlier message of the lead's stays): soft yeses
	// never fire. The rules read
	// a bare yes only as the answer to a question that names the field
	// ("yes" to "are you buying a new home?" states the need).
	Extractor qualify.Extractor
	// Scorer scores the lead 0..100. Nil means qualify.NewRuleScorer(nil).
	// Any other scorer (an LLM adapter) runs over the rule scorer, bounded
	// by DraftTimeout, and the higher of the two scores counts, except on
	// a message that is only a soft yes ("sure", "ok ok ok", "👍"), where
	// the rules' score stands: soft yeses never fire.
	Scorer qualify.Scorer
	// Judge is a tier above the rules for the trigger signals (opt-out,
	// explicit ask, frustration, topics, competitors, commitment): an LLM
	// adapter, for example. It runs outside any transaction, bounded by
	// DraftTimeout; it may add signals and never removes one the rules
	// found ([trigger.Signals.Merge]); on an error the rules decide. Its
	// opt-out suppresses the address when its confidence is at least
	// [JudgeOptOutConfidence] (0.8),
	// and otherwise sends the conversation to a person's review. It reads
	// every lead message the detector finds no consent change in, in
	// every state: after the handoff, while a rep drives and while the
	// conversation is paused (not opted out) too, where only its opt-out
	// counts, so that a revocation the rules miss cancels the bridge and
	// whatever else is queued, and the rep learns it, as of a STOP. An LLM
	// adapter answers the judge and the extractor from one analysis call
	// per message. Nil means the rules (and the learned tier of the
	// detectors) alone.
	Judge trigger.Judge
	// NoLearnedTier leaves out the learned model (trigger.Model) that reads
	// explicit asks, frustration and commitment behind the rules. The
	// opt-out model lives in the Detector (dnc.Config.NoModel).
	NoLearnedTier bool
	// Policy decides handoffs. Nil means trigger.DefaultPolicy(). Its
	// high-value rules (trigger.HighValue, trigger.HighValueScope) also
	// mark a lead whom another rule hands off ([trigger.Policy.EvaluateAlso]):
	// "a $500k deal, can someone call me?" is an ask from a lead tagged
	// high_value, which the Router sees ([route.Signals].HighValue) and
	// sends to a senior rep. Without such a rule the engine has no
	// threshold of value and tags no lead high_value; the host may.
	Policy *trigger.Policy
	// Competitors are competitor names the brief reports when the lead
	// mentions them ("Opendoor", "We Buy Houses"), one line of valid UTF-8
	// each, without control characters. To hand off on them too, add
	// trigger.Competitor(names...) to the Policy.
	Competitors []string
	// Router assigns a rep to each handoff from the whole lead (owner,
	// company, region, fields, score, signals, tags, the triggering
	// message); see [route.Pool], with [StoreSequencer] and [StoreLoad] so
	// that round-robin and capacity hold across instances. It runs outside
	// any transaction, bounded by DraftTimeout. Nil leaves handoffs
	// unassigned (the Hot inbox is the team's queue). A handoff it leaves
	// unassigned because nobody is on duty, with a [route.NoRepError]
	// that says when the next rep comes on (NextAt, as a [route.Pool]
	// does), has a bridge that tells the lead when someone is back, in
	// the lead's zone when known, and promises no one sooner
	// ([bridge.Request].NextOnDuty): "Thanks! Our team is back tomorrow
	// at 9am, and my partner will reach out then. What's the best time to
	// call?" One whose NoRepError has no NextAt (every rep unavailable,
	// or at capacity) has a bridge that promises no time
	// ([bridge.Request].NobodyFree): "... will reach out as soon as
	// they're free."
	Router route.Router
	// SLA is the 5-minute rule: a handoff no rep engages (accepts, writes,
	// takes over) within SLA is re-routed to the next eligible rep and
	// notified again, at most SLAReroutes times, then escalated to the
	// team: unassigned, so any rep may accept it, and the team (see Team)
	// is notified. It runs on outbox items with a not-before time, so it survives
	// restarts and works across instances. Zero means 5 minutes; negative
	// turns the rule off. A lead whose bridge or notice named the rep gets
	// an update (see Notices). In booking mode a handoff whose lead booked a meeting
	// before the check came due is settled by the booking, not re-routed:
	// see [BookingConfig].
	SLA time.Duration
	// SLAReroutes is how many times the 5-minute rule re-routes before it
	// escalates to the team. Zero means 2; negative means escalate at once.
	SLAReroutes int
	// Team is the address of the team's queue, the To of notifications of
	// unassigned and escalated handoffs (the Notifier decides what it
	// means: a channel, a list). "" means "team"; a blank (whitespace)
	// one is refused, and so is one that is not an identifier as IDs are
	// (at most 256 bytes of valid UTF-8, no control or format character).
	Team string
	// UpdateDelay is how long lead messages after a handoff gather before
	// the assigned rep gets one update about them (coalesced, not one per
	// message). Zero means one minute; negative is refused.
	UpdateDelay time.Duration
	// QuietHours, when set, is the sending window of this Engine's
	// tenants' automated texts, in the lead's local time, in place of
	// [DispatcherConfig.QuietHours]: a Dispatcher holds this Engine's items
	// to it, whether it was built on the Engine or serves it through
	// [DispatcherConfig.Tenants], so that one Dispatcher serves tenants
	// whose windows differ. Nil means the Dispatcher's. The engine's
	// booking texts also read it where they guess whether quiet hours may
	// hold a text to a later day. It must be valid ([dnc.QuietHours.Validate]).
	QuietHours *dnc.QuietHours
	// DefaultTimeZone, when set, is the lead's zone for this Engine's
	// items when neither the conversation's TimeZone nor the phone number
	// gives one (the business's own zone, say), in place of
	// [DispatcherConfig.DefaultTimeZone]. Nil means the Dispatcher's.
	// time.Local is refused, as there: it is the zone of whichever host
	// runs the engine, and instances in different zones would disagree.
	DefaultTimeZone *time.Location

	// Booking turns on async booking for the handoffs it selects: the
	// bridge offers two concrete slots of the assigned rep, the lead's pick
	// is booked and confirmed in one commit with a reminder queued before
	// the meeting. Nil means the bridge asks for a callback time.
	Booking *BookingConfig

	// Notices choose, per reason and channel, a transparent notice that
	// names the rep and the expected wait ("I'm connecting you with Mike,
	// he'll text you in about two minutes") instead of the bridge that asks
	// for a callback time. A notice needs an assigned rep with a name;
	// otherwise the bridge goes, as it does from the template drafter when
	// no notice naming the rep fits one SMS segment. Nil means the bridge
	// always.
	//
	// A notice is a promise, and so is any automated text of the handoff
	// that names the rep (the template's bridge does: "Of course, Mike
	// will reach out shortly. ..."), with Notices or without: the engine
	// keeps the lead told when it breaks. When the rep such a text named
	// will not write after all (they decline, or the 5-minute rule
	// re-routes or escalates the handoff), the lead gets one short update
	// for each such change, drafted as a [bridge.PurposeNoticeUpdate] by
	// the Drafter (the template when it fails), naming the rep who writes
	// now and their wait, or saying someone from the team will write:
	// "Sorry for the wait! Sarah will text you in about two minutes
	// instead." A bridge that names nobody ("my partner") promises no one
	// and gets none. An update is an AI message sent as the bridge is:
	// never to an opted-out address, held in quiet hours,
	// dropped once a rep writes or takes the thread over, and none at all
	// when a rep has already texted the lead since the handoff, or the
	// handoff's texts offered or booked a meeting. An update naming a rep
	// goes stale, unsent, when that rep's 5-minute check is due.
	//
	// The notice's own promise of the wait holds as long: until the named
	// rep's 5-minute check is due (SLA after the handoff; with the rule
	// off, the promised wait, and at least five minutes). A notice that
	// cannot go before then (quiet hours held it overnight, a failing
	// Sender delayed it) is not sent as written, which would promise in
	// the morning the wait of the night before, nor dropped, which would
	// leave the lead without a word: the [Dispatcher] cancels it (an
	// outbox_cancelled event, reason "expired"), with its updates still
	// queued, and sends in its place the bridge as the template writes it
	// when it may go: naming the rep who holds the handoff then (the
	// voice's partner word when the team does), promising no definite
	// wait, asking for a good time to call. It is an AI message of the
	// transcript, sent as the bridge is. Nothing goes once a rep wrote to
	// the lead or took the thread over; a rep's accept is no word to the
	// lead, so the bridge still goes then.
	Notices []NoticeRule

	// Drafter writes bridge texts and AI replies. Nil means the template
	// drafter in Voice. Its texts must fit one SMS segment, or as many as
	// it declares by implementing [bridge.SegmentLimiter] (as the LLM
	// adapters do with their MaxSegments), at most ten. When a custom
	// drafter fails, exceeds DraftTimeout, panics or returns text that
	// fails [bridge.ValidateWith] with that limit, Voice and the assigned
	// rep (a writer claiming to be a person, denying being a bot, or
	// introducing itself as the rep or by any name but Voice.AgentName:
	// [bridge.ProblemHumanClaim]), or a booking text (offer,
	// confirmation, reminder) that misstates the slots, the rep or the
	// reminder the engine computed, or a bridge or a notice (or its
	// update) that promises the rep sooner than the assignment's Wait
	// ([bridge.ProblemWait]), or any text, a reply included, that names a
	// money amount the lead did not give or offers one
	// ([bridge.ProblemPrice]) or guarantees an outcome
	// ([bridge.ProblemPromise]) (see [bridge.CheckFacts]), or any text
	// in a language other than the lead's ([bridge.ProblemLanguage], see
	// Voice), the engine uses the template instead and records why in a
	// drafter_fallback event (the error, with the lead's texts and phone
	// numbers masked): a handoff is never silent, a lead is never told it
	// talks to a person, offered or confirmed a time the calendar did not
	// give, quoted a price nobody set, promised a rep sooner than one
	// writes, nor written to in a language they do not write.
	Drafter bridge.Drafter
	// Summarizer writes the summary at the top of the rep brief (an LLM
	// adapter, for example). It runs outside any transaction, bounded by
	// DraftTimeout; when it fails, times out, panics or answers blank or
	// no text ([brief.ErrInvalidSummary]), the brief keeps its rule-based
	// summary. Nil means the rule-based summary.
	Summarizer brief.Summarizer
	// Voice is the business's voice for templates and drafters. Its
	// BusinessName, AgentName and PartnerWord go into the texts (the
	// default consent texts name the business): each is one line of valid
	// UTF-8 without control characters. Tone is valid UTF-8 without NUL or
	// control characters but newlines. NewEngine refuses others.
	//
	// The drafter is told the language the lead writes in
	// ([bridge.Request].Lang, kept as store.Conversation.Lang from their
	// messages, the message that hands off included) for every text, a
	// reply included, so a lead who writes Spanish gets the template's
	// replies (the question for each missing field), bridge, notice and
	// its update, and the booking texts (the offer, the confirmation, the
	// reminder, with their times in Spanish words) in Spanish, as the
	// consent texts (see Localized) are; those Spanish lines name "un
	// asesor" rather than the English PartnerWord. A Drafter such as an
	// LLM adapter writes them in it too: a draft the Detector reads as
	// another language (the names of the lead, the rep, the agent and the
	// business, and "ok", left out: "OK Dana, gracias." is Spanish) is
	// refused, and the template writes that text in the lead's language.
	Voice bridge.Voice
	// DraftTimeout bounds the time the model calls of one engine call
	// (a Receive, say) spend together, across its retries: the Extractor,
	// Scorer and Judge when they are models rather than the rules, the
	// Drafter and the Summarizer share it, each charged with the time it
	// takes. A hung model therefore delays a reply or a handoff by at most
	// DraftTimeout before the rules decide and the template drafts. The
	// rules are never cut short, and time spent routing, in a Calendar or
	// in the store is not charged: a Router and a Calendar call each get a
	// DraftTimeout of their own. Zero means 5 seconds; negative is refused.
	DraftTimeout time.Duration
	// NoReplies stops the engine from drafting and queueing ordinary AI
	// replies while qualifying (for hosts that run their own AI and queue
	// its replies with [Engine.RecordAIMessage]). Bridge texts are always
	// sent.
	NoReplies bool

	// OptOutConfirmation is the single text sent after an opt-out. Empty
	// means a default that names the business; set NoOptOutConfirmation to
	// send none. Like every consent text, a blank (whitespace only) one is
	// refused: no provider delivers it; so is one with invalid UTF-8, a NUL
	// or a control character other than a newline, which a store may not
	// hold (PostgreSQL refuses NUL): the STOP's commit would fail.
	OptOutConfirmation   string
	NoOptOutConfirmation bool

	// OptInConfirmation is the single text that answers an opt-in (START,
	// UNSTOP; YES where the Detector takes it for one) that subscribes the
	// lead again, as carriers expect: who is texting and how to opt out.
	// Empty means a default that names the business; set
	// NoOptInConfirmation to send none (when the SMS provider answers
	// START itself).
	OptInConfirmation   string
	NoOptInConfirmation bool

	// HelpReply answers HELP and INFO, as carriers require: who is texting
	// and how to opt out. Empty means a default that names the business;
	// set NoHelpReply to send none (when the SMS provider answers HELP
	// itself). It is not sent to a suppressed address.
	HelpReply   string
	NoHelpReply bool
	// Localized holds the opt-out and opt-in confirmations and the help
	// reply in other languages, by the code the detector reports
	// ([dnc.Result.Lang]), so that a lead who wrote "ALTO" or "ayuda" is
	// answered in Spanish, and so is a lead who writes Spanish and texts
	// STOP, HELP or START: the engine keeps the language the lead writes
	// in (store.Conversation.Lang) from their messages, and a carrier
	// keyword alone does not change it. Nil means a Spanish default that
	// names the business; an entry for a language replaces its default,
	// and empty texts fall back to English (the key "" is refused: the
	// English texts are the fields above; a key is an identifier, as IDs
	// are). Every consent text the engine sends, in every language, is at
	// most [MaxSMSLength] characters of valid UTF-8, not blank, without NUL
	// or control characters but newlines: [NewEngine] refuses any other,
	// or a Voice.BusinessName that makes a default one longer.
	Localized map[string]ConsentTexts

	// OnHandoff, when set, runs inside the handoff transaction after every
	// handoff record is written; an error aborts the whole handoff (nothing
	// is written and Receive returns the error). Hosts use it to flip their
	// own CRM row in the same commit (see sqlstore.SQLTx). It must not call
	// out to the network.
	OnHandoff func(ctx context.Context, tx store.Tx, c store.Conversation) error

	// NewConversation decides how [Engine.ReceiveAddressed] starts a
	// conversation for a lead who has none on the line (nor one started
	// without a line): which campaign, schema attributes or tags, the
	// lead's name from the host's CRM, or the CRM's lead ID of a
	// conversation the host started already (see [NewConversationFunc]).
	// Nil starts an SMS conversation with the lead's phone and the line
	// only. Its error refuses the message: ReceiveAddressed returns it
	// wrapped, with the lead's number, the line and the text masked in
	// the message (errors.Is and errors.As still find the host's error),
	// as a webhook logs it.
	NewConversation NewConversationFunc

	// DefaultRegion parses national phone numbers (ISO 3166 code, such as
	// "US" or "GB"; see [dnc.KnownRegion]). "" means "US"; a code the phone
	// numbering plan does not know is refused by [NewEngine].
	DefaultRegion string
	// MaxBodyBytes caps message bodies. Zero means [DefaultMaxBodyBytes];
	// negative is refused, as it is for HistoryTurns and MaxAttempts.
	MaxBodyBytes int
	// HistoryTurns is how many recent messages extractors, scorers and
	// drafters see. Zero means 20.
	HistoryTurns int
	// SnapshotCache is how many conversations' last committed snapshots the
	// engine keeps, so the next message on a conversation skips the
	// snapshot read; the compare-and-swap at commit catches any change made
	// meanwhile (see snapcache.go). Zero means 10,000; negative disables it.
	SnapshotCache int
	// MaxAttempts bounds the compare-and-swap retries of one call when the
	// conversation changes concurrently. Zero means 8.
	MaxAttempts int

	// Now is the clock. Nil means time.Now. A clock that steps back (NTP)
	// does not reorder a conversation: what a change records (its events,
	// messages, HandoffAt, EngagedAt) is dated Now, or the conversation's
	// last write (UpdatedAt) when Now reads earlier, so a rep's response
	// is never dated before the handoff it answers. What a change queues
	// is still due by Now, so no text waits for the clock to catch up.
	Now func() time.Time
	// NewID generates record IDs. Nil means 16 random bytes in hex.
	NewID func() string
	// Logger receives operational logs. Nil discards them. Phone numbers
	// and message bodies are never logged. Every record about a
	// conversation carries its "tenant" and "conversation" attributes:
	// conversation IDs are unique only within a tenant.
	Logger *slog.Logger
}

// NoticeRule selects the transparent notice for handoffs of a reason ("" for
// any, else an identifier as IDs are) on a channel ("" for any).
type NoticeRule struct {
	Reason  trigger.Reason
	Channel store.Channel
}

// ConsentTexts are the texts the engine sends on its own about consent, in
// one language.
type ConsentTexts struct {
	OptOutConfirmation string
	OptInConfirmation  string
	HelpReply          string
}

func (c *Config) withDefaults() (Config, error) {
	var cfg Config
	if c != nil {
		cfg = *c
	}
	for _, step := range []func(*Config) error{checkConfigTexts, judgementDefaults, textDefaults, afterDefaults, limitDefaults} {
		if err := step(&cfg); err != nil {
			return cfg, err
		}
	}
	if !ianazone.Portable(cfg.DefaultTimeZone) {
		return cfg, configError("Config.DefaultTimeZone", hostZoneProblem)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.NewID == nil {
		cfg.NewID = randomID
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

// checkConfigTexts refuses a text field of the Config that a store
// cannot hold (PostgreSQL's text columns refuse NUL) or that would break
// the texts, the brief or logs: the language codes of Localized and the
// reasons of Notices (identifiers, see checkID), the Voice's names (one
// line each, see checkLine; the consent texts' length bounds them) and its
// Tone (see checkConfigText), and the Competitors' names (one line each,
// as the brief and the audit trail quote them). The consent texts are
// checked by checkConsentTexts, Team, the schema and Booking with their
// defaults.
func checkConfigTexts(cfg *Config) error {
	for _, f := range []struct{ name, v string }{{"BusinessName", cfg.Voice.BusinessName}, {"AgentName", cfg.Voice.AgentName},
		{"PartnerWord", cfg.Voice.PartnerWord}} {
		if err := checkLine("Config.Voice."+f.name, f.v, math.MaxInt, true); err != nil {
			return err
		}
	}
	if err := checkConfigText("Config.Voice.Tone", cfg.Voice.Tone); err != nil {
		return err
	}
	for _, lang := range slices.Sorted(maps.Keys(cfg.Localized)) {
		if lang != "" { // the key "" is refused by textDefaults, naming the English fields
			if err := checkID(fmt.Sprintf("Config.Localized[%q]", lang), lang); err != nil {
				return err
			}
		}
	}
	for i, n := range cfg.Competitors {
		if err := checkLine(fmt.Sprintf("Config.Competitors[%d]", i), n, 512, true); err != nil {
			return err
		}
	}
	for i, n := range cfg.Notices {
		if err := checkOptionalID(fmt.Sprintf("Config.Notices[%d].Reason", i), string(n.Reason)); err != nil {
			return err
		}
	}
	return nil
}

// judgementDefaults: the schema, the detectors and the policy.
func judgementDefaults(cfg *Config) error {
	if cfg.Schema.Name == "" && len(cfg.Schema.Fields) == 0 {
		cfg.Schema = qualify.RealEstate
	}
	if err := checkSchema(cfg.Schema); err != nil {
		return err
	}
	if cfg.Detector == nil {
		cfg.Detector = dnc.New(nil)
	}
	if cfg.Extractor == nil {
		cfg.Extractor = qualify.NewRuleExtractor(nil)
	}
	if cfg.Scorer == nil {
		cfg.Scorer = qualify.NewRuleScorer(nil)
	}
	if cfg.Policy == nil {
		cfg.Policy = trigger.DefaultPolicy()
	}
	if cfg.DraftTimeout < 0 {
		return configError("Config.DraftTimeout", "is negative")
	}
	if cfg.DraftTimeout == 0 {
		cfg.DraftTimeout = 5 * time.Second
	}
	return nil
}

// checkSchema refuses a schema the fields rule cannot count: no fields, a
// field without a name or listed twice (one answer would count as two),
// Required outside 0..len(Fields), MinConfidence outside 0..1 (above 1 no
// field is ever confident).
func checkSchema(s qualify.Schema) error {
	if err := checkLine("Config.Schema.Name", s.Name, 512, true); err != nil {
		return err
	}
	if len(s.Fields) == 0 {
		return configError("Config.Schema.Fields", fmt.Sprintf("is empty (schema %q)", s.Name))
	}
	for i, f := range s.Fields {
		field := fmt.Sprintf("Config.Schema.Fields[%d]", i)
		if strings.TrimSpace(string(f)) == "" {
			return configError(field, "is empty")
		}
		if err := checkID(field, string(f)); err != nil {
			return err
		}
		if slices.Contains(s.Fields[:i], f) {
			return configError(fmt.Sprintf("Config.Schema.Fields[%d]", i), fmt.Sprintf("lists %q twice: one answer would count as two fields", f))
		}
	}
	if s.Required < 0 || s.Required > len(s.Fields) {
		return configError("Config.Schema.Required", fmt.Sprintf("is %d, not within 0..%d, the schema's fields", s.Required, len(s.Fields)))
	}
	if math.IsNaN(s.MinConfidence) || s.MinConfidence < 0 || s.MinConfidence > 1 {
		return configError("Config.Schema.MinConfidence", fmt.Sprintf("is %v, not within 0..1", s.MinConfidence))
	}
	return nil
}

// hostZoneProblem is what a default zone of time.Local is refused for.
const hostZoneProblem = "is time.Local, the zone of the host that runs it: load the business's zone by its IANA name (time.LoadLocation(\"America/New_York\"))"

// configError is the [*InputError] NewEngine and NewDispatcher return for
// a field of their config out of range.
func configError(field, problem string) error {
	return &InputError{Field: field, Problem: problem}
}

// textDefaults: the consent texts, in English and Spanish, each one an
// SMS can carry (see checkConsentTexts).
func textDefaults(cfg *Config) error {
	if _, ok := cfg.Localized[""]; ok {
		return configError(`Config.Localized[""]`, "is set: the English texts are Config.OptOutConfirmation, OptInConfirmation and HelpReply")
	}
	given := map[string]ConsentTexts{"": {cfg.OptOutConfirmation, cfg.OptInConfirmation, cfg.HelpReply}}
	for lang, t := range cfg.Localized {
		given[lang] = t
	}
	if cfg.OptOutConfirmation == "" {
		name := cfg.Voice.BusinessName
		if name == "" {
			name = "us"
		}
		cfg.OptOutConfirmation = "You're unsubscribed and won't get more texts from " + name + ". Reply START to resume."
	}
	if cfg.OptInConfirmation == "" {
		cfg.OptInConfirmation = strings.TrimSpace(cfg.Voice.BusinessName+": ") + " you're subscribed again to texts about your inquiry. Reply HELP for help, STOP to opt out. Msg & data rates may apply."
		if cfg.Voice.BusinessName == "" {
			cfg.OptInConfirmation = "You're subscribed again to texts about your inquiry. Reply HELP for help, STOP to opt out. Msg & data rates may apply."
		}
	}
	if cfg.HelpReply == "" {
		name := cfg.Voice.BusinessName
		if name == "" {
			name = "This number"
		}
		cfg.HelpReply = name + ": texts about your inquiry. Reply STOP to opt out. Msg & data rates may apply."
	}
	cfg.Localized = localizedDefaults(cfg.Localized, cfg.Voice.BusinessName)
	return checkConsentTexts(cfg, given)
}

// checkConsentTexts refuses a consent text the engine would send (not
// turned off by NoOptOutConfirmation, NoOptInConfirmation or NoHelpReply)
// that is blank (whitespace only: the Dispatcher has nothing to send and
// dead-letters it), that a store cannot hold or an SMS should not carry
// (invalid UTF-8, NUL, a control character but a newline: PostgreSQL
// refused the STOP's commit that records a confirmation with a NUL, and
// the opt-out was lost), or longer than an SMS can carry, MaxSMSLength
// characters (the provider would refuse it): either way the lead who
// texted STOP, START or HELP would get no answer. A default text names the business, so the error
// names Voice.BusinessName when the host gave none (given holds what the
// host gave, by language, "" for English). An empty text of another
// language falls back to the English one, checked already.
func checkConsentTexts(cfg *Config, given map[string]ConsentTexts) error {
	langs := append([]string{""}, slices.Sorted(maps.Keys(cfg.Localized))...)
	for _, lang := range langs {
		t, prefix := ConsentTexts{cfg.OptOutConfirmation, cfg.OptInConfirmation, cfg.HelpReply}, "Config."
		if lang != "" {
			t, prefix = cfg.Localized[lang], fmt.Sprintf("Config.Localized[%q].", lang)
		}
		g := given[lang]
		for _, x := range []struct {
			name, text, given string
			off               bool
		}{
			{"OptOutConfirmation", t.OptOutConfirmation, g.OptOutConfirmation, cfg.NoOptOutConfirmation},
			{"OptInConfirmation", t.OptInConfirmation, g.OptInConfirmation, cfg.NoOptInConfirmation},
			{"HelpReply", t.HelpReply, g.HelpReply, cfg.NoHelpReply},
		} {
			if x.off {
				continue
			}
			if x.text != "" && strings.TrimSpace(x.text) == "" {
				return configError(prefix+x.name, "is blank: leave it empty for the default, or turn it off")
			}
			if err := checkConfigText(prefix+x.name, x.text); err != nil {
				return err
			}
			n := smsLength(x.text)
			if n <= MaxSMSLength {
				continue
			}
			if x.given == "" {
				return configError("Config.Voice.BusinessName", fmt.Sprintf("makes the default %s%s %d characters, longer than the %d an SMS can carry",
					prefix, x.name, n, MaxSMSLength))
			}
			return configError(prefix+x.name, fmt.Sprintf("is %d characters, longer than the %d an SMS can carry", n, MaxSMSLength))
		}
	}
	return nil
}

// afterDefaults: booking, the 5-minute rule, the team, rep updates.
func afterDefaults(cfg *Config) error {
	var err error
	if cfg.QuietHours != nil {
		if err := cfg.QuietHours.Validate(); err != nil {
			return configError("Config.QuietHours", "is invalid: "+err.Error())
		}
		q := *cfg.QuietHours // the caller's value may change
		cfg.QuietHours = &q
	}
	if cfg.Booking, err = cfg.Booking.withDefaults(); err != nil {
		return err
	}
	if cfg.SLA == 0 {
		cfg.SLA = 5 * time.Minute
	}
	if cfg.SLAReroutes == 0 {
		cfg.SLAReroutes = 2
	}
	if cfg.Team == "" {
		cfg.Team = "team"
	}
	if strings.TrimSpace(cfg.Team) == "" {
		return configError("Config.Team", "is blank")
	}
	if err := checkID("Config.Team", cfg.Team); err != nil {
		return err
	}
	if cfg.UpdateDelay < 0 {
		return configError("Config.UpdateDelay", "is negative")
	}
	if cfg.UpdateDelay == 0 {
		cfg.UpdateDelay = time.Minute
	}
	return nil
}

// limitDefaults: phone parsing, sizes, the cache and retries.
func limitDefaults(cfg *Config) error {
	if cfg.DefaultRegion == "" {
		cfg.DefaultRegion = "US"
	}
	if !dnc.KnownRegion(cfg.DefaultRegion) {
		return configError("Config.DefaultRegion", fmt.Sprintf("%q is not a region the phone numbering plan knows (an ISO 3166 code, such as \"US\")", cfg.DefaultRegion))
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"MaxBodyBytes", cfg.MaxBodyBytes}, {"HistoryTurns", cfg.HistoryTurns}, {"MaxAttempts", cfg.MaxAttempts}} {
		if f.v < 0 {
			return configError("Config."+f.name, "is negative")
		}
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.HistoryTurns == 0 {
		cfg.HistoryTurns = 20
	}
	if cfg.SnapshotCache == 0 {
		cfg.SnapshotCache = 10000
	}
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 8
	}
	return nil
}

func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// localizedDefaults adds the Spanish default texts unless the host gave
// its own.
func localizedDefaults(in map[string]ConsentTexts, business string) map[string]ConsentTexts {
	out := make(map[string]ConsentTexts, len(in)+1)
	for k, v := range in {
		out[k] = v
	}
	if _, ok := out["es"]; !ok {
		name := business
		if name == "" {
			name = "nosotros"
		}
		out["es"] = ConsentTexts{
			OptOutConfirmation: "Has sido dado de baja y no recibirás más mensajes de " + name + ". Responde START para volver.",
			OptInConfirmation:  strings.TrimSpace(business+": ") + " te suscribiste de nuevo a los mensajes sobre tu consulta. Responde AYUDA para ayuda, STOP para no recibir más. Pueden aplicar tarifas.",
			HelpReply:          strings.TrimSpace(business+": ") + " mensajes sobre tu consulta. Responde STOP para no recibir más. Pueden aplicar tarifas.",
		}
		if business == "" {
			out["es"] = ConsentTexts{OptOutConfirmation: out["es"].OptOutConfirmation,
				OptInConfirmation: "Te suscribiste de nuevo a los mensajes sobre tu consulta. Responde AYUDA para ayuda, STOP para no recibir más. Pueden aplicar tarifas.",
				HelpReply:         "Mensajes sobre tu consulta. Responde STOP para no recibir más. Pueden aplicar tarifas."}
		}
	}
	return out
}
