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
//     FCC per-se words (47 CFR 64.1200(a)(10)) as whole messages, plus
//     natural-language revocations ("take me off your list", "wrong
//     number", "don't text me again") that are not negated, quoted or
//     marketing instructions ("reply STOP to opt out");
//   - [NormalizePhone] turns any phone format into E.164 for suppression
//     keys, with a [*PhoneError] wrapping [ErrInvalidPhone];
//   - quiet hours and time zones for outbound delivery.
package dnc
