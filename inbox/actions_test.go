package inbox_test

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestReviewWaitsForTheDecision: the page of a possible opt-out offers
// only "Confirm opt-out" and "Not an opt-out"; a Resume or a Take over
// posted anyway (a tab opened earlier, a replayed form), or a reply, is
// refused with a message that says a decision is needed, and writes
// nothing: no text reaches the lead.
func TestReviewWaitsForTheDecision(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Ann Park", "+12125550150", "maybe stop for now")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, body := dana.get("/inbox/c/c1")
	require.NotContains(t, body, `id="resume"`)
	require.NotContains(t, body, `id="takeover"`)
	before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")

	msgs, err := f.eng.Transcript(context.Background(), acme, "c1")
	require.NoError(t, err)
	for action, form := range map[string]url.Values{"resume": nil, "takeover": nil,
		"reply": {"body": {"Hi Ann, it's Dana. Still thinking of selling?"}}} {
		res := dana.post("/inbox/c/c1/"+action, form)
		require.Equal(t, http.StatusSeeOther, res.StatusCode, action)
		require.Equal(t, "/inbox/c/c1?e=review", res.Header.Get("Location"), action)
	}
	require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written")
	require.Equal(t, events, f.events(t, acme, "c1"))
	after, err := f.eng.Transcript(context.Background(), acme, "c1")
	require.NoError(t, err)
	require.Equal(t, msgs, after, "the reply is not recorded")
	require.Equal(t, store.StatePaused, before.State)
	_, err = f.disp.RunOnce(context.Background())
	require.NoError(t, err)
	f.mu.Lock()
	require.Empty(t, f.sent, "no text reached the lead")
	f.mu.Unlock()
	_, body = dana.get("/inbox/c/c1?e=review")
	require.Contains(t, body, "Confirm the opt-out, or release it if it is not one, first")
	require.Contains(t, body, "nobody writes to them")
}

// TestReplyOverTheSMSLimit: the reply box takes 1,600 characters, what one
// text can carry, counted as the box counts them (an emoji outside the
// Basic Multilingual Plane counts two). A longer reply (a browser that did
// not hold to maxlength, a script) is refused with a message that says
// so, and nothing is recorded or queued: the provider would refuse it.
func TestReplyOverTheSMSLimit(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, body := dana.get("/inbox/c/c1")
	require.Contains(t, body, `maxlength="1600"`)
	before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")

	for _, long := range []string{strings.Repeat("你", 1601), strings.Repeat("😀", 801)} {
		res := dana.post("/inbox/c/c1/reply", url.Values{"body": {long}})
		require.Equal(t, "/inbox/c/c1?e=toolong", res.Header.Get("Location"))
	}
	require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written")
	require.Equal(t, events, f.events(t, acme, "c1"))
	_, body = dana.get("/inbox/c/c1?e=toolong")
	require.Contains(t, body, "longer than 1,600 characters")

	res := dana.post("/inbox/c/c1/reply", url.Values{"body": {strings.Repeat("😀", 800)}})
	require.Equal(t, "/inbox/c/c1?n=sent", res.Header.Get("Location"), "1,600 characters fit")
	msgs, err := f.eng.Transcript(context.Background(), acme, "c1")
	require.NoError(t, err)
	require.Equal(t, store.OriginRep, msgs[len(msgs)-1].Origin)
	require.Equal(t, 1600, handoff.MaxSMSLength, "the box's maxlength is the engine's limit")
}

var (
	formTag  = regexp.MustCompile(`(?s)<form([^>]*)>(.*?)</form>`)
	inputTag = regexp.MustCompile(`<input[^>]*>`)
	attr     = func(tag, name string) (string, bool) {
		m := regexp.MustCompile(`\s` + name + `="([^"]*)"`).FindStringSubmatch(tag)
		if m == nil {
			return "", false
		}
		return m[1], true
	}
)

// pageForm is what a browser submits with the form of page posting to
// action, as the page rendered it: the inputs inside the form and those
// outside that name it (form="its id").
func pageForm(t *testing.T, page, action string) url.Values {
	t.Helper()
	for _, m := range formTag.FindAllStringSubmatch(page, -1) {
		if a, _ := attr(m[1], "action"); a != action {
			continue
		}
		v := url.Values{}
		add := func(in string) {
			if n, ok := attr(in, "name"); ok {
				val, _ := attr(in, "value")
				v.Set(n, val)
			}
		}
		for _, in := range inputTag.FindAllString(m[2], -1) {
			add(in)
		}
		if id, ok := attr(m[1], "id"); ok {
			for _, in := range inputTag.FindAllString(page, -1) {
				if f, _ := attr(in, "form"); f == id {
					add(in)
				}
			}
		}
		return v
	}
	t.Fatalf("no form posting to %s", action)
	return nil
}

