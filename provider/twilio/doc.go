// Package twilio connects handoffkit to Twilio-shaped SMS providers: two
// signed webhook handlers that feed the [handoff.Engine], and a REST
// [handoff.Sender] for the [handoff.Dispatcher].
//
//	InboundHandler   "A message comes in" webhook → Engine.ReceiveAddressed
//	StatusHandler    StatusCallback webhook → Engine.DeliveryFailed / Engine.OutboundObserved
//	Sender           Dispatcher → POST /2010-04-01/Accounts/{AccountSid}/Messages.json
//	SignedRequest    X-Twilio-Signature: Sign and Verify (HMAC-SHA1, constant-time)
//
// The handlers call small interfaces, [InboundReceiver] and
// [StatusRecorder], which *handoff.Engine satisfies; tests fake them.
//
// # Security
//
// Every webhook is authenticated before anything else is looked at: the
// form's AccountSid selects the account's auth tokens ([TokenSource]) and
// the X-Twilio-Signature must match the URL Twilio called
// ([WebhookConfig.PublicURL] plus the request's path and query) and the
// POST parameters ([SignedRequest.Verify]). A request without a valid
// signature gets 403 and nothing is written. The verified (AccountSid,
// our number) pair is then mapped to a tenant by a [TenantFunc], so a
// signed request of one customer's account can never write into another
// tenant. Phone numbers are logged only redacted and only at Debug;
// message bodies never: an error that names the request's numbers or
// repeats its text (the engine's, a host hook's through it, or a
// [TenantFunc]'s) is logged with them masked.
//
// # Several tenants
//
// The handlers take one [InboundReceiver] and one [StatusRecorder], and
// an Engine's Config (voice, reps, schema, consent texts) applies to
// every tenant it is called for. A host whose tenants share one Engine
// maps each number to its tenant with a [TenantFunc] and is done. A
// platform that runs one Engine per tenant must not mount the handlers
// over one tenant's Engine: every other tenant's leads would then get
// that tenant's voice, reps and opt-out confirmation. It does one of
// two things:
//
//   - one webhook URL for every tenant: the TenantFunc maps (AccountSid,
//     our number) to the tenant, and the handlers get a receiver and
//     recorder of the host's that calls the Engine of the request's
//     TenantID (handoff.AddressedInbound, DeliveryFailure and
//     ObservedOutbound carry it), and answers an error wrapping
//     handoff.ErrNotFound for a tenant it has no Engine for, never
//     another tenant's (the package's Example (Tenants) has one);
//   - one URL per tenant: each tenant's handlers over its own Engine,
//     with a TenantFunc that knows only that tenant's numbers, so that a
//     request for another tenant's number (a number configured with the
//     wrong URL) is refused with 404 and writes nothing.
//
// Either way a [handoff.Dispatcher] that serves several tenants needs
// handoff.DispatcherConfig.Tenants, so that each tenant's texts are sent
// and its 5-minute rule run with its own Engine.
//
// # A rep texting from another tool
//
// A rep's text sent on the same number by another tool (the Twilio
// console, Frontline, a CRM's own Twilio integration) must pause the AI,
// but its status callback cannot say so: it carries no text, so the
// [StatusHandler] cannot tell it from handoffkit's own message whose SID
// the Dispatcher has not recorded yet (a send in flight, or one a crash
// left unsettled), nor from another automated sender on the number
// (appointment reminders, a campaign). Taking those for a takeover would
// move the thread to a person nobody told and silence the AI: the lead
// would be ghosted. So a callback for an unknown MessageSid is never a
// takeover, and a platform whose reps text from another tool reports
// each of their texts itself:
//
//   - from the tool's event that carries the text (a Conversations or
//     Frontline onMessageAdded webhook, a CRM's "message sent" hook),
//     call handoff.Engine.OutboundObserved with TenantID, ProviderID (the
//     MessageSid), Body, To (the lead) and Line (our number), ReceiptOnly
//     false: the engine recognises its own texts by SID or text and takes
//     any other for the rep's takeover;
//   - where the host's code sends the rep's text, send it through
//     handoff.Engine.RepMessage with Send true (the Dispatcher delivers
//     it), or call RepMessage with Send false right after sending it;
//   - a tool that reports nothing (texts typed in the Twilio console):
//     the rep takes the thread over first (handoff.Engine.TakeOver, the
//     inbox's Take over).
//
// # Timing and retries
//
// Twilio waits at most 15 seconds for an answer, connection included. The
// handlers bound their engine call with [WebhookConfig.Timeout] (8 seconds
// by default) and answer with an empty TwiML response as soon as the
// engine has committed: replies go out later through the outbox, never in
// TwiML. A 5xx or a timeout makes Twilio try the fallback URL and, when the
// URL's connection overrides ask for it (#rc, #rp), retry; each retry
// carries the same MessageSid, which the engine records only once. The
// deadline covers the engine, not the reading of the request: give the
// host's http.Server a ReadHeaderTimeout and a ReadTimeout of a few
// seconds so that a slow client cannot hold a handler.
//
// # Idempotency
//
// The Sender passes each outbox item's idempotency key in a header
// ([SenderConfig.IdempotencyHeader]) and de-duplicates nothing itself.
// Webhook retries need no header: MessageSid is the key.
//
// The package imports only the standard library and handoffkit; its tests
// also use github.com/twilio/twilio-go's RequestValidator as a second
// opinion on signatures.
package twilio
