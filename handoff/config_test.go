package handoff_test

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// requireConfigError asserts that err refuses the config field named:
// an *InputError with that Field, matching handoff.ErrInvalidInput.
func requireConfigError(t *testing.T, err error, field string) {
	t.Helper()
	require.ErrorIs(t, err, handoff.ErrInvalidInput, field)
	var ie *handoff.InputError
	require.ErrorAs(t, err, &ie, field)
	require.Equal(t, field, ie.Field)
	require.ErrorContains(t, err, field)
}

// TestNewEngineRefusesASchemaThatCountsAFieldTwice: a custom schema that
// lists a field twice would count one answer as two fields, so "2 of 3"
// handed off on the lead's first answer ("I inherited the house from my
// dad": motivation + motivation). NewEngine refuses it, naming the field;
// the same schema listing each field once waits for a second field.
func TestNewEngineRefusesASchemaThatCountsAFieldTwice(t *testing.T) {
	t.Parallel()
	schema := qualify.Schema{Name: "tenant_custom", Fields: []qualify.Field{qualify.Motivation, qualify.Motivation, qualify.Timeline},
		Required: 2, MinConfidence: 0.6}
	e, err := handoff.NewEngine(memstore.New(), &handoff.Config{Schema: schema})
	requireConfigError(t, err, "Config.Schema.Fields[1]")
	require.ErrorContains(t, err, `"motivation" twice`)
	require.Nil(t, e)

	b := setup(t, func(c *handoff.Config) {
		c.Schema = qualify.Schema{Name: "tenant_custom", Fields: []qualify.Field{qualify.Motivation, qualify.Timeline}, Required: 2, MinConfidence: 0.6}
	})
	b.start(t, "c1")
	out := b.receive(t, "c1", "I inherited the house from my dad")
	require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "one field of two does not hand off: %s", out.Detail)
}

// TestNewEngineRefusesConfigOutOfRange: every Config field with a range
// (a schema's Required and MinConfidence, durations that must not be
// negative, counts, IDs and texts that must not be blank) is refused by
// NewEngine with an *InputError naming it, rather than accepted and
// silently meaning something else (a MinConfidence of 1.5 turned the fields
// rule off). No engine is returned, so nothing can be written.
func TestNewEngineRefusesConfigOutOfRange(t *testing.T) {
	t.Parallel()
	re := func(mod func(*qualify.Schema)) qualify.Schema {
		s := qualify.RealEstate
		s.Fields = append([]qualify.Field(nil), s.Fields...)
		mod(&s)
		return s
	}
	cal := calendar.Calendar(unreachableCalendar{})
	for field, cfg := range map[string]*handoff.Config{
		"Config.Schema.MinConfidence": {Schema: re(func(s *qualify.Schema) { s.MinConfidence = 1.5 })},
		"Config.Schema.Required":      {Schema: re(func(s *qualify.Schema) { s.Required = -1 })},
		"Config.Schema.Fields":        {Schema: qualify.Schema{Name: "empty", Required: 1}},
		"Config.Schema.Fields[2]":     {Schema: re(func(s *qualify.Schema) { s.Fields[2] = "" })},
		"Config.DraftTimeout":         {DraftTimeout: -time.Second},
		"Config.UpdateDelay":          {UpdateDelay: -time.Second},
		"Config.Team":                 {Team: "  "},
		"Config.MaxBodyBytes":         {MaxBodyBytes: -1},
		"Config.HistoryTurns":         {HistoryTurns: -1},
		"Config.MaxAttempts":          {MaxAttempts: -1},
		"Config.DefaultRegion":        {DefaultRegion: "ZZ"},
		"Config.Booking.Calendar":     {Booking: &handoff.BookingConfig{}},
		"Config.Booking.Window":       {Booking: &handoff.BookingConfig{Calendar: cal, Window: -time.Hour}},
		"Config.Booking.OfferTTL":     {Booking: &handoff.BookingConfig{Calendar: cal, OfferTTL: -time.Hour}},
		"Config.Booking.Notice":       {Booking: &handoff.BookingConfig{Calendar: cal, Notice: -time.Hour}},
		"Config.Booking.AnswerTime":   {Booking: &handoff.BookingConfig{Calendar: cal, AnswerTime: -time.Hour}},
		"Config.Booking.Tenants[1]":   {Booking: &handoff.BookingConfig{Calendar: cal, Tenants: []string{tenant, ""}}},
		"Config.Booking.LeadHours":    {Booking: &handoff.BookingConfig{Calendar: cal, LeadHours: dnc.QuietHours{Start: 21, End: 8}}},
		`Config.Localized[""]`:        {Localized: map[string]handoff.ConsentTexts{"": {HelpReply: "Acme: texts about your home. Reply STOP to opt out."}}},
		"Config.OptOutConfirmation":   {OptOutConfirmation: strings.Repeat("a", handoff.MaxSMSLength+1)},
	} {
		e, err := handoff.NewEngine(memstore.New(), cfg)
		requireConfigError(t, err, field)
		require.Nil(t, e, field)
	}
	for _, min := range []float64{-0.1, math.NaN()} {
		_, err := handoff.NewEngine(memstore.New(), &handoff.Config{Schema: re(func(s *qualify.Schema) { s.MinConfidence = min })})
		requireConfigError(t, err, "Config.Schema.MinConfidence")
	}
	_, err := handoff.NewEngine(memstore.New(), &handoff.Config{Schema: re(func(s *qualify.Schema) { s.Required = 5 })})
	requireConfigError(t, err, "Config.Schema.Required")
	_, err = handoff.NewEngine(nil, nil)
	require.ErrorIs(t, err, handoff.ErrInvalidInput)

	// The edges of each range are accepted.
	for _, cfg := range []*handoff.Config{
		{Schema: re(func(s *qualify.Schema) { s.Required, s.MinConfidence = 0, 0 })},
		{Schema: re(func(s *qualify.Schema) { s.Required, s.MinConfidence = 4, 1 })},
		{SLA: -1, SLAReroutes: -1, SnapshotCache: -1, Team: "closers"},
		{Booking: &handoff.BookingConfig{Calendar: cal, ReminderBefore: -1, Tenants: []string{tenant}}},
	} {
		_, err := handoff.NewEngine(memstore.New(), cfg)
		require.NoError(t, err)
	}
}

