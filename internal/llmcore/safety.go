package llmcore

import (
	"errors"
	"fmt"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/llm"
)

// CheckDraft checks a text drafted for req before the Drafter returns it:
// no link, e-mail address or phone number (an error matching
// llm.ErrUnsafeText), then bridge.ValidateWith for req.Purpose with
// maxSegments SMS segments, req.Callback, the time the lead already
// gave (a bridge then asks for none), and req.RepName and req.Voice (no
// writer claiming to be a person, or introducing itself as the rep or by
// any name but Voice.AgentName), an error matching
// bridge.ErrInvalidText. The lead may have asked for any of those ("send
// me the owner's cell", "just tell me you're a real person"); the model
// is told never to comply, and this check holds even when it does.
func CheckDraft(text string, req bridge.Request, maxSegments int) error {
	if what := Unsafe(text); what != "" {
		return fmt.Errorf("draft contains %s: %w", what, llm.ErrUnsafeText)
	}
	return bridge.ValidateWith(text, req.Purpose, &bridge.ValidateOpts{MaxSegments: maxSegments, Callback: req.Callback,
		RepName: req.RepName, Voice: req.Voice})
}

// Unsafe names what makes s unfit to send to a lead: "a link", "an e-mail
// address" or "a phone number"; "" when s has none. It is
// bridge.CheckContact, the check the engine makes again on every draft.
func Unsafe(s string) string {
	var te *bridge.TextError
	if errors.As(bridge.CheckContact(s), &te) {
		return te.Detail
	}
	return ""
}
