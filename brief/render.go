package brief

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// The renderings of a [Brief]. Each puts the 60-second read first: who
// the lead is (name, company) and how to reach them (phone, e-mail),
// summary, why now, urgency, money, decision-maker, the one thing the lead
// needs most, objections, questions, callback or meeting, and what not to
// ask again. Details follow; the transcript comes on demand
// ([Brief.TranscriptText]) in the plain renderings and at the end of the
// Markdown and JSON ones, whole.

// SMSLimit is the most bytes [Brief.SMS] returns: three concatenated SMS
// segments of GSM-7 text.
const SMSLimit = 459

// Text renders b as plain text for Slack or a notification: the 60-second
// read (its first line the lead, their company, phone and e-mail, as far
// as known, and the rep), a "--- details" line, then the details. The
// transcript is not included; its length is, with [Brief.TranscriptText]
// to show it.
func (b Brief) Text() string {
	var s strings.Builder
	for _, l := range b.readLines() {
		s.WriteString(l)
		s.WriteByte('\n')
	}
	s.WriteString("--- details")
	for _, l := range b.detailLines() {
		s.WriteString("\n" + l)
	}
	return s.String()
}

// SMS renders the heart of the 60-second read in at most [SMSLimit]
// bytes, for a rep who gets briefs by text: who (the first line of
// [Brief.Text]: the lead, their company and contact), the summary, the
// callback or meeting, what not to ask and what to ask, then why now, as
// far as they fit (a line that does not fit is left out whole).
func (b Brief) SMS() string {
	r := b.readLines()
	lines := []string{r[0]}
	if b.Summary != "" {
		lines = append(lines, "Summary: "+b.Summary)
	}
	if b.Callback != nil {
		lines = append(lines, "Callback: "+b.Callback.Label)
	}
	for _, m := range b.Meetings {
		lines = append(lines, "Meeting: "+meeting(m))
	}
	var known []string
	for _, f := range b.Fields {
		if f.Known {
			known = append(known, f.Name)
		}
	}
	if len(known) > 0 {
		lines = append(lines, "Don't ask again: "+strings.Join(known, ", "))
	}
	if len(b.StillToAsk) > 0 {
		lines = append(lines, "Still to ask: "+strings.Join(b.StillToAsk, ", "))
	}
	if len(b.WhyNow) > 0 {
		lines = append(lines, "Why now: "+strings.Join(b.WhyNow, "; "))
	}
	var s strings.Builder
	s.WriteString(truncate(lines[0], SMSLimit))
	for _, l := range lines[1:] {
		if s.Len()+1+len(l) <= SMSLimit {
			s.WriteString("\n" + l)
		}
	}
	return s.String()
}

// TranscriptText renders the whole transcript, one message a line:
// "2026-03-14 15:09 lead: text".
func (b Brief) TranscriptText() string {
	var s strings.Builder
	for i, t := range b.Transcript {
		if i > 0 {
			s.WriteByte('\n')
		}
		fmt.Fprintf(&s, "%s %s: %s", t.At.UTC().Format("2006-01-02 15:04"), speaker(t), oneLine(t.Text))
	}
	return s.String()
}

// JSON renders b as indented JSON in the versioned schema of
// brief.schema.json ([JSONSchema]); "schema_version" is [SchemaVersion].
func (b Brief) JSON() ([]byte, error) {
	b.SchemaVersion = SchemaVersion
	return json.MarshalIndent(b, "", "  ")
}

// readLines are the 60-second read.
func (b Brief) readLines() []string {
	name := b.Lead.Name
	if name == "" {
		name = "Lead"
	}
	head := "HOT: " + name
	switch b.Consent {
	case ConsentOptedOut:
		head = "OPTED OUT, do not call or text: " + name
	case ConsentPossibleOptOut:
		head = "POSSIBLE OPT-OUT, confirm or release before any contact: " + name
	}
	if b.Lead.Company != "" {
		head += " (" + b.Lead.Company + ")"
	}
	if b.Lead.Phone != "" {
		head += " " + b.Lead.Phone
	}
	if b.Lead.Email != "" {
		head += " " + b.Lead.Email
	}
	if b.Lead.Source != "" {
		head += " (via " + b.Lead.Source + ")"
	}
	if b.AssignedName != "" {
		head += " -> " + b.AssignedName
	} else if b.AssignedTo != "" {
		head += " -> " + b.AssignedTo
	}
	out := []string{head}
	if b.Summary != "" {
		out = append(out, "Summary: "+b.Summary)
	}
	if len(b.WhyNow) > 0 {
		out = append(out, "Why now: "+strings.Join(b.WhyNow, "; "))
	}
	if len(b.Urgency) > 0 {
		out = append(out, "Urgency: "+signals(b.Urgency))
	}
	if len(b.Money) > 0 {
		out = append(out, "Money: "+signals(b.Money))
	}
	out = append(out, "Decision-maker: "+b.DecisionMaker)
	if b.NeedsMost != nil {
		out = append(out, "Needs most: "+signal(*b.NeedsMost))
	}
	if len(b.Objections) > 0 {
		out = append(out, "Objections: "+signals(b.Objections))
	}
	if len(b.Questions) > 0 {
		out = append(out, "Their questions:")
		for _, q := range b.Questions {
			out = append(out, "  - "+q)
		}
	}
	if b.Callback != nil {
		out = append(out, "Callback: "+signal(*b.Callback))
	}
	for _, m := range b.Meetings {
		out = append(out, "Meeting: "+meeting(m))
	}
	if len(b.Offered) > 0 {
		out = append(out, "Offered, waiting for a pick: "+meetings(b.Offered))
	}
	if len(b.DoNotAsk) > 0 {
		out = append(out, "Already answered, don't ask again:")
		for _, l := range b.DoNotAsk {
			out = append(out, "  - "+l)
		}
	}
	if len(b.StillToAsk) > 0 {
		out = append(out, "Still to ask: "+strings.Join(b.StillToAsk, ", "))
	}
	return out
}