// TestNewDispatcherConfigErrorsAreTyped: NewDispatcher refuses a config
// out of range with an *InputError naming the field, as NewEngine does.
func TestNewDispatcherConfigErrorsAreTyped(t *testing.T) {
	t.Parallel()
	e := setup(t, nil).engine
	snd := handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
		return handoff.SendResult{}, nil
	})
	for field, cfg := range map[string]*handoff.DispatcherConfig{
		"DispatcherConfig.Sender":       nil,
		"DispatcherConfig.Concurrency":  {Sender: snd, Concurrency: -1},
		"DispatcherConfig.PollInterval": {Sender: snd, PollInterval: -time.Second},
		"DispatcherConfig.Lease":        {Sender: snd, Lease: time.Second, SendTimeout: time.Second},
		"DispatcherConfig.BackoffMax":   {Sender: snd, BackoffBase: time.Minute, BackoffMax: time.Second},
		"DispatcherConfig.QuietHours":   {Sender: snd, QuietHours: dnc.QuietHours{Start: 22, End: 6}},
	} {
		d, err := handoff.NewDispatcher(e, cfg)
		requireConfigError(t, err, field)
		require.Nil(t, d, field)
	}
	_, err := handoff.NewDispatcher(nil, &handoff.DispatcherConfig{Sender: snd})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

// TestNewEngineRefusesBlankConsentTexts: a consent text of whitespace only
// was accepted, queued after a STOP and dead-lettered by the Dispatcher
// ("the item has no body"), so the lead got no confirmation and nobody an
// error. NewEngine refuses a blank consent text, in English or another
// language, naming the field; empty still means the default, and a text
// the engine never sends (NoOptOutConfirmation) is not checked.
func TestNewEngineRefusesBlankConsentTexts(t *testing.T) {
	t.Parallel()
	const blank = " \n\t "
	for field, cfg := range map[string]*handoff.Config{
		"Config.OptOutConfirmation":                 {OptOutConfirmation: blank},
		"Config.OptInConfirmation":                  {OptInConfirmation: blank},
		"Config.HelpReply":                          {HelpReply: blank},
		`Config.Localized["es"].OptOutConfirmation`: {Localized: map[string]handoff.ConsentTexts{"es": {OptOutConfirmation: blank}}},
		`Config.Localized["es"].OptInConfirmation`:  {Localized: map[string]handoff.ConsentTexts{"es": {OptInConfirmation: blank}}},
		`Config.Localized["fr"].HelpReply`:          {Localized: map[string]handoff.ConsentTexts{"fr": {HelpReply: blank}}},
	} {
		e, err := handoff.NewEngine(memstore.New(), cfg)
		requireConfigError(t, err, field)
		require.Nil(t, e, field)
	}
	for _, cfg := range []*handoff.Config{
		{OptOutConfirmation: blank, NoOptOutConfirmation: true},
		{OptInConfirmation: blank, NoOptInConfirmation: true, HelpReply: blank, NoHelpReply: true},
		{Localized: map[string]handoff.ConsentTexts{"es": {HelpReply: "Acme: mensajes sobre su casa. Responda STOP para no recibir más."}}},
	} {
		_, err := handoff.NewEngine(memstore.New(), cfg)
		require.NoError(t, err)
	}

	// Empty means the default, which reaches the lead.
	b := setup(t, func(c *handoff.Config) { c.OptOutConfirmation = "" })
	b.start(t, "c1")
	out := b.receive(t, "c1", "STOP")
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
	require.Contains(t, out.Reply, "unsubscribed")
}
