package qualify_test

import (
	"testing"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestComplianceAskedIsNoFit: a question about the product's compliance
// ("is it SOC 2 compliant?", "do you support HIPAA compliance?") asks
// about the product and states no use-case fit or need of the lead's (a
// reviewer saw use_case_fit "compliant"); the lead's own compliance need
// or pain still is one.
func TestComplianceAskedIsNoFit(t *testing.T) {
	t.Parallel()
	requireNotStated(t, []stated{
		{qualify.B2B, "", "is it SOC 2 compliant?", qualify.UseCaseFit},
		{qualify.B2B, "", "are you HIPAA compliant?", qualify.UseCaseFit},
		{qualify.BANT, "", "does your platform handle regulatory reporting?", qualify.Need},
		{qualify.B2B, "", "do you support HIPAA compliance?", qualify.UseCaseFit},
	})
	requireStated(t, []stated{
		{qualify.B2B, "", "we need to be SOC 2 compliant by next year", qualify.UseCaseFit},
		{qualify.B2B, "", "our compliance reporting is a mess", qualify.UseCaseFit},
		{qualify.BANT, "", "is there a way to automate our compliance reporting? it's all manual", qualify.Need},
	})
}
