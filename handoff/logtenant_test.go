package handoff_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestWarnLogsNameTheTenant: conversation IDs are unique only within a
// tenant, so every log record about a conversation names its tenant, the
// warnings of a failing router, extractor, scorer, judge, drafter,
// summarizer, policy and calendar as well as the handoff's own record.
func TestWarnLogsNameTheTenant(t *testing.T) {
	t.Parallel()
	boom := errors.New("unreachable")
	cases := map[string]struct {
		mod  func(*handoff.Config)
		body string
		want []string
	}{
		"extensions": {func(c *handoff.Config) {
			c.Router = route.RouterFunc(func(ctx context.Context, r route.Request) (route.Assignment, error) { return route.Assignment{}, boom })
			c.Extractor = qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) { return nil, boom })
			c.Scorer = qualify.ScorerFunc(func(ctx context.Context, in qualify.ScoreInput) (int, error) { return 0, boom })
			c.Judge = trigger.JudgeFunc(func(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
				return trigger.Judgement{}, boom
			})
			c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) { return "", boom })
			c.Summarizer = brief.SummarizerFunc(func(ctx context.Context, in brief.SummaryInput) (string, error) { return "", boom })
		}, callMe, []string{"router failed", "extractor failed", "scorer failed", "judge failed", "drafter failed", "summarizer failed", "handoff: handoff"}},
		"policy": {func(c *handoff.Config) {
			c.Policy = &trigger.Policy{Rules: []trigger.Rule{trigger.RuleFunc(func(ctx context.Context, in trigger.Input) (trigger.Decision, error) {
				return trigger.Decision{}, boom
			})}}
		}, callMe, []string{"policy failed"}},
		"calendar": {func(c *handoff.Config) {
			c.Router = route.RouterFunc(func(ctx context.Context, r route.Request) (route.Assignment, error) {
				return route.Assignment{RepID: "sarah", RepName: "Sarah"}, nil
			})
			c.Booking = &handoff.BookingConfig{Calendar: unreachableCalendar{}}
		}, callMe, []string{"calendar failed"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var buf bytes.Buffer
			b := setup(t, func(c *handoff.Config) {
				c.Logger = slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, nil))
				tc.mod(c)
			})
			b.start(t, "c1")
			b.receive(t, "c1", tc.body)
			mu.Lock()
			logs := buf.String()
			mu.Unlock()
			for _, w := range tc.want {
				require.Contains(t, logs, w)
			}
			for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
				var rec map[string]any
				require.NoError(t, json.Unmarshal([]byte(line), &rec), line)
				if _, ok := rec["conversation"]; ok {
					require.Equal(t, tenant, rec["tenant"], "a record about a conversation names its tenant: %s", line)
				}
			}
		})
	}
}

// unreachableCalendar is a Calendar that cannot be reached.
type unreachableCalendar struct{ calendar.Calendar }

func (unreachableCalendar) FreeSlots(ctx context.Context, p calendar.SlotsParams) ([]calendar.Slot, error) {
	return nil, errors.New("calendar unreachable")
}
