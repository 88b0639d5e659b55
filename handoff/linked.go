package handoff

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Linked addresses. A lead who gives a phone and an email together, in
// any conversation of the tenant, has said both are theirs: an opt-out of
// one reaches the other. The rule is one hop and symmetric. An opt-out
// suppresses its own addresses (the conversation's phone and email, or
// the one address a carrier or the host reported) and every address
// recorded together with one of them on another conversation of the
// tenant (a phone's emails, an email's phones), each marked linked to it;
// not the addresses recorded with those (see linksOf). START lifts the
// addresses of its conversation and those linked to them (see linkedTo),
// never an address the lead opted out on its own that its conversation
// does not hold. An address recorded later next to one the
// lead opted out is suppressed, linked, when it is recorded (see
// linkGiven).

// linkedKey separates, in the Reason of a linked suppression, the rule of
// the opt-out from the address it was linked to: "keyword:STOP
// linked=+12125550100" is the email the lead gave with +12125550100,
// which texted STOP.
const linkedKey = " linked="

// linkedReason is the Reason of the suppression of an address linked to
// from by an opt-out of rule.
func linkedReason(rule, from string) string { return rule + linkedKey + from }

// linkedFrom is the address a linked suppression was linked to; "" for
// an address the lead opted out on its own.
func linkedFrom(s store.Suppression) string {
	if i := strings.LastIndex(s.Reason, linkedKey); i >= 0 {
		return s.Reason[i+len(linkedKey):]
	}
	return ""
}

// suppressionOf is the tenant's suppression of addr, and whether there is
// one.
func suppressionOf(ctx context.Context, tx store.Tx, tenantID, addr string) (store.Suppression, bool, error) {
	if addr == "" {
		return store.Suppression{}, false, nil
	}
	s, err := tx.SuppressionGet(ctx, tenantID, addr)
	if errors.Is(err, store.ErrNotFound) {
		return store.Suppression{}, false, nil
	}
	return s, err == nil, err
}

// linkable lists the addresses of c's lead that link: the phone and the
// email (its key). A chat address names one conversation and links
// nothing.
func linkable(c store.Conversation) []string {
	var out []string
	if c.Lead.Phone != "" {
		out = append(out, c.Lead.Phone)
	}
	if a := leadEmail(c); a != "" {
		out = append(out, a)
	}
	return out
}

// listParams selects the tenant's conversations whose lead has addr: by
// email for an email (the store matches its key), by phone for anything
// else; false for a chat address, which names one conversation. An
// address is an email as in [store.AddressKey].
func listParams(tenantID, addr string) (store.ConversationListParams, bool) {
	switch {
	case strings.HasPrefix(addr, chatPrefix), addr == "":
		return store.ConversationListParams{}, false
	case strings.Contains(addr, "@"):
		return store.ConversationListParams{TenantID: tenantID, Email: addr}, true
	}
	return store.ConversationListParams{TenantID: tenantID, Phone: addr}, true
}

// link is an address recorded together with from, one of an opt-out's own
// addresses, on a conversation of the tenant.
type link struct{ addr, from string }

// linksOf lists the addresses recorded together with one of own on a
// conversation of the tenant: the emails given with a phone, the phones
// given with an email. One hop: the addresses recorded with those are not
// listed. None of own is, and each is listed once, with the first of own
// it was given with. The store finds the conversations by an index
// (lead phone, lead email key), as it does an opt-out's siblings.
func linksOf(ctx context.Context, tx store.Tx, tenantID string, own []string) ([]link, error) {
	seen := map[string]bool{}
	for _, a := range own {
		seen[a] = true
	}
	var out []link
	for _, a := range own {
		p, ok := listParams(tenantID, a)
		if !ok {
			continue
		}
		list, err := conversationsWith(ctx, tx, p)
		if err != nil {
			return nil, err
		}
		for _, c := range list {
			for _, b := range linkable(c) {
				if !seen[b] {
					seen[b] = true
					out = append(out, link{addr: b, from: a})
				}
			}
		}
	}
	return out, nil
}

// consentLocks lists the addresses linked to those ch, an opt-out or an
// opt-in of c, applies to (see linksOf), read before any lock is taken,
// so that commit locks them with the lead's in one sorted pass: the
// lead's STOP by text and her STOP in the email chat, each linking the
// other's address, lock in one order and do not deadlock. An address
// linked after this read is locked when it is found (see
// suppressLinked). None for any other change.
func consentLocks(ctx context.Context, tx store.Tx, c store.Conversation, ch *change) ([]string, error) {
	var from []string
	switch {
	case ch.unsuppress && ch.addr == "":
		from = leadAddresses(c)
	case ch.unsuppress:
		from = ch.targets(c)
	case ch.suppress != "" && ch.reported != "":
		from = []string{ch.reported}
	case ch.suppress != "":
		from = ch.targets(c)
	default:
		return nil, nil
	}
	links, err := linksOf(ctx, tx, c.TenantID, from)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(links))
	for i, l := range links {
		out[i] = l.addr
	}
	return out, nil
}

