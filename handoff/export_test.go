package handoff

import "github.com/handoffkit/handoffkit/bridge"

// CheckDraft runs the checks the engine runs on a drafter's text before it
// sends it (checkDraft), for tests that measure them on drafts a person
// wrote.
func CheckDraft(e *Engine, text string, req bridge.Request) error { return e.checkDraft(text, req) }
