// Package inbox is the Hot inbox as a mountable [http.Handler]: the page
// where reps see the leads the AI handed off and take them over.
//
//	h, err := inbox.New(engine, &inbox.Config{
//		Auth:       myAuthenticator,     // checks a rep's credentials, returns tenant and rep
//		SessionKey: key,                 // 32+ secret bytes, the same on every instance
//		BasePath:   "/inbox",
//	})
//	mux.Handle("/inbox/", h)
//
// The list shows each Hot conversation with the schema's fields as chips
// ("not yet" when blank), the handoff reason, its time and the assigned
// rep, with a filter and counts per rep. It shows Config.MaxEntries
// conversations a page, newest handoff first, with an "Older" link to the
// next page, so the longest-waiting leads stay within reach; the counts
// are of the whole list, read up to Config.MaxCounted conversations. A conversation shows the thread
// as bubbles (gray from the lead, blue from us, a small "AI" tag on what
// the AI wrote, the bridge text marked with its time; a text that never
// reached the lead, because it was cancelled, dead-lettered or reported
// undelivered by the carrier, marked "Not sent" with why,
// [handoff.Engine.Undelivered]), the brief, and the
// actions: accept, take over, reply (sent through the engine's outbox and
// [handoff.Dispatcher]), pause, resume, and for a possible opt-out
// "confirm opt-out" or "not an opt-out", a release that puts the lead
// back where the review found them, with the rep who had the thread or
// with the AI, which hands off at once when the lead asked for a person
// meanwhile, and the page says so (until one is chosen, a reply, a take
// over or a resume is refused with a message that says so, and nothing
// reaches the lead); the assigned rep may pass the lead to
// the next rep or mark it done. An action that could take the thread
// from someone (take over, reply, pause, resume) carries what the page
// showed of the conversation, its state and the rep holding it, and the
// engine refuses it, writing nothing, when the conversation has moved
// since ([handoff.Expectation]): another rep took it, or its state
// changed. The page then says who holds the thread now. A review's
// decision (confirm opt-out, not an opt-out) carries also the lead's
// message the page showed in review, and is refused the same way when
// that review was settled by someone else or a newer possible opt-out
// replaced it: the page then says so, and shows what waits now. A lead another
// rep holds is taken from them only from a page that shows them holding
// it, whose button reads "Take over from" them and asks first; a reply
// from that page takes it too, as it says. Open pages poll a fragment of
// themselves (a 304 when nothing changed) so new messages and handoffs
// appear without a reload; on a conversation's page the fragment holds
// the brief too, so what it says is still to ask, the meeting and the
// last message follow the thread and the chips beside it. A conversation's page is BasePath + "/c/" +
// url.PathEscape(its ID), so a host may link to it, and an ID with "/",
// "#" or "?" in it ("zillow/8812") opens like any other. Pages are
// html/template with embedded CSS and a little JavaScript: no build step,
// no framework.
//
// Security. Reps sign in per tenant through the host's [Authenticator]
// ([StaticAuthenticator] for examples). The session is a cookie signed
// with HMAC-SHA256 (HttpOnly, SameSite Lax by default, Secure unless
// Config.InsecureCookies, expiring after Config.SessionTTL), carrying the
// tenant and the rep; every page and action is scoped to that tenant by
// the engine, so another tenant's conversation is a 404 like a missing
// one. Every POST needs the session's CSRF token (checked in constant
// time) and, when the browser says where it came from, the same origin;
// the sign-in form has its own token against login CSRF. Lead text is
// escaped by html/template. Responses carry a Content-Security-Policy
// without inline script, frame-ancestors 'none', nosniff and no-store.
// Sessions are stateless: signing out deletes the cookie, and a copied
// cookie stays valid until it expires (rotate SessionKey to end them all).
package inbox