// detailLines follow the 60-second read.
func (b Brief) detailLines() []string {
	var out []string
	if len(b.Fields) > 0 {
		var f strings.Builder
		f.WriteString("Fields:")
		for _, x := range b.Fields {
			v := "not yet"
			if x.Known {
				v = x.Value
			}
			fmt.Fprintf(&f, " [%s: %s]", x.Name, v)
		}
		out = append(out, f.String())
	}
	if len(b.Sentiment) > 0 {
		labels := make([]string, len(b.Sentiment))
		for i, p := range b.Sentiment {
			labels[i] = p.Label
		}
		out = append(out, fmt.Sprintf("Sentiment: %s (%s)", strings.Join(labels, " > "), b.Trend))
	}
	if len(b.Competitors) > 0 {
		out = append(out, "Competitors mentioned: "+strings.Join(b.Competitors, ", "))
	}
	if len(b.Interests) > 0 {
		out = append(out, "Interested in: "+labels(b.Interests))
	}
	if len(b.Topics) > 0 {
		out = append(out, "Asked about (not answered by the AI): "+strings.Join(b.Topics, ", "))
	}
	if len(b.Tags) > 0 {
		names := make([]string, len(b.Tags))
		for i, t := range b.Tags {
			names[i] = t.Name
		}
		out = append(out, "Tags: "+strings.Join(names, ", "))
	}
	if len(b.Attributes) > 0 {
		var kv []string
		for _, k := range sortedKeys(b.Attributes) {
			kv = append(kv, k+"="+b.Attributes[k])
		}
		out = append(out, "Attributes: "+strings.Join(kv, ", "))
	}
	if b.Frustrated {
		out = append(out, "Heads up: the lead sounded frustrated")
	}
	if b.LastLeadMessage != "" {
		out = append(out, fmt.Sprintf("Last message: %q", b.LastLeadMessage))
	}
	out = append(out, fmt.Sprintf("Transcript: %d messages, in full on request", len(b.Transcript)))
	return out
}

