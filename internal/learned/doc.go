// Package learned is the learned tier of handoffkit's judgement: a compact
// linear classifier over hashed word and character n-grams that scores a
// lead message for opt-out, explicit ask, frustration and buying
// commitment. It sits behind the rules (dnc, trigger, qualify) and only
// adds positives; the rules stay the precise, explainable tier.
//
// Map of the package:
//
//   - [Tokenize]: the model's own tokenizer (frozen: the embedded weights
//     are trained against it, so it must not follow changes to the rules'
//     normaliser in internal/textmatch);
//   - [Features], [FeatureNames]: the featurizer, hashing word unigrams and
//     bigrams, character 3..4-grams, negation scope and message shape into
//     32-bit feature hashes;
//   - [Model], [Default], [Model.Score]: the embedded weights (model.bin,
//     loaded once) and inference, with [Model.Explain] naming the
//     strongest features for the audit trail;
//   - [Train], [LoadRows]: the deterministic trainer. `go generate` (or
//     `go run ./internal/learned/cmd/train`) reads data/*/*.jsonl and
//     rewrites model.bin and MODEL.md byte for byte; a test checks that the
//     embedded files are what the command produces.
package learned