// TestStalePageIsRefused: Dana and Sam have the same waiting lead open.
// Dana takes it over from her page; each of Sam's actions from his page,
// which still shows the lead waiting (take over, reply, resume, pause),
// is refused and writes nothing, and his page then says Dana holds the
// thread. From the page that shows her holding it, Sam may take it over
// on purpose: the button names her and asks first.
func TestStalePageIsRefused(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	sam := f.signIn(t, acme, "sam", "sam-pw")
	_, dp := dana.get("/inbox/c/c1")
	_, sp := sam.get("/inbox/c/c1")
	require.Contains(t, sp, `Take over from Dana Whitfield`, "the lead is routed to Dana")

	res := dana.postRaw("/inbox/c/c1/takeover", pageForm(t, dp, "/inbox/c/c1/takeover"))
	require.Equal(t, "/inbox/c/c1?n=taken", res.Header.Get("Location"))
	before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")
	require.Equal(t, store.StateHuman, before.State)

	for _, action := range []string{"takeover", "reply", "resume", "pause"} {
		v := pageForm(t, sp, "/inbox/c/c1/"+action)
		require.Equal(t, "handoff", v.Get("seen_state"), action)
		v.Set("body", "Hi Maria, Sam here")
		res := sam.postRaw("/inbox/c/c1/"+action, v)
		require.Equal(t, "/inbox/c/c1?e=stale", res.Header.Get("Location"), action)
	}
	require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written: the thread stays Dana's")
	require.Equal(t, events, f.events(t, acme, "c1"))
	_, sp = sam.get("/inbox/c/c1?e=stale")
	require.Contains(t, sp, "Nothing was done: the conversation changed after your page showed it. Dana Whitfield holds it now (Rep driving).")
	require.Contains(t, sp, `<p class="held" id="held">Dana Whitfield has this lead.`)
	require.Contains(t, sp, `data-confirm="Dana Whitfield has this lead. Take it over from them?"`)

	res = sam.postRaw("/inbox/c/c1/takeover", pageForm(t, sp, "/inbox/c/c1/takeover"))
	require.Equal(t, "/inbox/c/c1?n=taken", res.Header.Get("Location"))
	require.Equal(t, "sam", f.conv(t, acme, "c1").AssignedTo, "taken on purpose from a page that showed Dana holding it")
	res = dana.postRaw("/inbox/c/c1/reply", url.Values{"csrf": {dana.csrf}, "body": {"Hi Maria"},
		"seen_state": {"human"}, "seen_rep": {"dana"}})
	require.Equal(t, "/inbox/c/c1?e=stale", res.Header.Get("Location"), "Dana's page no longer shows her holding it")
	_, dp = dana.get("/inbox/c/c1?e=stale")
	require.Contains(t, dp, "Sam Ortiz holds it now (Rep driving).")
}

// TestReviewReleaseKeepsTheRepsThread: Dana drives a thread from the
// inbox when the lead writes something that may be an opt-out. She finds
// it is not one and releases it: the thread stays hers (the AI does not
// come back and send a second bridge to a lead she is texting, reviewer
// R's D1), the page says so, and the handoff's own reason is back, with
// no instruction to confirm or release a review that is over (D5).
func TestReviewReleaseKeepsTheRepsThread(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	res := dana.post("/inbox/c/c1/reply", url.Values{"body": {"Hi Maria, Dana here."}, "seen_state": {"handoff"}, "seen_rep": {"dana"}})
	require.Equal(t, "/inbox/c/c1?n=sent", res.Header.Get("Location"))
	_, err := f.disp.RunOnce(ctx)
	require.NoError(t, err)
	f.mu.Lock()
	sent := len(f.sent)
	f.mu.Unlock()

	_, err = f.eng.Receive(ctx, handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "hmm maybe stop"})
	require.NoError(t, err)
	_, body := dana.get("/inbox/c/c1")
	require.Contains(t, body, `id="release"`)
	require.Contains(t, body, "confirm it, or release it if it is not one")
	res = dana.post("/inbox/c/c1/review", url.Values{"decision": {"release"}})
	require.Equal(t, "/inbox/c/c1?n=released-yours", res.Header.Get("Location"))
	c := f.conv(t, acme, "c1")
	require.Equal(t, store.StateHuman, c.State)
	require.Equal(t, "dana", c.AssignedTo)

	_, body = dana.get("/inbox/c/c1?n=released-yours")
	require.Contains(t, body, "The thread is still yours")
	require.Contains(t, body, `<span class="reason" id="reason">Explicit ask</span>`)
	require.NotContains(t, body, "Possible opt-out")
	require.NotContains(t, body, "confirm it")

	_, err = f.eng.Receive(ctx, handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "ok what's the offer, can someone call me"})
	require.NoError(t, err)
	_, err = f.disp.RunOnce(ctx)
	require.NoError(t, err)
	f.mu.Lock()
	defer f.mu.Unlock()
	require.Len(t, f.sent, sent, "nothing automated went to the lead Dana is texting")
}

// TestLeadWritingAfterDoneIsBackInTheList: Dana marked a lead done; the
// lead writes again. The lead is back in the Hot list, still Dana's, with
// a reason that says why; it had stayed out of it, and a host without a
// Notifier never saw the message (reviewer R's D3).
func TestLeadWritingAfterDoneIsBackInTheList(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	require.Equal(t, "/inbox/c/c1?n=done", dana.post("/inbox/c/c1/complete", nil).Header.Get("Location"))
	_, list := dana.get("/inbox/")
	require.NotContains(t, list, `data-id="c1"`)

	_, err := f.eng.Receive(ctx, handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "hi, can someone call me back today?"})
	require.NoError(t, err)
	for _, who := range []*rep{dana, f.signIn(t, acme, "sam", "sam-pw")} {
		_, list = who.get("/inbox/")
		require.Contains(t, list, `data-id="c1"`)
		require.Contains(t, list, "The lead wrote after it was marked done")
	}
	_, body := dana.get("/inbox/c/c1")
	require.Contains(t, body, `id="complete"`, "Dana marks it done again when it is")
	require.Equal(t, "dana", f.conv(t, acme, "c1").AssignedTo)
}

// TestCancelledReplyIsMarkedNotSent: Dana's reply was queued ("Sent."),
// then the lead wrote something that may be an opt-out before the
// Dispatcher delivered it, and the review cancelled it; a person released
// the review. The thread marks Dana's bubble as not sent, and why, so she
// can send it again; it showed it as an ordinary sent text tagged "You"
// (reviewer R's D4). Her text sent after the release is not marked.
func TestCancelledReplyIsMarkedNotSent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	_, err := f.disp.RunOnce(ctx) // the bridge goes
	require.NoError(t, err)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	const reply = "Hi Maria, Dana here. I can call at 6pm, does that work?"
	res := dana.post("/inbox/c/c1/reply", url.Values{"body": {reply}, "seen_state": {"handoff"}, "seen_rep": {"dana"}})
	require.Equal(t, "/inbox/c/c1?n=sent", res.Header.Get("Location"))
	_, err = f.eng.Receive(ctx, handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "hmm maybe stop"})
	require.NoError(t, err)
	require.Equal(t, "/inbox/c/c1?n=released-yours", dana.post("/inbox/c/c1/review", url.Values{"decision": {"release"}}).Header.Get("Location"))
	const again = "Sorry Maria, that did not go: can I call at 6pm?"
	require.Equal(t, "/inbox/c/c1?n=sent", dana.post("/inbox/c/c1/reply", url.Values{"body": {again}}).Header.Get("Location"))
	_, err = f.disp.RunOnce(ctx)
	require.NoError(t, err)
	f.mu.Lock()
	var bodies []string
	for _, d := range f.sent {
		bodies = append(bodies, d.Body)
	}
	f.mu.Unlock()
	require.NotContains(t, bodies, reply)
	require.Contains(t, bodies, again)

	_, body := dana.get("/inbox/c/c1")
	thread := body[strings.Index(body, `id="thread"`):]
	first := thread[strings.Index(thread, reply):]
	first = first[:strings.Index(first, "</li>")]
	require.Contains(t, first, "Not sent: cancelled because the lead&#39;s message may have been an opt-out")
	second := thread[strings.Index(thread, "Sorry Maria"):]
	second = second[:strings.Index(second, "</li>")]
	require.NotContains(t, second, "Not sent")
	require.Equal(t, 1, strings.Count(thread, "not-sent-note"), "the bridge went")
}

// reviewForm is what a browser submits with the review form of page that
// posts decision ("optout" or "release") for conversation id.
func reviewForm(t *testing.T, page, id, decision string) url.Values {
	t.Helper()
	for _, m := range formTag.FindAllStringSubmatch(page, -1) {
		if a, _ := attr(m[1], "action"); a != "/inbox/c/"+id+"/review" {
			continue
		}
		v := url.Values{}
		for _, in := range inputTag.FindAllString(m[2], -1) {
			if n, ok := attr(in, "name"); ok {
				val, _ := attr(in, "value")
				v.Set(n, val)
			}
		}
		if v.Get("decision") == decision {
			return v
		}
	}
	t.Fatalf("no %s review form", decision)
	return nil
}