// Markdown renders b for an e-mail or a CRM note: the lead's company and
// contact under the title, the 60-second read as a table, then the details, the fields with the lead's own words and the
// message each came from, and the whole transcript.
func (b Brief) Markdown() string {
	var s strings.Builder
	name := b.Lead.Name
	if name == "" {
		name = "Lead"
	}
	title := "Hot lead"
	switch b.Consent {
	case ConsentOptedOut:
		title = "Opted out, do not call or text"
	case ConsentPossibleOptOut:
		title = "Possible opt-out, confirm or release before any contact"
	}
	fmt.Fprintf(&s, "# %s: %s\n\n", title, mdText(name))
	var meta []string
	if b.Lead.Company != "" {
		meta = append(meta, "**Company:** "+mdText(b.Lead.Company))
	}
	if b.Lead.Phone != "" {
		meta = append(meta, "**Phone:** "+mdText(b.Lead.Phone))
	}
	if b.Lead.Email != "" {
		meta = append(meta, "**Email:** "+mdText(b.Lead.Email))
	}
	if b.Lead.Source != "" {
		meta = append(meta, "**Source:** "+mdText(b.Lead.Source))
	}
	if !b.HandoffAt.IsZero() {
		meta = append(meta, "**Handed off:** "+b.HandoffAt.UTC().Format("2006-01-02 15:04 MST"))
	}
	meta = append(meta, fmt.Sprintf("**Score:** %d/100", b.Score))
	if rep := b.AssignedName; rep != "" || b.AssignedTo != "" {
		if rep == "" {
			rep = b.AssignedTo
		}
		meta = append(meta, "**Rep:** "+mdText(rep))
	}
	s.WriteString(strings.Join(meta, " · ") + "\n\n")
	if b.Summary != "" {
		s.WriteString("> " + mdText(b.Summary) + "\n\n")
	}
	s.WriteString("## The 60-second read\n\n| | |\n|---|---|\n")
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&s, "| **%s** | %s |\n", k, mdCell(v))
		}
	}
	row("Why now", strings.Join(b.WhyNow, "; "))
	row("Urgency", signals(b.Urgency))
	row("Money", signals(b.Money))
	row("Decision-maker", b.DecisionMaker)
	if b.NeedsMost != nil {
		row("Needs most", signal(*b.NeedsMost))
	}
	row("Objections", signals(b.Objections))
	if b.Callback != nil {
		row("Callback", signal(*b.Callback))
	}
	for _, m := range b.Meetings {
		row("Meeting", meeting(m))
	}
	if len(b.Offered) > 0 {
		row("Offered", meetings(b.Offered)+", waiting for a pick")
	}
	row("Still to ask", strings.Join(b.StillToAsk, ", "))
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&s, "\n## %s\n\n", title)
		for _, it := range items {
			s.WriteString("- " + mdText(it) + "\n")
		}
	}
	list("Questions to answer", b.Questions)
	list("Already answered: don't ask again", b.DoNotAsk)
	if len(b.Sentiment) > 0 {
		fmt.Fprintf(&s, "\n## Sentiment: %s\n\n| When | Sentiment | Cue |\n|---|---|---|\n", b.Trend)
		for _, p := range b.Sentiment {
			fmt.Fprintf(&s, "| %s | %s (%+d) | %s |\n", p.At.UTC().Format("01-02 15:04"), p.Label, p.Score, mdCell(p.Cue))
		}
	}
	var more []string
	if len(b.Competitors) > 0 {
		more = append(more, "**Competitors:** "+mdText(strings.Join(b.Competitors, ", ")))
	}
	if len(b.Interests) > 0 {
		more = append(more, "**Interested in:** "+mdText(labels(b.Interests)))
	}
	if len(b.Topics) > 0 {
		more = append(more, "**Asked about (not answered by the AI):** "+mdText(strings.Join(b.Topics, ", ")))
	}
	if len(b.Tags) > 0 {
		var names []string
		for _, t := range b.Tags {
			names = append(names, "`"+strings.ReplaceAll(t.Name, "`", "'")+"`")
		}
		more = append(more, "**Tags:** "+strings.Join(names, " "))
	}
	for _, k := range sortedKeys(b.Attributes) {
		more = append(more, "**"+mdText(k)+":** "+mdText(b.Attributes[k]))
	}
	if b.Frustrated {
		more = append(more, "**Heads up:** the lead sounded frustrated")
	}
	if len(more) > 0 {
		s.WriteString("\n## Context\n\n")
		for _, m := range more {
			s.WriteString("- " + m + "\n")
		}
	}
	if len(b.Fields) > 0 {
		s.WriteString("\n## Fields\n\n| Field | Value | Lead's words | Message |\n|---|---|---|---|\n")
		for _, f := range b.Fields {
			v := "_not yet_"
			if f.Known {
				v = mdCell(f.Value)
			}
			when := ""
			if f.MessageID != "" {
				when = mdCell(f.MessageID)
				if !f.At.IsZero() {
					when += " (" + f.At.UTC().Format("01-02 15:04") + ")"
				}
			}
			fmt.Fprintf(&s, "| %s | %s | %s | %s |\n", mdCell(f.Name), v, mdCell(f.Quote), when)
		}
	}
	fmt.Fprintf(&s, "\n## Transcript (%d messages)\n\n", len(b.Transcript))
	for _, t := range b.Transcript {
		fmt.Fprintf(&s, "- `%s` **%s:** %s\n", t.At.UTC().Format("01-02 15:04"), speaker(t), mdText(oneLine(t.Text)))
	}
	return s.String()
}

func speaker(t Turn) string {
	if t.Origin == "rep" && t.Author != "" {
		return "rep " + t.Author
	}
	return t.Origin
}

// String renders the signal as its label and the lead's words:
// `price concern ("the rate seems too high")`. Templates that print a
// Signal show this.
func (s Signal) String() string { return signal(s) }

// String words m for people in its own time zone: "Tue 3 Mar 16:00-16:30
// EST with dana (booked)", as the renderings show it. Templates that
// print a Meeting show this.
func (m Meeting) String() string { return meeting(m) }

func signal(s Signal) string {
	if s.Quote == "" || s.Quote == s.Label {
		return s.Label
	}
	return fmt.Sprintf("%s (%q)", s.Label, truncate(oneLine(s.Quote), 120))
}

func signals(ss []Signal) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = signal(s)
	}
	return strings.Join(parts, "; ")
}

func labels(ss []Signal) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = s.Label
	}
	return strings.Join(parts, ", ")
}

func meetings(ms []Meeting) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = meeting(m)
	}
	return strings.Join(parts, "; ")
}

func meeting(m Meeting) string {
	loc := time.UTC
	if m.TimeZone != "" {
		if l, err := time.LoadLocation(m.TimeZone); err == nil {
			loc = l
		}
	}
	start, end := m.Start.In(loc), m.End.In(loc)
	return fmt.Sprintf("%s-%s %s with %s (%s)", start.Format("Mon 2 Jan 15:04"), end.Format("15:04"), start.Format("MST"), m.RepID, m.Status)
}

// oneLine folds line breaks into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("...")
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

// mdEscaper escapes the Markdown characters that would change how text
// renders.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`)

func mdText(s string) string { return mdEscaper.Replace(oneLine(s)) }

func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }
