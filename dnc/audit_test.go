package dnc_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

// TestReviewedLookAlikes: ordinary messages that this stop's new
// patterns took for opt-outs until a review of every added pattern
// (each confirmed by running it), and the request they must still catch.
func TestReviewedLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	for _, s := range []string{
		"No quiero recibir ofertas por debajo de 250 mil", "Mándeme un mensaje y procedemos con la compra",
		"My AC is making a loud noise, please make it stop, call me when you can", "Can admins mute notifications for reps who are off shift?",
		"I need his name taken off the title, what number do I call?", "If it happens again I have to report it to my insurance",
		"Me dijeron que me quitaban la comisión si firmaba hoy", "Es el número de la empresa, no puedo llamar desde ahí",
		"Mi número de póliza es 4471. La cobertura de grúa no la necesito, quítenla.",
		"is there an agent I could call? I don't want to explain my health stuff over text",
	} {
		require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q is not an opt-out", s)
	}
	for _, s := range []string{"no quiero recibir más ofertas por mensaje", "if this keeps up I'll report you", "un mensaje más y los demando"} {
		require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q opts out", s)
	}
}

// TestSubjectKeptOffText: declining to go into one subject by text keeps
// the texts coming; declining the texts themselves does not.
func TestSubjectKeptOffText(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"personal stuff, rather not get into it over text", "family reasons, I'd rather not go into details by text"} {
		require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q is not an opt-out", s)
	}
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "I'd rather not get any more texts from you"}).Kind)
}
