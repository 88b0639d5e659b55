package store

import (
	"strings"
	"time"
)

// State is who drives a conversation. The transitions between states are
// defined by package handoff; the store only persists the value.
type State string

// The four conversation states.
const (
	// StateAIActive: the AI may draft and queue replies.
	StateAIActive State = "ai_active"
	// StateHandoff: a trigger fired; the AI is silent and the lead waits for a rep.
	StateHandoff State = "handoff"
	// StateHuman: a rep owns the thread.
	StateHuman State = "human"
	// StatePaused: nobody automated speaks (manual pause, opt-out, failure).
	StatePaused State = "paused"
)

// Status is the CRM pipeline status of the lead behind a conversation.
type Status string

// CRM statuses set by handoffkit. Hosts may store their own values too.
//
//	new        a conversation the AI qualifies
//	hot        handed off (or a possible opt-out in review): in the Hot inbox
//	active     handed back to the AI by an explicit resume
//	closed     the rep completed the handoff
//	opted_out  the lead revoked consent; an opt-in restores the status before it
const (
	StatusNew      Status = "new"
	StatusHot      Status = "hot"
	StatusActive   Status = "active"
	StatusClosed   Status = "closed"
	StatusOptedOut Status = "opted_out"
)

// Channel is the medium of a conversation.
type Channel string

// Channels.
const (
	ChannelSMS  Channel = "sms"
	ChannelChat Channel = "chat"
)

// FieldName names a qualification field ("motivation", "budget", ...).
type FieldName string

// Field is one extracted qualification value with its provenance.
type Field struct {
	Value      string    // normalised value, e.g. "inherited", "$250,000"
	Confidence float64   // 0..1
	MessageID  string    // the message it was extracted from
	UpdatedAt  time.Time // when it was last set
}

// Lead is the contact behind a conversation.
type Lead struct {
	Name    string
	Phone   string // E.164 when known, e.g. "+15550101234"
	Email   string // as the lead or the host typed it (shown so); stores match it by its [EmailKey]
	Source  string // where the lead came from: "zillow", "web form", ...
	Company string // the lead's company, "" when unknown
	// OwnerID is the rep who owns the account in the host's CRM, "" when
	// none; routers give it the first claim on a handoff.
	OwnerID string
}

// Tag is a label on a conversation ("urgent", "repeat_customer"), set by
// the host or applied by the engine from a signal, with its provenance.
type Tag struct {
	Name      string
	Source    string    // "host", or the signal that applied it: "signal:frustration"
	MessageID string    // the lead message it came from, "" for host tags
	At        time.Time // when it was applied
}

// Meeting is the async booking state of a conversation.
type Meeting struct {
	// Offered are the slots offered to the lead and not yet picked, at
	// OfferedAt; Rescheduling says they replace the booked meeting. An
	// offer whose text was cancelled or dead-lettered before it went is
	// no offer: the engine puts Seen back in its place.
	Offered      []MeetingSlot
	OfferedAt    time.Time
	Rescheduling bool
	// Seen are the slots of the offer the lead last got, at SeenAt, when a
	// later offer (Offered) replaced it: a reply read while that later
	// offer's text has not gone yet is read against these, the slots the
	// lead saw. Empty when no offer had gone before Offered's (one whose
	// text was cancelled or dead-lettered never went), and once none is
	// offered.
	Seen   []MeetingSlot
	SeenAt time.Time
	// Booked is the meeting on the rep's calendar, BookingID its ID there;
	// zero when none (or after a cancellation).
	BookingID string
	Booked    MeetingSlot
	// BookedAt is when the lead booked the meeting (picked a slot, or
	// picked a new one to move it); a rep's move keeps it. Zero when none
	// is booked, for a meeting a rep booked (a rep's action, which
	// EngagedAt records), or for a meeting stored before the field
	// existed. A
	// meeting booked at or after the conversation's HandoffAt settles the
	// 5-minute rule of that handoff (see package handoff, Config.SLA).
	BookedAt time.Time
}

// MeetingSlot is one meeting time of one rep.
type MeetingSlot struct {
	RepID      string
	RepName    string // the rep's display name, "" when unknown
	Start, End time.Time
	TimeZone   string // the rep's IANA zone
}

// Baseline records what a conversation already knew when it was last
// resumed: a trigger that fired before fires again only on new evidence
// (a field newly known, a score above the baseline, a new ask).
type Baseline struct {
	Fields []FieldName // the confident fields at the resume
	Score  int         // the score at the resume
	At     time.Time   // the resume; zero when never resumed
}

// Conversation is one thread with one lead. Its Version is the
// compare-and-swap token: [Tx.ConversationUpdate] succeeds only when the
// stored version equals Version, and increments it.
type Conversation struct {
	ID       string
	TenantID string
	Lead     Lead
	Channel  Channel
	TimeZone string // IANA zone of the lead, "" when unknown
	// Line is the business's own address the lead writes to: our SMS
	// number in E.164 or a US or Canadian short code's digits ("55123"),
	// or a chat channel's ID; "" when the host does not say. With the lead's phone it finds the conversation a provider's
	// webhook belongs to.
	Line string
	// Lang is the language the lead writes in as far as the engine can
	// tell ("en", "es"); "" when unknown.
	Lang string

	State  State
	Status Status
	Fields map[FieldName]Field
	Score  int // 0..100

	HandoffReason string    // the trigger reason, e.g. "explicit_ask"
	HandoffDetail string    // human-readable detail, e.g. "two fields: motivation + condition"
	HandoffAt     time.Time // zero until a handoff fires
	AssignedTo    string    // rep ID, "" when unassigned
	AssignedName  string    // the assigned rep's display name, "" when unknown
	// EngagedAt is when a rep first acted on the latest handoff (accepted
	// it, wrote, took the thread over, booked a meeting with the lead or
	// completed it); zero while nobody has. A pass to another rep (a
	// decline, a re-route, an escalation to the team) sets it back to
	// zero: the next rep has not engaged. The lead's booking of a
	// meeting is no rep's action: it leaves EngagedAt zero
	// (Meeting.BookedAt records it).
	EngagedAt time.Time
	// HandoffMessageID is the ID of the lead message that fired the latest
	// handoff; "" when none did (a host's escalation before the lead wrote,
	// a handoff recorded before the field existed).
	HandoffMessageID string

	Tags       []Tag
	Attributes map[string]string // the host's custom attributes
	Baseline   Baseline          // what was known at the last resume
	// Meeting is the async booking of the conversation: slots offered to
	// the lead, and the meeting booked.
	Meeting Meeting

	CreatedAt time.Time
	UpdatedAt time.Time
	Version   int64
}

// BookedOnHandoff reports whether the lead booked c's meeting on its latest
// handoff: a meeting on the rep's calendar (BookingID), booked at or after
// HandoffAt. Such a booking settles that handoff's 5-minute rule without
// being a rep's action, so EngagedAt stays zero. Times compare at the
// microsecond the stores keep.
func (c Conversation) BookedOnHandoff() bool {
	m := c.Meeting
	return m.BookingID != "" && !m.BookedAt.IsZero() && !c.HandoffAt.IsZero() &&
		!m.BookedAt.Truncate(time.Microsecond).Before(c.HandoffAt.Truncate(time.Microsecond))
}

// Direction of a message relative to the business.
type Direction string

// Directions.
const (
	Inbound  Direction = "inbound"
	Outbound Direction = "outbound"
)

// Origin says who wrote a message.
type Origin string

// Origins.
const (
	OriginLead   Origin = "lead"
	OriginAI     Origin = "ai"
	OriginRep    Origin = "rep"
	OriginSystem Origin = "system" // opt-out confirmations, reminders
)

// Message is one message in a conversation's transcript.
type Message struct {
	ID             string
	TenantID       string
	ConversationID string
	Direction      Direction
	Origin         Origin
	Author         string // rep ID for OriginRep, "" otherwise
	Body           string
	ProviderID     string // the SMS/chat provider's message ID; unique per tenant when set
	CreatedAt      time.Time
}

// EventKind classifies an audit event.
type EventKind string

