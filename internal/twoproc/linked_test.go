package twoproc_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// The linked opt-out across two processes (handoff's package doc,
// "Linked addresses"): the lead's STOP by text suppresses the email given
// with the number on any conversation of the tenant and pauses the
// conversations that have it, while the other process records the email
// with the number or writes to the email's chat. The other process is
// held inside its transaction, past its reads, while the STOP runs here;
// the STOP commits first or waits for it, and either way no AI text
// reaches the email's chat after the STOP.

const (
	linkedPhone = "+12125550142"
	linkedEmail = "dana.linked@example.com"
	aiText      = "Hi Dana, which neighborhood are you looking at?"
)

// TestLinkedOptOutRacingTheEmailAcrossProcesses: the lead texts STOP on
// her SMS thread here while the other process records her email next to
// her number: a new chat given both (Engine.Start), or another thread of
// the number given the email (Engine.UpdateLead), held inside its
// transaction past its read of the suppressions. Whichever commits
// second, the email ends suppressed, the conversation given it and the
// email-only chat she had already are paused and opted out, and the AI
// text the other process then records there (a host's greeting) is
// refused or cancelled. Without the address locks of the number (Start's
// before its read, the STOP's before it lists the number's
// conversations), the STOP committed while the new chat was held, never
// saw it, and the chat began ai_active after the STOP.
func TestLinkedOptOutRacingTheEmailAcrossProcesses(t *testing.T) {
	cases := []struct {
		name, call, holdAt, conv string
	}{
		{"a new chat given the number and the email", "start", "ConversationInsert", "new"},
		{"another thread of the number given the email", "update", "ConversationUpdate", "c2"},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		for _, tc := range cases {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				db := databases[name]
				dsn := db.dsn(t)
				waits := newLockWaits(db, dsn)
				st := waits.open(t)
				e, err := handoff.NewEngine(st, nil)
				require.NoError(t, err)
				ctx := context.Background()
				linkedStart(t, e, "c1", store.ChannelSMS, linkedPhone, "")
				linkedStart(t, e, "web", store.ChannelChat, "", linkedEmail)
				if tc.call == "update" {
					linkedStart(t, e, "c2", store.ChannelSMS, linkedPhone, "")
				}

				child := startHeld(t, sideConfig{Dialect: db.dialect, DSN: dsn, Name: "b", Mode: "held-linked",
					Conversations: []string{tc.conv}, Call: tc.call, HoldAt: tc.holdAt, Phone: linkedPhone, Email: linkedEmail})
				waited := stopWhileHeld(t, e, waits, "c1")
				lines := child.release(t)
				t.Logf("the STOP %s; the other process: %v", waitedWord(waited), lines)

				requireLinkedSuppressed(t, st, linkedPhone, linkedEmail)
				for _, id := range []string{tc.conv, "web"} {
					c, err := e.Conversation(ctx, tenant, id)
					require.NoError(t, err)
					require.Equal(t, store.StatePaused, c.State, "%s: it has the email the STOP reached", id)
					require.Equal(t, store.StatusOptedOut, c.Status, id)
					requireNoAIText(t, st, id)
				}
			})
		}
	}
}

// TestLinkedOptOutRacingAnAITextAcrossProcesses: the lead gave her number
// and email together on one conversation and has an email-only chat; she
// texts STOP on her SMS thread here while the other process records an
// AI text (Engine.RecordAIMessage, sent) in the chat, held inside its
// transaction before its writes (the STOP commits first: the text is
// refused with ErrOptedOut) or after them (the STOP waits for it: the
// text was queued before the STOP, which cancels it, as an opt-out
// cancels what is queued to the lead). In no order is the text left to
// be delivered after the STOP. No address lock orders these two (an AI
// text takes none): the STOP pauses the chat by a compare-and-swap on the
// row the text's commit writes too, so whichever comes second retries on
// a fresh read; the tests pass with the STOP's locks removed. So does the
// UpdateLead case above, whose thread has the number the STOP pauses.
func TestLinkedOptOutRacingAnAITextAcrossProcesses(t *testing.T) {
	cases := []struct {
		name   string
		holdAt string
		after  bool
	}{
		{"held before its writes", "MessageAppend", false},
		{"held after its writes", "ConversationUpdate", true},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		for _, tc := range cases {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				db := databases[name]
				dsn := db.dsn(t)
				waits := newLockWaits(db, dsn)
				st := waits.open(t)
				e, err := handoff.NewEngine(st, nil)
				require.NoError(t, err)
				ctx := context.Background()
				linkedStart(t, e, "c1", store.ChannelSMS, linkedPhone, "")
				linkedStart(t, e, "given", store.ChannelChat, linkedPhone, linkedEmail)
				linkedStart(t, e, "web", store.ChannelChat, "", linkedEmail)

				child := startHeld(t, sideConfig{Dialect: db.dialect, DSN: dsn, Name: "b", Mode: "held-linked",
					Conversations: []string{"web"}, Call: "ai", HoldAt: tc.holdAt, HoldAfter: tc.after})
				waited := stopWhileHeld(t, e, waits, "c1")
				lines := child.release(t)
				t.Logf("the STOP %s; the other process: %v", waitedWord(waited), lines)
				if waited {
					require.Equal(t, []string{"ai queued"}, lines, "the text committed before the STOP")
				} else {
					require.Equal(t, []string{"ai " + handoff.ErrOptedOut.Error()}, lines, "the STOP committed first: the text is refused")
				}

				requireLinkedSuppressed(t, st, linkedPhone, linkedEmail)
				c, err := e.Conversation(ctx, tenant, "web")
				require.NoError(t, err)
				require.Equal(t, store.StatePaused, c.State)
				require.Equal(t, store.StatusOptedOut, c.Status)
				ai := requireNoAIText(t, st, "web")
				if waited {
					require.Equal(t, 1, ai, "the text queued before the STOP, cancelled by it")
				} else {
					require.Zero(t, ai, "the refused text wrote nothing")
				}
			})
		}
	}
}

