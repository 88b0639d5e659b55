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
// message bodies never.
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