// Audit event kinds written by handoffkit.
const (
	EventCreated EventKind = "created"
	// EventHandoff: a trigger fired (or the host escalated) and the
	// conversation went to a rep. Reason is the trigger reason
	// ("explicit_ask"); Detail is the trigger's detail, then, when a lead
	// message fired it, message= and the message's ID, query-escaped, as
	// for [EventOptOut] ("lead asked for a person (person call)
	// message=SM123"): the message that fired a handoff on the backlog a
	// review's release judged, though the event is dated at the release,
	// and the one of each handoff, though [Conversation.HandoffMessageID]
	// names only the latest. None is named for a host's escalation (actor
	// [ActorHost]).
	EventHandoff         EventKind = "handoff"
	EventTakeover        EventKind = "takeover"
	EventRepMessage      EventKind = "rep_message"
	EventPause           EventKind = "pause"
	EventResume          EventKind = "resume"
	EventOptIn           EventKind = "opt_in"
	EventDrafterFallback EventKind = "drafter_fallback"
	EventOutboxCancelled EventKind = "outbox_cancelled"
	EventDeadLetter      EventKind = "dead_letter"
	EventDelivered       EventKind = "delivered"
	EventDeliveryFailed  EventKind = "delivery_failed"
	// EventOptOut: the lead revoked consent, or a carrier or the host
	// said so. Reason is the rule ("keyword:STOP", "review_confirmed",
	// "carrier:opted_out", "host" or the host's own); Detail is
	// space-separated key=value pairs, values query-escaped:
	// prior_status, the status the conversation had (an opt-in restores
	// it), then message, the ID of the lead message that carried the
	// opt-out ("prior_status=hot message=SM123"). The message is named on
	// every conversation the opt-out pauses (the one that received it and
	// the others with the lead's address), and, for a person's
	// confirmation of a review, it is the message in review; it stays in
	// the trail after an opt-in deletes the [Suppression]. None is named
	// when no message carried the opt-out: a carrier's report (a delivery
	// failure or a Sender's opted-out error) or the host's opt-out of an
	// address.
	EventOptOut EventKind = "opt_out"
	// EventReview: a message that may be an opt-out silenced the AI and
	// waits for a person; EventReviewReleased: the person found it was not
	// one (a confirmed one is an opt_out event). A review's Detail is the
	// rule that doubted the message, then key=value pairs of what the
	// review found (prior_status=..., the handoff it interrupted as
	// prior_reason=, prior_detail=, prior_at=, prior_message=), then
	// message= and the ID of the message in review, query-escaped, as for
	// [EventOptOut] ("model:p=0.80 ... prior_status=new message=SM123").
	EventReview         EventKind = "review"
	EventReviewReleased EventKind = "review_released"
	EventHelp           EventKind = "help"
	EventAIMessage      EventKind = "ai_message"
	// EventReopened: the lead wrote on a conversation a rep had completed
	// (status closed); it is Hot again, still the rep's. Reason says why
	// ("lead_wrote_after_close"); Detail is the handoff reason it had as
	// prior_reason=, then message= and the ID of the lead message that
	// reopened it, both query-escaped, as for [EventOptOut]
	// ("prior_reason=explicit_ask message=SM123").
	EventReopened EventKind = "reopened"

	// After the trigger (see package handoff): a rep accepts, declines or
	// completes a handoff; the 5-minute rule re-routes it or escalates it
	// to the team; the host escalates from outside; tags and callback
	// times the engine reads; the coalesced update to the assigned rep.
	EventAssigned      EventKind = "assigned" // a router chose a rep: Reason is the rule, Detail the rep
	EventAccept        EventKind = "accept"
	EventDecline       EventKind = "decline"
	EventComplete      EventKind = "complete"
	EventRerouted      EventKind = "sla_rerouted"
	EventSLAEscalated  EventKind = "sla_escalated"
	EventEscalate      EventKind = "escalate"
	EventTagged        EventKind = "tagged"
	EventLeadUpdated   EventKind = "lead_updated"
	EventCallbackTime  EventKind = "callback_time"
	EventRepUpdate     EventKind = "rep_update"
	EventBookingOffer  EventKind = "booking_offered"
	EventBooked        EventKind = "booked"
	EventRescheduled   EventKind = "booking_rescheduled"
	EventBookingCancel EventKind = "booking_cancelled"
	EventMeetingDone   EventKind = "meeting_completed"
	EventNoShow        EventKind = "no_show"
)

// Actor says who caused an event: the AI, the system, the lead, or a rep
// (written "rep:" followed by the rep's ID, so no rep ID can be mistaken
// for the others).
type Actor string

// Actors that are not reps.
const (
	ActorAI Actor = "ai"
	// ActorSystem is the engine acting on its own (a delivery, a timer)
	// or on a carrier's report (a "recipient opted out" failure).
	ActorSystem Actor = "system"
	ActorLead   Actor = "lead"
	// ActorHost is the embedding application acting through the API
	// without naming a rep: a host's escalation, or its opt-out of an
	// address (a do-not-contact list).
	ActorHost Actor = "host"
)

