// Package textmatch is the shared text plumbing of the rule-based detectors:
// one normalisation pass that turns an SMS into lowercase word tokens with
// clause breaks (SMS shorthand expanded, punctuation and emoji dropped,
// curly quotes and Latin diacritics folded, stretched letters collapsed),
// and a token-level pattern [Matcher] indexed by first token, so every
// detector scans the tokens once instead of running regular expressions.
// [Said] reads a run of tokens back as the writer wrote it, for a value
// quoted to a person ("CEO's chief of staff" for "ceos chief of staff").
package textmatch
