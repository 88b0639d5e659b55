package calendar

import (
	"context"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/internal/ianazone"
)

// TimeOfDay is a wall-clock time in a rep's zone, in minutes after local
// midnight: Clock(9, 30) is 09:30. It is a reading of the clock on the
// wall, not elapsed time, so 09:00 stays 09:00 on the days the clocks
// change. 24:00 (Clock(24, 0)) ends a span at the next midnight.
type TimeOfDay int

// Clock returns the TimeOfDay hour:minute.
func Clock(hour, minute int) TimeOfDay { return TimeOfDay(hour*60 + minute) }

// String formats t as "15:04".
func (t TimeOfDay) String() string { return fmt.Sprintf("%02d:%02d", int(t)/60, int(t)%60) }

// Hours is one span of working time on a weekday, [Start, End) on the
// rep's wall clock. A day may have several spans (a lunch break).
type Hours struct {
	Day        time.Weekday
	Start, End TimeOfDay
}

// Weekdays returns the spans start-end on Monday to Friday.
func Weekdays(start, end TimeOfDay) []Hours {
	out := make([]Hours, 0, 5)
	for d := time.Monday; d <= time.Friday; d++ {
		out = append(out, Hours{Day: d, Start: start, End: end})
	}
	return out
}

// Schedule is a rep's bookable week: working hours on the rep's wall
// clock, in the rep's IANA zone.
type Schedule struct {
	TimeZone string  // IANA name, e.g. "America/New_York"; required ("UTC" is a zone; "Local", the host's, is not)
	Week     []Hours // the spans of working time; none means never bookable
}

// Validate reports a schedule that cannot be used: a missing or unknown
// zone, or a span that is empty, inverted or outside 00:00-24:00.
func (s Schedule) Validate() error {
	if s.TimeZone == "" {
		return inputErr("Schedule.TimeZone", "is required (an IANA zone such as America/New_York)")
	}
	if _, err := loadZone(s.TimeZone); err != nil {
		return inputErr("Schedule.TimeZone", fmt.Sprintf("%q is not a known IANA zone", s.TimeZone))
	}
	for i, h := range s.Week {
		if h.Day < time.Sunday || h.Day > time.Saturday || h.Start < 0 || h.End > Clock(24, 0) || h.Start >= h.End {
			return inputErr(fmt.Sprintf("Schedule.Week[%d]", i), fmt.Sprintf("(%v %v-%v) must be a weekday with 00:00 <= Start < End <= 24:00", h.Day, h.Start, h.End))
		}
	}
	return nil
}

// ScheduleSource returns the schedule of a rep. It returns an error
// wrapping [ErrNotFound] for a rep it does not know. [StoreCalendar.BookTx]
// calls it inside the caller's transaction, so it must be quick and must
// not call out to the network (load schedules ahead, keep them in memory).
type ScheduleSource interface {
	RepSchedule(ctx context.Context, tenantID, repID string) (Schedule, error)
}

// ScheduleSourceFunc adapts a function to [ScheduleSource].
type ScheduleSourceFunc func(ctx context.Context, tenantID, repID string) (Schedule, error)

// RepSchedule calls f.
func (f ScheduleSourceFunc) RepSchedule(ctx context.Context, tenantID, repID string) (Schedule, error) {
	return f(ctx, tenantID, repID)
}

// Schedules is a fixed [ScheduleSource]: rep ID to schedule, the same in
// every tenant.
type Schedules map[string]Schedule

// RepSchedule implements [ScheduleSource].
func (s Schedules) RepSchedule(_ context.Context, _, repID string) (Schedule, error) {
	sch, ok := s[repID]
	if !ok {
		return Schedule{}, fmt.Errorf("calendar: no schedule for rep %q: %w", repID, ErrNotFound)
	}
	return sch, nil
}

// loadZone is the zone of an IANA name, cached; "Local" (the host's zone
// in time.LoadLocation) and "" are none, so a rep's hours never follow
// the clock of the host that reads them.
func loadZone(name string) (*time.Location, error) {
	return ianazone.Load(name)
}