// RepActor is the Actor of the rep with the given ID.
func RepActor(repID string) Actor { return Actor("rep:" + repID) }

// RepID returns the rep ID of a rep actor, or "" and false.
func (a Actor) RepID() (string, bool) {
	id, ok := strings.CutPrefix(string(a), "rep:")
	return id, ok && id != ""
}

// Event is one entry of a conversation's audit trail.
type Event struct {
	ID             string
	TenantID       string
	ConversationID string
	Kind           EventKind
	From, To       State // equal when the state did not change
	Reason         string
	Detail         string
	Actor          Actor
	// Key, when set, is unique per tenant: appending a second event with
	// the same key is [ErrDuplicate]. It makes audit events of retried
	// webhooks idempotent ("confirmed:SM123").
	Key       string
	CreatedAt time.Time
}

// OutboxKind says what an outbox item delivers.
type OutboxKind string

// Outbox item kinds.
const (
	OutboxBridgeSMS       OutboxKind = "bridge_sms"          // the handoff bridge text to the lead
	OutboxAIReply         OutboxKind = "ai_reply"            // an ordinary AI reply to the lead
	OutboxRepNotification OutboxKind = "rep_notification"    // the brief to the assigned rep
	OutboxReminder        OutboxKind = "reminder"            // a scheduled reminder to the lead
	OutboxOptOutConfirm   OutboxKind = "optout_confirmation" // the single "you are unsubscribed" text
	OutboxOptInConfirm    OutboxKind = "optin_confirmation"  // the answer to START: "you are subscribed again"
	OutboxRepSMS          OutboxKind = "rep_sms"             // a rep's message sent through handoffkit
	OutboxHelpReply       OutboxKind = "help_reply"          // the answer to HELP/INFO: who we are, how to opt out
	OutboxRepUpdate       OutboxKind = "rep_update"          // news for the assigned rep (lead messages after the handoff), coalesced
	OutboxSLACheck        OutboxKind = "sla_check"           // the 5-minute rule: re-route or escalate a handoff nobody engaged
	OutboxBookingOffer    OutboxKind = "booking_offer"       // two meeting slots offered to the lead
	OutboxBookingConfirm  OutboxKind = "booking_confirm"     // the confirmation of a booked meeting
)

// outboxKinds is every kind and what it is, in one table: the methods
// below read it, and through them the engine's cancel lists and its
// Dispatcher's send-time check, so a kind's rule is written once. A new
// kind gets a row here.
var outboxKinds = []struct {
	kind OutboxKind
	// toLead: a text to the lead, not a notification to a rep or a timer
	// of the engine.
	toLead bool
	// automated: written by software, not by a person; it stops when the
	// conversation is paused.
	automated bool
	// aiVoice: the AI's side of the conversation; it also stops when a
	// person takes the thread.
	aiVoice bool
}{
	{kind: OutboxBridgeSMS, toLead: true, automated: true, aiVoice: true},
	{kind: OutboxAIReply, toLead: true, automated: true, aiVoice: true},
	{kind: OutboxBookingOffer, toLead: true, automated: true, aiVoice: true},
	{kind: OutboxBookingConfirm, toLead: true, automated: true, aiVoice: true},
	{kind: OutboxReminder, toLead: true, automated: true},
	{kind: OutboxOptOutConfirm, toLead: true},
	{kind: OutboxOptInConfirm, toLead: true},
	{kind: OutboxHelpReply, toLead: true},
	{kind: OutboxRepSMS, toLead: true},
	{kind: OutboxRepNotification},
	{kind: OutboxRepUpdate},
	{kind: OutboxSLACheck},
}

// OutboxKinds returns every outbox kind this package defines.
func OutboxKinds() []OutboxKind {
	out := make([]OutboxKind, len(outboxKinds))
	for i, r := range outboxKinds {
		out[i] = r.kind
	}
	return out
}

// NonLeadKinds are the outbox kinds that do not text the lead: rep
// notifications and updates, and the engine's own timers.
func NonLeadKinds() []OutboxKind {
	var out []OutboxKind
	for _, r := range outboxKinds {
		if !r.toLead {
			out = append(out, r.kind)
		}
	}
	return out
}

