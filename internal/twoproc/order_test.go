package twoproc_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestConversationOrderAcrossProcesses: texts queued on many conversations
// are delivered by two Dispatchers in two OS processes sharing one
// database, each claiming two items at a time. Every conversation's texts
// reach the Senders in the order they were written, one at a time, and
// every text is delivered (none waits for another forever).
func TestConversationOrderAcrossProcesses(t *testing.T) {
	const per = 4
	convs := 40
	if testing.Short() {
		convs = 10
	}
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			e, err := handoff.NewEngine(st, nil)
			require.NoError(t, err)
			ctx := context.Background()
			var ids []string
			for c := range convs {
				id := fmt.Sprintf("o%03d", c)
				ids = append(ids, id)
				_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: fmt.Sprintf("+1206555%04d", c)}})
				require.NoError(t, err)
				for i := range per {
					_, err := e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: tenant, ConversationID: id, Body: fmt.Sprintf("msg-%d", i)})
					require.NoError(t, err)
				}
			}
			closeDB()
			a := sideConfig{Name: "a", Mode: "order", Conversations: ids, Deadline: time.Now().Add(2 * time.Minute)}
			b := a
			b.Name = "b"
			logs := runBothOn(t, db, dsn, a, b)
			disordered, overlaps, sent := checkOrder(append(logs[0], logs[1]...), per)
			t.Logf("%s: %d texts sent on %d conversations; %d out of order, %d sent while another of theirs was", name, sent, convs, len(disordered), overlaps)
			require.Equal(t, convs*per, sent, "every text is sent once")
			require.Empty(t, disordered, "conversations whose texts went out of order")
			require.Zero(t, overlaps, "texts of one conversation sent at once")
		})
	}
}

// checkOrder reads the O lines of both logs: the conversations whose
// texts were not sent as msg-0 .. msg-(per-1) in that order, how many
// sends began before the previous one of their conversation ended, and
// how many sends there were.
func checkOrder(lines []string, per int) (disordered []string, overlaps, sent int) {
	type send struct {
		began, ended int64
		body         string
	}
	byConv := map[string][]send{}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 5 || f[0] != "O" {
			continue
		}
		began, _ := strconv.ParseInt(f[1], 10, 64)
		ended, _ := strconv.ParseInt(f[2], 10, 64)
		byConv[f[3]] = append(byConv[f[3]], send{began, ended, f[4]})
		sent++
	}
	want := make([]string, per)
	for i := range per {
		want[i] = fmt.Sprintf("msg-%d", i)
	}
	for id, sends := range byConv {
		slices.SortFunc(sends, func(x, y send) int { return int(x.began - y.began) })
		var got []string
		for i, s := range sends {
			got = append(got, s.body)
			if i > 0 && s.began < sends[i-1].ended {
				overlaps++
			}
		}
		if !slices.Equal(want, got) {
			disordered = append(disordered, id+": "+strings.Join(got, ", "))
		}
	}
	slices.Sort(disordered)
	return disordered, overlaps, sent
}
