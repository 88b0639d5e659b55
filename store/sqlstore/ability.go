package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

var (
	_ store.IndexTx       = (*txn)(nil)
	_ store.AddressLockTx = (*txn)(nil)
	_ store.Waker         = (*Store)(nil)
)

// MessageGet implements [store.IndexTx].
func (t *txn) MessageGet(ctx context.Context, tenantID, id string) (store.Message, error) {
	var m store.Message
	if err := t.use(ctx, "MessageGet", false); err != nil {
		return m, err
	}
	if err := scanMessage(t.queryRow(ctx, t.q.messageGet, tenantID, id), &m); err != nil {
		return store.Message{}, t.s.wrap("get message "+id, err)
	}
	return m, nil
}

// OutboxGetByProviderID implements [store.IndexTx].
func (t *txn) OutboxGetByProviderID(ctx context.Context, tenantID, providerID string) (store.OutboxItem, error) {
	if err := t.use(ctx, "OutboxGetByProviderID", false); err != nil {
		return store.OutboxItem{}, err
	}
	var r outboxRow
	if err := t.queryRow(ctx, t.q.outboxByProvider, tenantID, providerID).Scan(r.dest()...); err != nil {
		return store.OutboxItem{}, t.s.wrap("get outbox item by provider ID", err)
	}
	return r.item(), nil
}

// OutboxOpen implements [store.IndexTx].
func (t *txn) OutboxOpen(ctx context.Context, p store.OutboxOpenParams) ([]store.OutboxItem, error) {
	if err := t.use(ctx, "OutboxOpen", false); err != nil {
		return nil, err
	}
	var w whereBuilder
	w.b.WriteString(t.q.outboxOpen)
	w.args = append(w.args, p.TenantID, p.ConversationID)
	if p.Before != "" {
		w.b.WriteString(" AND seq < (SELECT seq FROM handoff_outbox WHERE tenant_id = ? AND id = ?)")
		w.args = append(w.args, p.TenantID, p.Before)
	}
	if p.ToLead {
		w.b.WriteString(" AND kind NOT IN (")
		for i, k := range store.NonLeadKinds() {
			if i > 0 {
				w.b.WriteString(", ")
			}
			w.b.WriteString("'" + string(k) + "'")
		}
		w.b.WriteString(")")
	}
	w.b.WriteString(" ORDER BY seq")
	if p.Limit > 0 {
		w.b.WriteString(" LIMIT ?")
		w.args = append(w.args, p.Limit)
	}
	rows, err := t.sqlTx.QueryContext(ctx, t.q.rebind(w.b.String()), w.args...)
	if err != nil {
		return nil, t.s.wrap("list open outbox items", err)
	}
	defer rows.Close()
	var out []store.OutboxItem
	for rows.Next() {
		var r outboxRow
		if err := rows.Scan(r.dest()...); err != nil {
			return nil, t.s.wrap("list open outbox items", err)
		}
		out = append(out, r.item())
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list open outbox items", err)
	}
	return out, nil
}

// ConversationFind implements [store.IndexTx].
func (t *txn) ConversationFind(ctx context.Context, p store.ConversationFindParams) (store.Conversation, error) {
	var c store.Conversation
	if err := t.use(ctx, "ConversationFind", false); err != nil {
		return c, err
	}
	if err := scanConversation(t.queryRow(ctx, t.q.conversationFind, p.TenantID, p.Phone, p.Line, string(p.Channel), string(p.Channel)), &c); err != nil {
		return store.Conversation{}, t.s.wrap("find conversation", err)
	}
	return c, nil
}

// AddressLock implements [store.AddressLockTx]: a transaction-scoped
// advisory lock with PostgreSQL; with SQLite write transactions already run
// one at a time (IMMEDIATE, one writer connection), so it only checks that
// the Tx may write.
func (t *txn) AddressLock(ctx context.Context, tenantID, address string) error {
	if err := t.use(ctx, "AddressLock", true); err != nil {
		return err
	}
	if t.q.addressLock == "" {
		return nil
	}
	var v any
	if err := t.queryRow(ctx, t.q.addressLock, tenantID, address).Scan(&v); err != nil {
		return t.s.wrap("lock address", err)
	}
	return nil
}

// extraJSON is the stored form of the conversation data no query filters
// on (the extra column). Times are unix microseconds.
type extraJSON struct {
	Company      string            `json:"company,omitempty"`
	OwnerID      string            `json:"owner,omitempty"`
	Lang         string            `json:"lang,omitempty"`
	AssignedName string            `json:"assigned_name,omitempty"`
	HandoffMsg   string            `json:"handoff_msg,omitempty"`
	Tags         []tagJSON         `json:"tags,omitempty"`
	Attributes   map[string]string `json:"attrs,omitempty"`
	Baseline     *baselineJSON     `json:"baseline,omitempty"`
	Meeting      *meetingJSON      `json:"meeting,omitempty"`
}

type meetingJSON struct {
	Offered      []slotJSON `json:"offered,omitempty"`
	OfferedAt    *int64     `json:"offered_at,omitempty"`
	Rescheduling bool       `json:"rescheduling,omitempty"`
	Seen         []slotJSON `json:"seen,omitempty"`
	SeenAt       *int64     `json:"seen_at,omitempty"`
	BookingID    string     `json:"booking_id,omitempty"`
	Booked       *slotJSON  `json:"booked,omitempty"`
	BookedAt     *int64     `json:"booked_at,omitempty"`
}

