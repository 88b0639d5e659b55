// Package ianazone loads time zones by their IANA names
// ("America/New_York", "UTC"), so that a zone means the same on every host.
//
// time.LoadLocation also takes "Local", the zone of whichever process
// reads the name (its TZ setting), and "" for UTC. A lead's, a rep's or a
// business's zone stored or configured as either would follow the host:
// quiet hours would fall at night for the lead on a server in another
// zone, and two instances would disagree about one lead. [Load] refuses
// both names, and [Portable] tells a *time.Location that is time.Local.
// The handoff engine, the calendar and the router take zones through it.
package ianazone

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrNotIANA is wrapped by [Load] for a name that is not an IANA zone.
var ErrNotIANA = errors.New("ianazone: not an IANA time zone")

var cache sync.Map // name -> *time.Location

// Load returns the zone of an IANA name, cached (time.LoadLocation reads
// the zone database each time). "", "Local" and any name the zone
// database does not hold wrap [ErrNotIANA]. Hosts on images without zone
// data import time/tzdata.
func Load(name string) (*time.Location, error) {
	if l, ok := cache.Load(name); ok {
		return l.(*time.Location), nil
	}
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("%w: %q names no zone of its own (the host's, or UTC)", ErrNotIANA, name)
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrNotIANA, name, err)
	}
	cache.Store(name, l)
	return l, nil
}

// Portable reports whether loc is the same zone on every host: false for
// time.Local (the host's zone, whatever its TZ), true for nil (which the
// callers read as UTC) and for any other location, such as one from
// [Load], time.UTC or a time.FixedZone.
func Portable(loc *time.Location) bool {
	return loc == nil || loc != time.Local && loc.String() != "Local"
}
