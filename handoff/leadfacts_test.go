package handoff_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// TestReceive_SellerPriceIsNotWhatTheyOwe: a seller who names what they
// still owe before what they want ("I still owe 120k on it, I'd want at
// least 250k", and in Spanish) has the price they ask on the
// conversation and in the rep's brief, not the loan's balance (a
// reviewer saw the Price chip and the summary show $120,000).
func TestReceive_SellerPriceIsNotWhatTheyOwe(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"I still owe 120k on it, I'd want at least 250k",
		"Todavía debo 120 mil, quiero por lo menos 250 mil",
	} {
		b := setup(t, nil)
		b.start(t, "c1")
		recordAI(t, b, "c1", "Is there a number you'd be happy with for the house?")
		b.receive(t, "c1", msg)
		c := b.dump(t, "c1").Conv
		require.Equal(t, "at least $250,000", c.Fields[store.FieldName(qualify.Price)].Value, "%q", msg)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.Contains(t, br.Summary, "$250,000", "%q", msg)
		require.NotContains(t, br.Summary, "$120,000", "%q", msg)
	}
}

// TestReceive_DownPaymentIsNotTheBudget: a borrower's down payment or
// savings named beside the price of the home they want is not their
// BANT budget: the conversation and the loan officer's brief carry the
// purchase budget (a reviewer saw "Budget: $40,000" for a $350k
// purchase), in English and Spanish, and a budget told in a later message
// replaces the savings told alone before it.
func TestReceive_DownPaymentIsNotTheBudget(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		msgs []string
		want string
	}{
		{[]string{"We have about 40k for the down payment and the budget is 350k"}, "$350,000"},
		{[]string{"Tenemos unos 40 mil para el enganche y el presupuesto es de 350 mil"}, "$350,000"},
		{[]string{"Tengo 30 mil ahorrados y busco casas de 300 mil"}, "$300,000"},
		{[]string{"Tengo 30 mil ahorrados", "busco casas de unos 300 mil"}, "$300,000"},
	} {
		b := setup(t, func(c *handoff.Config) { c.Schema = qualify.BANT })
		b.start(t, "c1")
		recordAI(t, b, "c1", "What budget range are you working with?")
		for _, m := range tc.msgs {
			b.receive(t, "c1", m)
		}
		c := b.dump(t, "c1").Conv
		require.Contains(t, c.Fields[store.FieldName(qualify.Budget)].Value, tc.want, "%q", tc.msgs)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.Contains(t, br.Summary, tc.want, "%q", tc.msgs)
	}
}

