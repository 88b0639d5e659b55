package bridge

import (
	"context"
	"errors"
	"strings"
)

// Template is the reference [Drafter]: fixed lines per purpose and reason.
// It never fails, so the engine uses it as the fallback of every drafter.
type Template struct {
	Voice Voice
}

// NewTemplate returns a template drafter speaking in voice.
func NewTemplate(voice Voice) *Template { return &Template{Voice: voice} }

// Draft implements [Drafter].
func (t *Template) Draft(ctx context.Context, req Request) (string, error) {
	partner := t.Voice.PartnerWord
	if partner == "" {
		partner = "my partner"
	}
	switch req.Purpose {
	case PurposeBridge:
		if req.Reason == "explicit_ask" {
			return "Of course, " + partner + " will reach out shortly. What's the best time to call?", nil
		}
		return "Appreciate it, " + partner + " will reach out within the hour. What's your best time?", nil
	case PurposeReminder:
		return "Quick reminder about your call today. Looking forward to it.", nil
	default:
		return "Thanks! Can you tell me a bit more about the property?", nil
	}
}

// ErrInvalidText is wrapped by [Validate] errors.
var ErrInvalidText = errors.New("bridge: invalid text")

// Validate checks outgoing text: non-empty, one line, no unfilled
// placeholders, and for bridges a question asking for a time.
func Validate(text string, purpose Purpose) error {
	s := strings.TrimSpace(text)
	switch {
	case s == "":
		return errors.Join(ErrInvalidText, errors.New("empty"))
	case strings.ContainsAny(s, "\n\r"):
		return errors.Join(ErrInvalidText, errors.New("more than one line"))
	case strings.Contains(s, "{") || strings.Contains(s, "}"):
		return errors.Join(ErrInvalidText, errors.New("unfilled placeholder"))
	case len([]rune(s)) > 160:
		return errors.Join(ErrInvalidText, errors.New("longer than 160 characters"))
	case purpose == PurposeBridge && !strings.HasSuffix(s, "?"):
		return errors.Join(ErrInvalidText, errors.New("a bridge must end by asking for a callback time"))
	}
	return nil
}
