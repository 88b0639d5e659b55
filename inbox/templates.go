package inbox

import (
	"fmt"
	"html/template"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// pageNames are the page templates; each is parsed with layout.html.
var pageNames = []string{"login", "error", "list", "conversation"}

func parsePages(funcs template.FuncMap) (map[string]*template.Template, error) {
	pages := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("inbox: parse template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

func (h *Handler) funcs() template.FuncMap {
	return template.FuncMap{
		// convPath is a conversation's path, its ID escaped (see
		// Handler.convPath): every link, form action and live URL of a
		// conversation is built from it.
		"convPath": h.convPath,
		// when is a time as a rep reads it, in Config.Location: the time
		// alone today, with the date otherwise.
		"when": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			t = t.In(h.cfg.Location)
			now := h.now().In(h.cfg.Location)
			if y, m, d := t.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
				return t.Format("3:04 PM")
			}
			if t.Year() == now.Year() {
				return t.Format("Jan 2, 3:04 PM")
			}
			return t.Format("Jan 2 2006, 3:04 PM")
		},
		"iso": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return t.UTC().Format(time.RFC3339)
		},
		// field is a schema field's name as a label: "motivation" -> "Motivation".
		"field": func(s string) string {
			return upperFirst(strings.ReplaceAll(s, "_", " "))
		},
	}
}

// upperFirst puts the first letter of s in title case ("état" -> "État"),
// by its first rune: casing the first byte alone of a letter outside
// ASCII broke it into invalid UTF-8.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToTitle(r)) + s[n:]
}