// kindRow is k's row of outboxKinds; a kind this package does not define
// is a text to the lead, and nothing else.
func kindRow(k OutboxKind) (toLead, automated, aiVoice bool) {
	for _, r := range outboxKinds {
		if r.kind == k {
			return r.toLead, r.automated, r.aiVoice
		}
	}
	return true, false, false
}

// Automated reports whether items of this kind are written by software
// rather than by a person: the AI's texts (see [OutboxKind.StopsOnTakeover])
// and reminders. Nothing automated goes while the conversation is paused
// (a pause or a review cancels them and waits for those in flight), and
// quiet hours hold them. A person driving the thread stops only the AI's
// texts: a reminder of a booked meeting, the meeting the rep will attend,
// still goes, as does a message the host scheduled.
func (k OutboxKind) Automated() bool {
	_, automated, _ := kindRow(k)
	return automated
}

// StopsOnTakeover reports whether items of this kind are the AI's side of
// the conversation: its replies, the bridge text, booking offers and
// booking confirmations. A person taking the thread (a rep message from
// any source, a takeover) cancels them in the same commit and waits for
// those in flight, and none goes while a person drives.
func (k OutboxKind) StopsOnTakeover() bool {
	_, _, aiVoice := kindRow(k)
	return aiVoice
}

// StopsOnOptOut reports whether items of this kind stop when the lead's
// address opts out: every text to the lead except the opt-out
// confirmation, the one text that answers an opt-out. A confirmation
// already queued stays queued through later opt-outs of the same address
// (a second STOP, a carrier's report), which queue none of their own, so
// the lead gets exactly one.
func (k OutboxKind) StopsOnOptOut() bool {
	return k.ToLead() && k != OutboxOptOutConfirm
}

// ToLead reports whether items of this kind are texts to the lead (as
// opposed to notifications to a rep).
func (k OutboxKind) ToLead() bool {
	toLead, _, _ := kindRow(k)
	return toLead
}

// OutboxStatus is the delivery state of an outbox item.
type OutboxStatus string

// Outbox statuses.
const (
	OutboxPending OutboxStatus = "pending" // waiting for NotBefore, then claimable
	OutboxLeased  OutboxStatus = "leased"  // claimed; reclaimable after LeaseUntil
	// OutboxSending: the dispatcher passed its last check under its lease
	// and is calling the Sender. [Tx.OutboxCancel] never cancels such an
	// item: it is in flight, and a silencing change waits for it to settle
	// (or for its lease to expire) before it reports success.
	OutboxSending   OutboxStatus = "sending"
	OutboxDone      OutboxStatus = "done"      // delivered
	OutboxDead      OutboxStatus = "dead"      // gave up after the attempt limit
	OutboxCancelled OutboxStatus = "cancelled" // no longer applies (opt-out, takeover)
)

// OutboxItem is one unit of work for the dispatcher, written in the same
// transaction as the state change that caused it.
type OutboxItem struct {
	ID             string
	TenantID       string
	ConversationID string
	Kind           OutboxKind
	// To is the rep ID for items to reps; for texts to the lead, the
	// lead's phone in E.164 (else email) for SMS, and "chat:" followed by
	// the conversation ID for a chat conversation.
	To             string
	MessageID      string // the transcript message this item delivers, if any
	Payload        []byte // kind-specific, e.g. the JSON brief for rep notifications
	IdempotencyKey string // unique per tenant; passed to the Sender
	NotBefore      time.Time
	Attempts       int
	Status         OutboxStatus
	LeaseUntil     time.Time
	// ProviderID is the provider's message ID the Sender reported for a
	// delivered item, "" until then.
	ProviderID string
	LastError  string
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Suppression records that an address must not receive automated messages
// from a tenant (an opt-out). SourceMessageID is the lead message that
// carried the opt-out (for a confirmed review, the message in review);
// "" when none did (a carrier's report, the host's opt-out of an
// address). The opt_out event names it too ([EventOptOut]), and keeps it
// once an opt-in deletes the suppression. Reason is the rule; for an
// address suppressed because the lead gave it together with the one
// that opted out, the handoff engine writes the rule, " linked=" and that
// address ("keyword:STOP linked=+12125550100").
type Suppression struct {
	TenantID        string
	Address         string // E.164 phone number, email, or "chat:" and a chat conversation's ID; stored by its [AddressKey]
	Channel         Channel
	Reason          string // the rule that matched, e.g. "keyword:STOP"
	SourceMessageID string
	CreatedAt       time.Time
}
