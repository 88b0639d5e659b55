// Package qualify defines qualification schemas (which fields make a lead
// sales-ready, and how many of them must be confidently known) and the
// [Extractor] and [Scorer] interfaces that fill them from lead messages.
//
// Map of the package:
//
//   - [Schema] values: [RealEstate] (motivation, condition, timeline,
//     price; 2 of 4), [BANT] (3 of 4), [B2B] (company size, role, use-case
//     fit, budget, timeline; 3 of 5); custom schemas are struct literals;
//   - [NewRuleExtractor] returns the rule-based [RuleExtractor]:
//     negation- and hedge-aware cues that fill fields with a normalised
//     value, a confidence and the source message ID;
//   - [ParsePrice] reads seller prices ("250k", "two fifty", "low 300s",
//     "at least 180", "open to offers");
//   - [NewRuleScorer] returns the [RuleScorer] (0-100) whose signals are
//     documented on the type;
//   - [Replaces] says whether a value read from a later message takes the
//     place of the one already known (a more confident one, a later
//     price, a corrected need; not a fragment at the same confidence).
package qualify
