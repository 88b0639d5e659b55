// Package learned is the learned tier of handoffkit's judgement: compact
// linear classifiers over hashed word and character n-grams. The message
// model scores a lead message for opt-out, explicit ask, frustration and
// buying commitment; the field model says whether it states a
// qualification field (the seller schema's motivation, condition,
// timeline and price; BANT's budget, authority and need; B2B's company
// size, role and use-case fit); the topic model whether it raises a
// topic a configurable handoff rule watches for (a question to leave to a
// person, another company, a large deal told in words). All three sit behind the rules (dnc,
// trigger, qualify) and only add positives; the rules stay the precise,
// explainable tier.
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
//     strongest features for the audit trail; the three models read a
//     heavily repetitive message with each distinct token once
//     (repeat.go), so that repetition alone carries no score;
//   - [FieldModel], [DefaultFields], [FieldModel.Score]: the field model
//     (fields.bin), the same features under one weight vector per field;
//   - [TopicModel], [DefaultTopics], [TopicModel.Score]: the topic model
//     (topics.bin), the same features under one weight vector per topic,
//     read by trigger.OutOfScope, trigger.Competitor and
//     trigger.HighValueScope where no rule matches;
//   - [Train], [LoadRows], [TrainFields], [LoadFieldRows], [TrainTopics],
//     [LoadTopicRows]: the deterministic trainers, and [TrainingDirs],
//     the writer folders they read: data/* and the development sets
//     under testdata that data/devsets.txt lists ([DevSetsFile]); the
//     field model reads data/* alone, the topic model the conversations
//     of every folder and, for the competitor and high-value topics, the
//     message model's ask, commitment and frustration rows as borrowed
//     negatives ([BorrowTopicNegatives]). `go generate` (or `go run
//     ./internal/learned/cmd/train`) reads them and rewrites model.bin,
//     MODEL.md, fields.bin, FIELDS.md, topics.bin and TOPICS.md byte for
//     byte; a test checks that the embedded files are what the command
//     produces.
package learned