func linkedStart(t *testing.T, e *handoff.Engine, id string, ch store.Channel, phone, email string) {
	t.Helper()
	p := handoff.StartParams{TenantID: tenant, ConversationID: id, Channel: ch, Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}}
	if ch == store.ChannelChat {
		p.Line = "web-widget"
	}
	_, err := e.Start(context.Background(), p)
	require.NoError(t, err)
}

// stopWhileHeld receives the lead's STOP on conv while the other process
// holds its call, lets nothing go until the STOP returned or waits for
// the other process's transaction, and returns whether it waited. The
// caller then releases the other process; stopWhileHeld's STOP is
// checked when it returns.
func stopWhileHeld(t *testing.T, e *handoff.Engine, waits *lockWaits, conv string) bool {
	t.Helper()
	done := make(chan struct{})
	var out handoff.Outcome
	var err error
	go func() {
		defer close(done)
		out, err = e.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: conv, Body: "STOP", ProviderID: "SMstop"})
	}()
	waited := waits.waitOrReturn(t, done)
	t.Cleanup(func() {
		<-done
		if err == nil && out.Kind != handoff.OutcomeOptedOut {
			err = fmt.Errorf("outcome %s", out.Kind)
		}
		if err != nil {
			t.Errorf("the STOP on %s: %v", conv, err)
		}
	})
	return waited
}

func waitedWord(waited bool) string {
	if waited {
		return "waited for the other process's commit"
	}
	return "committed while the other process was held"
}

// requireLinkedSuppressed checks that the tenant suppressed addrs.
func requireLinkedSuppressed(t *testing.T, st store.Store, addrs ...string) {
	t.Helper()
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, a := range addrs {
			s, err := tx.SuppressionGet(ctx, tenant, a)
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("%s is not suppressed", a)
			}
			if err != nil {
				return err
			}
			t.Logf("%s suppressed: %s", a, s.Reason)
		}
		return nil
	}))
}

// requireNoAIText checks that no AI text of conv is left to deliver or
// was delivered: each was cancelled. It returns how many there were.
func requireNoAIText(t *testing.T, st store.Store, conv string) int {
	t.Helper()
	var items []store.OutboxItem
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: conv})
		return err
	}))
	n := 0
	for _, it := range items {
		if it.Kind == store.OutboxAIReply {
			n++
			require.Equal(t, store.OutboxCancelled, it.Status, "%s: an AI text after the STOP", conv)
		}
	}
	return n
}

// heldLinkedSide is a "held-linked" run: on cfg.Conversations[0], with
// its store held once at the Tx method cfg.HoldAt (see holdStore), it
// makes cfg.Call and then records an AI text there (RecordAIMessage,
// Send). The calls are
//
//	start   Engine.Start of a chat given cfg.Phone and cfg.Email
//	update  Engine.UpdateLead giving the conversation cfg.Email
//	ai      none: the AI text is the call held
//
// It logs the call's line ("start <status>", "update") and the AI text's
// outcome: "ai queued", or "ai <error>" for ErrOptedOut.
func heldLinkedSide(cfg sideConfig) error {
	ctx, cancel := context.WithDeadline(context.Background(), cfg.Deadline)
	defer cancel()
	st, closeDB, err := openStore(cfg.Dialect, cfg.DSN)
	if err != nil {
		return err
	}
	defer closeDB()
	hold := newHoldPoint(cfg)
	e, err := handoff.NewEngine(&holdStore{Store: st, at: cfg.HoldAt, after: cfg.HoldAfter, hold: hold.wait}, nil)
	if err != nil {
		return err
	}
	id := cfg.Conversations[0]
	var lines []string
	switch cfg.Call {
	case "start":
		c, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Channel: store.ChannelChat, Line: "web-widget",
			Lead: store.Lead{Name: "Dana", Phone: cfg.Phone, Email: cfg.Email}})
		if err != nil {
			return err
		}
		lines = append(lines, "start "+string(c.Status))
	case "update":
		email := cfg.Email
		if _, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: tenant, ConversationID: id, Email: &email}); err != nil {
			return err
		}
		lines = append(lines, "update")
	case "ai":
	default:
		return fmt.Errorf("held-linked: unknown call %q", cfg.Call)
	}
	_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: aiText, Send: true})
	switch {
	case errors.Is(err, handoff.ErrOptedOut):
		lines = append(lines, "ai "+handoff.ErrOptedOut.Error())
	case err != nil:
		return err
	default:
		lines = append(lines, "ai queued")
	}
	if err := hold.check("held " + cfg.Call); err != nil {
		return err
	}
	f, err := os.Create(cfg.Log)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
