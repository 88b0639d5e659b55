package handoff_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// TestPickReadAgainstTheOfferSent: a pick by position ("the first one",
// "la segunda") is read against the latest offer the lead was sent. One
// who, offered slots by day, asks for other times at 22:30 and says "the
// first one" at 22:40, before the new offer quiet hours hold has gone,
// meant the first slot of the offer they got, not of one they have not
// seen: it is booked, and the new offer is cancelled. Once the new offer
// has gone, a pick is read against it.
func TestPickReadAgainstTheOfferSent(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		pick string
		// sent: the new offer went before the pick (asked for at 20:40,
		// by day).
		sent bool
		// twice: the lead asks for other times again at 22:35, a second
		// offer held, which cancels the first held.
		twice bool
		index int
	}{
		{"first, new offer held", "ok actually the first one works", false, false, 0},
		{"segunda, new offer held", "mejor la segunda", false, false, 1},
		{"first, two new offers held", "ok the first one then", false, true, 0},
		{"first, new offer sent", "ok the first one works", true, false, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				env, seen := dayOffer(t, st)
				if tc.sent {
					env.clock.Set(nightNY.Add(-110 * time.Minute)) // 20:40
				} else {
					env.clock.Set(nightNY)
				}
				again := env.say(t, "c1", "neither of those works, anything thursday?")
				require.Len(t, again.Conversation.Meeting.Offered, 2, "another offer: %q", again.Reply)
				env.runOnce(t)
				require.Equal(t, tc.sent, len(offersSent(env, again.Reply)) == 1, "the new offer went: %v", tc.sent)
				if tc.sent {
					seen = again.Conversation.Meeting.Offered
				}
				if tc.twice {
					env.clock.Set(nightNY.Add(5 * time.Minute))
					again = env.say(t, "c1", "hmm none of those either, how about friday?")
					require.Len(t, again.Conversation.Meeting.Offered, 2, "another offer: %q", again.Reply)
				}

				env.clock.Set(nightNY.Add(10 * time.Minute))
				out := env.say(t, "c1", tc.pick)
				c := env.conv(t, "c1")
				require.NotEmpty(t, c.Meeting.BookingID, "booked: %q", out.Reply)
				require.True(t, seen[tc.index].Start.Equal(c.Meeting.Booked.Start),
					"booked %s, want %s, the slot the lead saw", c.Meeting.Booked.Start, seen[tc.index].Start)
				switch {
				case tc.twice:
					for _, it := range onlyKind(outboxOf(t, st, "c1"), store.OutboxBookingOffer) {
						require.Equal(t, store.OutboxCancelled, it.Status, "both offers held are cancelled")
					}
				case !tc.sent:
					requireOfferCancelled(t, env, st, "message")
				}
				texts := env.morning(t)
				require.Equal(t, out.Reply, lastOf(texts), "the lead gets the confirmation")
				if !tc.sent {
					for _, b := range texts {
						require.False(t, strings.Contains(b, again.Reply), "no offer for a meeting already booked: %q", texts)
					}
				}
			})
		})
	}
}