type slotJSON struct {
	RepID string `json:"rep"`
	Name  string `json:"name,omitempty"`
	Start *int64 `json:"start,omitempty"`
	End   *int64 `json:"end,omitempty"`
	Zone  string `json:"tz,omitempty"`
}

func toSlotJSON(s store.MeetingSlot) slotJSON {
	return slotJSON{RepID: s.RepID, Name: s.RepName, Start: micros(s.Start), End: micros(s.End), Zone: s.TimeZone}
}

func fromSlotJSON(s slotJSON) store.MeetingSlot {
	return store.MeetingSlot{RepID: s.RepID, RepName: s.Name, Start: fromMicros(s.Start), End: fromMicros(s.End), TimeZone: s.Zone}
}

func encodeMeeting(m store.Meeting) *meetingJSON {
	if len(m.Offered) == 0 && m.OfferedAt.IsZero() && !m.Rescheduling && len(m.Seen) == 0 && m.SeenAt.IsZero() &&
		m.BookingID == "" && m.Booked == (store.MeetingSlot{}) && m.BookedAt.IsZero() {
		return nil
	}
	j := &meetingJSON{OfferedAt: micros(m.OfferedAt), Rescheduling: m.Rescheduling, SeenAt: micros(m.SeenAt),
		BookingID: m.BookingID, BookedAt: micros(m.BookedAt)}
	for _, s := range m.Offered {
		j.Offered = append(j.Offered, toSlotJSON(s))
	}
	for _, s := range m.Seen {
		j.Seen = append(j.Seen, toSlotJSON(s))
	}
	if m.Booked != (store.MeetingSlot{}) {
		b := toSlotJSON(m.Booked)
		j.Booked = &b
	}
	return j
}

func decodeMeeting(j *meetingJSON) store.Meeting {
	if j == nil {
		return store.Meeting{}
	}
	m := store.Meeting{OfferedAt: fromMicros(j.OfferedAt), Rescheduling: j.Rescheduling, SeenAt: fromMicros(j.SeenAt),
		BookingID: j.BookingID, BookedAt: fromMicros(j.BookedAt)}
	for _, s := range j.Offered {
		m.Offered = append(m.Offered, fromSlotJSON(s))
	}
	for _, s := range j.Seen {
		m.Seen = append(m.Seen, fromSlotJSON(s))
	}
	if j.Booked != nil {
		m.Booked = fromSlotJSON(*j.Booked)
	}
	return m
}

type tagJSON struct {
	Name      string `json:"n"`
	Source    string `json:"s,omitempty"`
	MessageID string `json:"m,omitempty"`
	At        *int64 `json:"t,omitempty"`
}

type baselineJSON struct {
	Fields []store.FieldName `json:"f,omitempty"`
	Score  int               `json:"s,omitempty"`
	At     *int64            `json:"t,omitempty"`
}

func micros(t time.Time) *int64 {
	if t.IsZero() {
		return nil
	}
	us := t.UnixMicro()
	return &us
}

func fromMicros(us *int64) time.Time {
	if us == nil {
		return time.Time{}
	}
	return time.UnixMicro(*us).UTC()
}

func encodeExtra(c *store.Conversation) (string, error) {
	x := extraJSON{Company: c.Lead.Company, OwnerID: c.Lead.OwnerID, Lang: c.Lang, AssignedName: c.AssignedName,
		HandoffMsg: c.HandoffMessageID, Attributes: c.Attributes}
	for _, tg := range c.Tags {
		x.Tags = append(x.Tags, tagJSON{Name: tg.Name, Source: tg.Source, MessageID: tg.MessageID, At: micros(tg.At)})
	}
	if b := c.Baseline; len(b.Fields) > 0 || b.Score != 0 || !b.At.IsZero() {
		x.Baseline = &baselineJSON{Fields: b.Fields, Score: b.Score, At: micros(b.At)}
	}
	x.Meeting = encodeMeeting(c.Meeting)
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return "", fmt.Errorf("sqlstore: encode conversation data: %w", err)
	}
	s := strings.TrimSuffix(b.String(), "\n")
	if s == "{}" {
		return "", nil
	}
	return s, nil
}

func decodeExtra(s string, c *store.Conversation) error {
	if s == "" {
		return nil
	}
	var x extraJSON
	if err := json.Unmarshal([]byte(s), &x); err != nil {
		return fmt.Errorf("sqlstore: decode conversation data: %w", err)
	}
	c.Lead.Company, c.Lead.OwnerID, c.Lang, c.AssignedName, c.Attributes = x.Company, x.OwnerID, x.Lang, x.AssignedName, x.Attributes
	c.HandoffMessageID = x.HandoffMsg
	for _, tg := range x.Tags {
		c.Tags = append(c.Tags, store.Tag{Name: tg.Name, Source: tg.Source, MessageID: tg.MessageID, At: fromMicros(tg.At)})
	}
	if b := x.Baseline; b != nil {
		c.Baseline = store.Baseline{Fields: b.Fields, Score: b.Score, At: fromMicros(b.At)}
	}
	c.Meeting = decodeMeeting(x.Meeting)
	return nil
}