// suppressLinked writes the suppressions of an opt-out of rule, carried
// by the lead message source ("" when none did): own, its own addresses,
// and the addresses linked to them (linksOf). An own address keeps an
// earlier opt-out of its own (the older stands), and replaces a linked
// suppression: the lead opted it out on its own, and an opt-in of the
// address it was linked to no longer lifts it. A linked address already
// suppressed keeps its suppression. The linked addresses are locked here
// too: commit locked those it read before (consentLocks), and one given
// since is locked after the others, out of their order (a deadlock with
// a transaction that locks the two the other way round is one the store
// detects and retries on PostgreSQL; SQLite and memstore run one write
// transaction at a time). It returns every address the opt-out reaches,
// own first: the conversations with any of them are paused.
func suppressLinked(ctx context.Context, tx store.Tx, c store.Conversation, own []string, rule, source string, now time.Time) ([]string, error) {
	links, err := linksOf(ctx, tx, c.TenantID, own)
	if err != nil {
		return nil, err
	}
	reach := slices.Clone(own)
	for _, l := range links {
		reach = append(reach, l.addr)
	}
	if err := lockAddresses(ctx, tx, c.TenantID, reach[len(own):]...); err != nil {
		return nil, err
	}
	for _, a := range own {
		if cur, found, err := suppressionOf(ctx, tx, c.TenantID, a); err != nil {
			return nil, err
		} else if found && linkedFrom(cur) == "" {
			continue
		}
		if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: c.TenantID, Address: a, Channel: c.Channel,
			Reason: rule, SourceMessageID: source, CreatedAt: now}); err != nil {
			return nil, err
		}
	}
	for _, l := range links {
		if sup, err := suppressed(ctx, tx, c.TenantID, l.addr); err != nil {
			return nil, err
		} else if sup {
			continue
		}
		if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: c.TenantID, Address: l.addr, Channel: c.Channel,
			Reason: linkedReason(rule, l.from), SourceMessageID: source, CreatedAt: now}); err != nil {
			return nil, err
		}
	}
	return reach, nil
}

// linkedTo lists the addresses beyond lift whose suppression an opt-in of
// lift lifts with them: those linked to an address of lift (see
// suppressLinked, linkGiven), found one hop from it. An address the lead
// opted out on its own stays suppressed: an address of lift that was only
// linked to another lifts itself alone (the opt-out of that other address
// stands), and so do the other addresses of the conversation where the
// lead said STOP, and an address the lead opted out again by itself after
// it was linked. It reads suppressions only; the caller deletes them.
func linkedTo(ctx context.Context, tx store.Tx, tenantID string, lift []string) ([]string, error) {
	links, err := linksOf(ctx, tx, tenantID, lift)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range links {
		s, found, err := suppressionOf(ctx, tx, tenantID, l.addr)
		if err != nil {
			return nil, err
		}
		if found && slices.Contains(lift, linkedFrom(s)) {
			out = append(out, l.addr)
		}
	}
	return out, nil
}

// linkGiven applies, when c's lead has an address the lead opted out on
// its own (not linked) and another address not suppressed, the opt-out to
// that other address, as the opt-out would have had c existed then: it is
// suppressed, linked to the opted-out one (an opt-in of that address
// lifts it) and naming the opt-out's message, and every other conversation
// with it is paused, as the opt-out's siblings are (see pauseSiblings),
// each audited as an opt_out of the opt-out's rule. One hop: an address
// suppressed only because it was linked links nothing more. c itself is
// the caller's (Start begins it opted out, UpdateLead opts it out). The
// caller holds the locks of c's addresses (leadAddresses).
func (e *Engine) linkGiven(ctx context.Context, tx store.Tx, c store.Conversation, actor store.Actor, now time.Time, res *committed) error {
	addrs := linkable(c)
	if len(addrs) < 2 {
		return nil
	}
	var from *store.Suppression
	var free []string
	for _, a := range addrs {
		s, found, err := suppressionOf(ctx, tx, c.TenantID, a)
		switch {
		case err != nil:
			return err
		case !found:
			free = append(free, a)
		case from == nil && linkedFrom(s) == "":
			from = &s
		}
	}
	if from == nil || len(free) == 0 {
		return nil
	}
	for _, a := range free {
		if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: c.TenantID, Address: a, Channel: from.Channel,
			Reason: linkedReason(from.Reason, from.Address), SourceMessageID: from.SourceMessageID, CreatedAt: now}); err != nil {
			return err
		}
	}
	ch := &change{actor: actor, reason: from.Reason, source: from.SourceMessageID, updateKey: e.newID()}
	if err := e.pauseSiblings(ctx, tx, c, ch, free, now, res); err != nil {
		return err
	}
	for _, a := range free {
		if err := e.silenceTo(ctx, tx, c.TenantID, a, now, res); err != nil {
			return err
		}
	}
	return nil
}
