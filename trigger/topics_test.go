package trigger_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// requireTopics checks that [trigger.Analyze] reports exactly want for
// each text (nil: no topic), and that [trigger.OutOfScope] with every
// topic names want's first topic in its detail.
func requireTopics(t *testing.T, want []trigger.Topic, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.Equal(t, want, trigger.Analyze(s).OutOfScope, "%q", s)
		if len(want) == 0 {
			continue
		}
		d, err := trigger.OutOfScope().Evaluate(context.Background(), trigger.Input{Text: s})
		require.NoError(t, err)
		require.Equal(t, "out-of-scope question: "+string(want[0]), d.Detail, "%q", s)
	}
}

// TestDisputedChargeIsBilling: a charge the lead disputes or did not
// expect, already on their bill, card or statement, is a billing dispute
// (seed 003: "any mention of an incorrect charge or a refund request"),
// routed to the billing rep, not a question about what a charge will
// be; what a charge or fee will be is still pricing.
func TestDisputedChargeIsBilling(t *testing.T) {
	t.Parallel()
	requireTopics(t, []trigger.Topic{trigger.TopicBilling},
		"there's an incorrect charge on my bill",
		"I see a wrong charge on my statement",
		"what is this charge on my card?",
		"there's a charge on my bill I don't recognize",
		"why is there an extra fee on my invoice?",
		"a fee I never agreed to showed up this month",
		"hay un cargo incorrecto en mi factura",
		"me aparece un cobro que no reconozco",
	)
	requireTopics(t, []trigger.Topic{trigger.TopicPricing},
		"how much do you charge?",
		"is there a charge for a second visit?",
		"what are your fees?",
		"what's the fee to cancel?",
		"is there an extra charge for weekend service?",
		"what would you charge to haul off the old unit?",
	)
	requireTopics(t, nil,
		"no incorrect charges so far, all good",
		"I charge my phone in the car",
	)
}

// TestComplexInquiriesAreFinancing: seed 003's complex inquiries, "loan
// applications for a major home renovation or complex insurance claims",
// and its opening example, a lead who asks whether the business can
// "coordinate with their insurance company", are [trigger.TopicFinancing]:
// who pays for the job beside the lead, a lender or an insurer. A plain
// yes-or-no whether the business offers financing or works with insurance
// is a question the AI answers, and the lead's own plan is no question.
func TestComplexInquiriesAreFinancing(t *testing.T) {
	t.Parallel()
	requireTopics(t, []trigger.Topic{trigger.TopicFinancing},
		"can you coordinate with my insurance company on the claim?",
		"I'm applying for a loan for a major home renovation, can you help with that?",
		"do you offer financing for a big renovation?",
		"is there a payment plan for the roof replacement?",
		"how do insurance claims work with you guys?",
		"could you deal with the adjuster for me?",
		"¿me ayudan con el reclamo a la aseguranza?",
		"¿tienen financiamiento para la remodelación de la cocina?",
	)
	requireTopics(t, nil,
		"do you offer financing?",
		"do you work with insurance?",
		"no insurance claim, I'm paying cash",
		"I need to talk with my insurance first",
		"we're refinancing the house next year",
	)
}

// TestComplianceConcernsAreLegal: legal or compliance concerns a lead
// raises (seed 002's complexity trigger, the guide's "legal/compliance")
// are a legal question, also when the lead's legal team raises them; a
// department named alone, or concerns denied, are not.
func TestComplianceConcernsAreLegal(t *testing.T) {
	t.Parallel()
	requireTopics(t, []trigger.Topic{trigger.TopicLegal},
		"our legal team has compliance concerns",
		"legal has some concerns about the data retention",
		"I have a compliance question before we go further",
		"we have questions about compliance with state rules",
		"nuestro equipo legal tiene dudas de cumplimiento",
	)
	requireTopics(t, nil,
		"we have no compliance concerns, just need it live",
		"options for our legal team",
		"our compliance team loved the demo video",
	)
}

// TestDemoRequestIsCommitment: a request for a demo is a request for the
// next step (seed 002's intent signals, the guide's "book the demo"), so
// it commits and the score reaches a handoff; a demo video to watch, a
// demo seen already, and demolition are not.
func TestDemoRequestIsCommitment(t *testing.T) {
	t.Parallel()
	requireCommits(t, "can I get a demo?", "could we get a demo next week?", "can you show us a demo?", "we'd love a demo",
		"we want a demo for the team", "can you set me up a demo")
	requireNoCommitment(t, "is there a demo video I can watch?", "can I get a demo account to poke around?", "the demo was great",
		"we saw the demo last week", "can I get a demo quote for the old deck?", "do you do demo work?")
}