// TestStaleReviewDecisionIsRefused: Dana and Sam have the same possible
// opt-out open. Sam settles it from his page; Dana's decision from hers,
// which still shows the review Sam settled, is refused and writes
// nothing, whether the lead's next message is in review again (Dana's
// "Confirm opt-out" would have opted the lead out on a message her page
// never showed) or not (Sam confirmed; Dana's "Not an opt-out" would
// have been read as a decision on the opt-out he confirmed). Her page
// then says that the conversation changed and what it is now, as for a
// reply from a stale page; from the page that shows the new review she
// decides on it. The review forms had carried nothing of what the page
// showed, so the stale decision applied.
func TestStaleReviewDecisionIsRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := setup(t)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	sam := f.signIn(t, acme, "sam", "sam-pw")

	t.Run("a newer possible opt-out", func(t *testing.T) {
		f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me", "hmm maybe stop")
		_, dp := dana.get("/inbox/c/c1")
		_, sp := sam.get("/inbox/c/c1")
		res := sam.postRaw("/inbox/c/c1/review", reviewForm(t, sp, "c1", "release"))
		require.Equal(t, "/inbox/c/c1?n=released-kept", res.Header.Get("Location"))
		_, err := f.eng.Receive(ctx, handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "I said maybe stop texting at night"})
		require.NoError(t, err)
		before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")
		require.Equal(t, "possible_opt_out", before.HandoffReason, "in review again, on a message Dana's page does not show")

		res = dana.postRaw("/inbox/c/c1/review", reviewForm(t, dp, "c1", "optout"))
		require.Equal(t, "/inbox/c/c1?e=stale", res.Header.Get("Location"))
		require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written: the lead is not opted out")
		require.Equal(t, events, f.events(t, acme, "c1"))
		_, dp = dana.get("/inbox/c/c1?e=stale")
		require.Contains(t, dp, "Nothing was done: the conversation changed after your page showed it. The lead&#39;s latest message may be an opt-out and waits for a decision.")
		require.Contains(t, dp, "I said maybe stop texting at night")

		res = dana.postRaw("/inbox/c/c1/review", reviewForm(t, dp, "c1", "optout"))
		require.Equal(t, "/inbox/c/c1?n=optout", res.Header.Get("Location"), "decided from the page that shows it")
		require.Equal(t, store.StatusOptedOut, f.conv(t, acme, "c1").Status)
	})

	t.Run("settled by someone else", func(t *testing.T) {
		f.lead(t, acme, "c2", "Ann Park", "+12125550143", "can you just call me", "hmm maybe stop")
		_, dp := dana.get("/inbox/c/c2")
		_, sp := sam.get("/inbox/c/c2")
		res := sam.postRaw("/inbox/c/c2/review", reviewForm(t, sp, "c2", "optout"))
		require.Equal(t, "/inbox/c/c2?n=optout", res.Header.Get("Location"))
		before, events := f.conv(t, acme, "c2"), f.events(t, acme, "c2")

		res = dana.postRaw("/inbox/c/c2/review", reviewForm(t, dp, "c2", "release"))
		require.Equal(t, "/inbox/c/c2?e=stale", res.Header.Get("Location"))
		require.Equal(t, before, f.conv(t, acme, "c2"), "nothing written")
		require.Equal(t, events, f.events(t, acme, "c2"))
		_, dp = dana.get("/inbox/c/c2?e=stale")
		require.Contains(t, dp, "Nothing was done: the conversation changed after your page showed it.")
		require.Contains(t, dp, "(Opted out)")
	})
}

// TestReleaseThatHandsOffSaysSo: on the AI's thread a possible opt-out
// goes to review and the lead, meanwhile, asks for a call. The release
// hands off on that ask (see handoff.Engine.ReviewOptOut), and the page
// says so: the lead asked for a person during the review and waits in the
// Hot inbox. It had said the lead was back where the review found them,
// with the AI, while a new handoff waited for a rep (reviewer T, D3).
func TestReleaseThatHandsOffSaysSo(t *testing.T) {
	t.Parallel()
	f := setup(t)
	dana := f.signIn(t, acme, "dana", "dana-pw")
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550161",
		"can you end the reminder calls on my calendar? I get two for the same visit", "can someone just call me?")
	_, page := dana.get("/inbox/c/c1")
	res := dana.postRaw("/inbox/c/c1/review", reviewForm(t, page, "c1", "release"))
	require.Equal(t, "/inbox/c/c1?n=released-handoff", res.Header.Get("Location"))
	require.Equal(t, store.StateHandoff, f.conv(t, acme, "c1").State)
	_, page = dana.get("/inbox/c/c1?n=released-handoff")
	require.Contains(t, page, "Released: not an opt-out. The lead asked for a person while it was in review")
}
