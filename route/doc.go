// Package route picks the rep who receives a handoff.
//
// A [Router] takes a [Request] — the tenant, the conversation, the trigger
// reason, the [Lead] (account owner, company, region, phone), the
// qualification fields and score, the [Signals] (topics, competitors, high
// value), tags, the triggering message, the reps to exclude and the time —
// and returns an [Assignment]: the rep, the [Rule] that chose them, what
// matched and the expected wait, for a transparent notice ("I'm connecting
// you with Mike, he'll text you in about two minutes").
//
// [Pool] is the reference Router over one team. A rep is eligible when not
// in [Request.Exclude], not switched off ([Rep.Unavailable]), within
// working hours in the rep's own zone ([Hours], wall clock, so clock
// changes move shifts with local time), not out of office ([Rep.Away]) and
// under the cap of open handoffs ([Rep.MaxOpen], counted by [Load]; the
// Pool returns the cap in [Assignment.MaxOpen], and the handoff engine
// checks it again inside the commit that assigns the rep, so simultaneous
// handoffs cannot overfill a rep). The rules then run in [Config.Order], first match wins; by default:
//
//  1. [RuleOwner]: the lead's account owner.
//  2. [RuleTerritory]: reps covering the lead's region ([Lead.Region], or
//     [RegionFromPhone] when empty).
//  3. [RuleSkill]: reps with the most of the skills the reason, the
//     topics, the lead's language and [Request.Skills] need (technical ->
//     a sales engineer, Spanish -> a rep who speaks it; mapped by
//     [Config.TopicSkills], [Config.ReasonSkills] and [Config.LangSkills]).
//  4. [RuleValueTier]: senior reps for a high-value lead.
//  5. [RuleRoundRobin]: the whole team in turn.
//
// When a rule selects several reps they take turns. The position of each
// rotation lives in a [Sequencer], a durable counter the engine backs with
// the store, so the rotation stays fair across restarts and instances.
// When nobody is eligible, Route returns a [*NoRepError] matching
// [ErrNoRep] — the handoff goes to the team queue — that says who comes
// on duty next and when.
//
// The 5-minute rule re-routes a handoff nobody engaged: [NextEligible]
// excludes the reps already tried and asks the Router again, or returns
// [ErrNoRep] so the engine escalates to the team.
//
// # Changes from the first Pool
//
// NewPool(reps...), SetAvailable and Route keep working. [Assignment.Rule]
// is now a [Rule]; the old "match" rule is split into [RuleTerritory] and
// [RuleSkill] and tried in a fixed order instead of a summed score.
// Request.OwnerID and Request.Territory moved to [Lead.OwnerID] and
// [Lead.Region]; Skills are now [Skill]s. [New] takes a [Config] (rule
// order, skill maps, Sequencer, Load, clock). NewPool panics on invalid
// reps, as [MustNew] does; it used to accept anything.
//
// The package imports only the standard library.
package route
