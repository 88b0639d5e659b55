package inbox

import (
	"errors"
	"net/http"
	"strings"
	"unicode/utf16"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// Every action runs as the signed-in rep on the session's tenant, then
// redirects back to the conversation (post/redirect/get) with a fixed
// notice or problem code. A conversation of another tenant is 404 and
// nothing is written: the engine scopes every call by tenant.

func (h *Handler) accept(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.Accept(r.Context(), handoff.HandoffActionParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID})
	h.done(w, r, s, id, "accepted", err)
}

func (h *Handler) decline(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.Decline(r.Context(), handoff.HandoffActionParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID,
		Reason: "declined in the Hot inbox"})
	h.done(w, r, s, id, "declined", err)
}

func (h *Handler) complete(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.Complete(r.Context(), handoff.HandoffActionParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID})
	h.done(w, r, s, id, "done", err)
}

// seen is what the rep's page showed of the conversation, from the hidden
// fields of its forms: the engine refuses an action from a page that no
// longer matches the conversation (another rep took the thread, its state
// moved, the possible opt-out it showed in review was settled or
// replaced) with a [handoff.StaleError], and the page says who holds it
// now. A rep takes a lead another rep holds only from a page that showed
// them holding it, which offers it as "Take over from" them, with a
// confirm step. A form without the fields (one a script wrote) acts on
// the conversation as it is.
func seen(r *http.Request) *handoff.Expectation {
	if _, ok := r.PostForm["seen_state"]; !ok {
		return nil
	}
	return &handoff.Expectation{State: store.State(r.PostForm.Get("seen_state")), AssignedTo: r.PostForm.Get("seen_rep"),
		ReviewOf: r.PostForm.Get("seen_review")}
}

func (h *Handler) takeOver(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.TakeOver(r.Context(), handoff.TakeOverParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID, Expect: seen(r)})
	h.done(w, r, s, id, "taken", err)
}

func (h *Handler) reply(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	body := strings.TrimSpace(strings.ReplaceAll(r.PostForm.Get("body"), "\r\n", "\n"))
	if body == "" {
		// Still a 404 for a conversation that is not the tenant's.
		if _, err := h.e.Conversation(r.Context(), s.Tenant, id); err != nil {
			h.fail(w, r, notFound(err))
			return
		}
		h.redirect(w, r, id, "e=empty")
		return
	}
	if replyLength(body) > handoff.MaxSMSLength {
		// What the reply box takes (maxlength="1600"), for a browser that
		// did not hold to it; the engine refuses it to an SMS lead too.
		if _, err := h.e.Conversation(r.Context(), s.Tenant, id); err != nil {
			h.fail(w, r, notFound(err))
			return
		}
		h.redirect(w, r, id, "e=toolong")
		return
	}
	_, err := h.e.RepMessage(r.Context(), handoff.RepMessageParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID,
		Body: body, Send: true, Expect: seen(r)})
	h.done(w, r, s, id, "sent", err)
}

// replyLength counts body as the reply box's maxlength does: in UTF-16
// code units, as [handoff.MaxSMSLength] does.
func replyLength(body string) int {
	n := 0
	for _, r := range body {
		n += utf16.RuneLen(r)
	}
	return n
}

func (h *Handler) pause(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.Pause(r.Context(), handoff.PauseParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID, Reason: "paused in the Hot inbox",
		Expect: seen(r)})
	h.done(w, r, s, id, "paused", err)
}

func (h *Handler) resume(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	_, err := h.e.Resume(r.Context(), handoff.ResumeParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID, Backlog: handoff.BacklogSkip,
		Expect: seen(r)})
	h.done(w, r, s, id, "resumed", err)
}

func (h *Handler) review(w http.ResponseWriter, r *http.Request, s session) {
	id := r.PathValue("id")
	p := handoff.ReviewParams{TenantID: s.Tenant, ConversationID: id, RepID: s.RepID, Expect: seen(r)}
	notice := "released"
	switch r.PostForm.Get("decision") {
	case "optout":
		p.OptOut, notice = true, "optout"
	case "release":
	default:
		http.Error(w, "decision must be optout or release", http.StatusBadRequest)
		return
	}
	res, err := h.e.ReviewOptOut(r.Context(), p)
	if err == nil && !p.OptOut {
		// A release puts the thread back where the review found it: the
		// AI's again only when the AI drove it (see handoff.Engine.ReviewOptOut).
		// Given back to the AI, it may hand off at once on what the lead
		// wrote during the review.
		switch c := res.Conversation; {
		case c.State == store.StateAIActive:
		case c.AssignedTo == s.RepID && c.State == store.StateHuman:
			notice = "released-yours"
		case c.State == store.StateHandoff && h.handedOffOnRelease(r, s.Tenant, id):
			notice = "released-handoff"
		default:
			notice = "released-kept"
		}
	}
	h.done(w, r, s, id, notice, err)
}

// handedOffOnRelease reports whether the release of conversation id just
// handed off on what the lead wrote during the review: its audit trail
// has a handoff after its last review_released.
func (h *Handler) handedOffOnRelease(r *http.Request, tenant, id string) bool {
	evs, err := h.e.Events(r.Context(), tenant, id)
	if err != nil {
		return false
	}
	for i := len(evs) - 1; i >= 0; i-- {
		switch evs[i].Kind {
		case store.EventHandoff:
			return true
		case store.EventReviewReleased:
			return false
		}
	}
	return false
}

// done redirects after an action: the notice on success, a problem code
// for a refusal the rep can understand, 404 for another tenant's or a
// missing conversation, 500 otherwise.
func (h *Handler) done(w http.ResponseWriter, r *http.Request, s session, id, notice string, err error) {
	switch {
	case err == nil:
		h.redirect(w, r, id, "n="+notice)
	case errors.Is(err, store.ErrNotFound):
		h.fail(w, r, notFound(err))
	case errors.Is(err, handoff.ErrInFlight):
		h.redirect(w, r, id, "n=inflight")
	case errors.Is(err, handoff.ErrForbidden):
		h.redirect(w, r, id, "e=forbidden")
	case errors.Is(err, handoff.ErrOptedOut):
		h.redirect(w, r, id, "e=optedout")
	case errors.As(err, new(*handoff.ReviewPendingError)):
		h.redirect(w, r, id, "e=review")
	case errors.As(err, new(*handoff.StaleError)):
		h.redirect(w, r, id, "e=stale")
	case errors.Is(err, handoff.ErrInvalidTransition):
		h.redirect(w, r, id, "e=transition")
	case errors.Is(err, handoff.ErrInvalidInput):
		// A malformed ID is a conversation that does not exist; a body
		// the engine refuses is the rep's to fix.
		if _, cerr := h.e.Conversation(r.Context(), s.Tenant, id); cerr != nil {
			h.fail(w, r, notFound(cerr))
			return
		}
		h.redirect(w, r, id, "e=invalid")
	default:
		h.cfg.Logger.ErrorContext(r.Context(), "inbox: action failed", "path", r.URL.Path, "err", err)
		h.redirect(w, r, id, "e=failed")
	}
}

func (h *Handler) redirect(w http.ResponseWriter, r *http.Request, id, query string) {
	http.Redirect(w, r, h.convPath(id)+"?"+query, http.StatusSeeOther)
}
