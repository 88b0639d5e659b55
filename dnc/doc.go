// Package dnc decides whether an inbound message revokes consent (opt-out),
// restores it (opt-in) or asks for help, and normalises the addresses that
// suppression is keyed on.
//
// The engine runs a [Detector] on every inbound message before anything
// else: an opt-out short-circuits every other check. Detection is pure and
// fast (no I/O) so it can run before any transaction.
//
// Map of the package:
//
//   - [Detector], [Input], [Result], [Kind]: the contract;
//   - [New] returns the reference [RuleDetector]: carrier keywords and the
//     FCC per-se words (47 CFR 64.1200(a)(10)) as whole messages, with the
//     Spanish ones (ALTO, BAJA, CANCELAR; AYUDA for help), plus
//     natural-language revocations in English, Spanish and Spanglish
//     ("take me off your list", "wrong number", "don't text me again",
//     "quitenme de la lista") that are not negated, quoted, reported about
//     someone else or marketing instructions ("reply STOP to opt out"); the
//     patterns are in phrases.go and, per pattern, the look-alike readings
//     each one excludes are a table in phraserules.go;
//   - behind the rules, the learned tier (an embedded linear model, see
//     internal/learned): above its suppression threshold a message is an
//     [OptOut] with Tier "model", in the review band below it a
//     [PossibleOptOut] that silences the AI until a person decides; the
//     model is not consulted on a message that takes an opt-out back,
//     only asks who is writing or closes politely, and its reading is
//     set aside for a complaint the model itself reads as frustrated that
//     names no contact ("this is a complete waste of my time"), which is
//     frustration for a person to take over, not a revocation; and a
//     phrase rule's hit that the model scores under [Config.DoubtAt]
//     (0.05) is a [PossibleOptOut] with Tier "rules" whose rule says
//     "model doubts", unless the rule names a subscription ended or is a
//     short insult ("get lost"), or the message is mostly in words the
//     model was not trained in;
//     [Result] says which tier decided, its score, and the language to
//     answer in ([Result.Lang]);
//   - a reply read against the business's last message ([Input.Asked],
//     answer.go): a bare "yes please" to "should I stop texting you?", a
//     "no thanks" to "OK if we check back next quarter?" or a "yes I do"
//     to "mind if we keep texting?" is an [OptOut] (rule
//     "context:..."); the engine asks again with Asked when the message
//     alone revoked nothing;
//   - [NormalizePhone] turns any phone format into E.164 for suppression
//     keys, with a [*PhoneError] wrapping [ErrInvalidPhone] (a local
//     number without its area code is [ReasonNoAreaCode], with the
//     [PhoneError.LegacyKey] older versions keyed it by); [KnownRegion]
//     says whether it can parse national numbers in a region;
//   - quiet hours and time zones for outbound delivery: [QuietHours],
//     [TimeZonesForNumber] (every zone a number's prefix spans, its main
//     one first) and [QuietHours.NextAll] (a window open in all of them).
package dnc
