package trigger

import (
	"context"
	"fmt"
	"strings"
)

// DefaultPolicy returns the seeds' policy: explicit ask, N-of-M fields,
// score >= 70, frustration — in that order.
func DefaultPolicy() *Policy {
	return &Policy{Rules: []Rule{ExplicitAsk(), FieldsQualified(), ScoreAtLeast(70), Frustration()}}
}

// ExplicitAsk fires when the lead asks for a person.
func ExplicitAsk() Rule {
	phrases := []string{"call me", "talk to a person", "speak to someone", "real person", "your number", "callback"}
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		t := strings.ToLower(in.Text)
		for _, p := range phrases {
			if strings.Contains(t, p) {
				return Decision{Handoff: true, Reason: ReasonExplicitAsk, Detail: "explicit ask", Rule: "explicit_ask"}, nil
			}
		}
		return Decision{}, nil
	})
}

// FieldsQualified fires when Required of the schema's fields are confident.
func FieldsQualified() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		if in.Required <= 0 || len(in.Confident) < in.Required {
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonFields, Rule: "fields",
			Detail: fmt.Sprintf("%s fields: %s", numberWord(len(in.Confident)), strings.Join(in.Confident, " + "))}, nil
	})
}

// ScoreAtLeast fires when the score reaches min.
func ScoreAtLeast(min int) Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		if in.Score < min {
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonScore, Rule: "score", Detail: fmt.Sprintf("score %d >= %d", in.Score, min)}, nil
	})
}

// Frustration fires on an annoyed or offensive message.
func Frustration() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		t := strings.ToLower(in.Text)
		for _, w := range []string{"frustrat", "ridiculous", "wtf", "useless"} {
			if strings.Contains(t, w) {
				return Decision{Handoff: true, Reason: ReasonFrustration, Rule: "frustration", Detail: "frustration"}, nil
			}
		}
		return Decision{}, nil
	})
}

func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}