// TestReceive_TimelineKeepsTheStatedNeed: a later message that only says
// when ("hoping to buy in the next 3 months", "queremos hacerlo este
// mes", "Queremos implementarlo el próximo trimestre") leaves the need or
// use-case fit the lead stated before, on the conversation and in the
// brief's DoNotAsk, and fills the timeline (a reviewer saw need become
// "hoping to buy in the next" and the first home drop out of DoNotAsk, so
// the rep would ask again). A correction ("actually we want to refinance
// instead") still replaces the need, and a later price replaces the
// earlier one.
func TestReceive_TimelineKeepsTheStatedNeed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		schema qualify.Schema
		msgs   []string
		field  qualify.Field
		keep   string
	}{
		{qualify.BANT, []string{"Looking to buy my first home, need a mortgage", "hoping to buy in the next 3 months"}, qualify.Need, "first home"},
		{qualify.BANT, []string{"Queremos comprar nuestra primera casa, necesitamos un préstamo", "Queremos comprar en los próximos 3 meses"}, qualify.Need, "primera casa"},
		{qualify.BANT, []string{"Necesitamos refinanciar para bajar la mensualidad", "queremos hacerlo este mes"}, qualify.Need, "refinanciar"},
		{qualify.B2B, []string{"Necesitamos automatizar la prospección, los vendedores pierden horas", "Queremos implementarlo el próximo trimestre"}, qualify.UseCaseFit, "automatizar"},
	} {
		b := setup(t, func(c *handoff.Config) { c.Schema = tc.schema })
		b.start(t, "c1")
		for _, m := range tc.msgs {
			b.receive(t, "c1", m)
		}
		c := b.dump(t, "c1").Conv
		require.Contains(t, c.Fields[store.FieldName(tc.field)].Value, tc.keep, "%q", tc.msgs)
		require.Contains(t, c.Fields, store.FieldName(qualify.Timeline), "%q", tc.msgs)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.True(t, slices.ContainsFunc(br.DoNotAsk, func(l string) bool { return strings.Contains(strings.ToLower(l), tc.keep) }),
			"%q: DoNotAsk %q keeps the need", tc.msgs, br.DoNotAsk)
	}

	b := setup(t, func(c *handoff.Config) { c.Schema = qualify.BANT })
	b.start(t, "c1")
	b.receive(t, "c1", "Looking to buy my first home, need a mortgage")
	b.receive(t, "c1", "actually we want to refinance instead")
	require.Contains(t, b.dump(t, "c1").Conv.Fields[store.FieldName(qualify.Need)].Value, "refinance", "a correction replaces the need")

	b = setup(t, nil)
	b.start(t, "c1")
	b.receive(t, "c1", "I'd want 250k for it")
	b.receive(t, "c1", "ok I could take 240k")
	require.Equal(t, "$240,000", b.dump(t, "c1").Conv.Fields[store.FieldName(qualify.Price)].Value, "a later price replaces the earlier one")
}

// TestReceive_ModelFragmentKeepsTheStatedNeed: a configured extractor (a
// model) that reads a fragment of a later sentence as the need at the
// same confidence as the rules' reading of the earlier one does not
// replace it; a more confident reading does.
func TestReceive_ModelFragmentKeepsTheStatedNeed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		conf float64
		want string
	}{
		{0.8, "first home"},
		{0.95, "buy in the next"},
	} {
		model := qualify.ExtractorFunc(func(_ context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
			if !strings.Contains(in.Text, "next 3 months") {
				return nil, nil
			}
			return []qualify.Value{{Field: qualify.Need, Value: "hoping to buy in the next", Confidence: tc.conf, MessageID: in.MessageID}}, nil
		})
		b := setup(t, func(c *handoff.Config) { c.Schema, c.Extractor = qualify.BANT, model })
		b.start(t, "c1")
		b.receive(t, "c1", "Looking to buy my first home, need a mortgage")
		b.receive(t, "c1", "hoping to buy in the next 3 months")
		require.Contains(t, b.dump(t, "c1").Conv.Fields[store.FieldName(qualify.Need)].Value, tc.want, "model confidence %v", tc.conf)
	}
}

// TestReceive_RoleInTheBriefIsTheTitleAsWritten: the rep reads the
// lead's job in the brief ("nobody asks twice"), so the role the B2B
// conversation holds, DoNotAsk and the line on who decides carry the
// title as the lead wrote it, not the tokens a reviewer saw there ("im
// our ceos chief", "soy la asistente").
func TestReceive_RoleInTheBriefIsTheTitleAsWritten(t *testing.T) {
	t.Parallel()
	for msg, want := range map[string]string{
		"I'm our CEO's chief of staff, we're 40 people": "CEO's chief of staff",
		"soy la asistente del dueño, somos 12":          "asistente del dueño",
		"I run ops at O'Reilly's Pub, 12 staff":         "runs ops",
	} {
		b := setup(t, func(c *handoff.Config) { c.Schema = qualify.B2B })
		b.start(t, "c1")
		b.receive(t, "c1", msg)
		c := b.dump(t, "c1").Conv
		require.Equal(t, want, c.Fields[store.FieldName(qualify.Role)].Value, "%q", msg)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.Contains(t, br.DoNotAsk, `role: `+want+` ("`+msg+`")`, "%q", msg)
		require.Equal(t, "their role: "+want, br.DecisionMaker, "%q", msg)
		require.Contains(t, br.Text(), want, "%q", msg)
	}
}
