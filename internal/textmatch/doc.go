// Package textmatch is the shared text plumbing of the rule-based detectors:
// one normalisation pass that turns an SMS into lowercase word tokens with
// clause breaks (SMS shorthand expanded, punctuation and emoji dropped,
// curly quotes and Latin diacritics folded, stretched letters collapsed),
// and a token-level pattern [Matcher] indexed by first token, so every
// detector scans the tokens once instead of running regular expressions.
package textmatch
