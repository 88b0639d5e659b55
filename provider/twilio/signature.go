package twilio

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
)

// SignatureHeader is the header Twilio signs its webhooks with.
const SignatureHeader = "X-Twilio-Signature"

// SignedRequest is what Twilio's X-Twilio-Signature covers, per
// https://www.twilio.com/docs/usage/webhooks/webhooks-security:
//
//  1. the full URL Twilio requested (scheme, host, optional port, path and
//     query string, exactly as configured on the number or passed as
//     StatusCallback);
//  2. for a form POST, every POST parameter sorted by name (byte order,
//     which is Unix-style case-sensitive sorting), each name immediately
//     followed by its value, appended to the URL with no delimiters;
//  3. HMAC-SHA1 of that string keyed with the account's auth token,
//     base64-encoded (standard alphabet, padded).
//
// A JSON body is not part of the string: Twilio adds a bodySHA256 query
// parameter (the hex SHA-256 of the raw body) to the URL it signs instead.
type SignedRequest struct {
	// URL is the full URL as Twilio requested it. Behind a proxy this is
	// not the request's Host: see [WebhookConfig.PublicURL].
	URL string
	// Form holds the POST parameters of a form-encoded body (not the URL's
	// query parameters, which are part of URL).
	Form url.Values
	// Body is the raw body of a JSON request; it is checked only when URL
	// carries bodySHA256, and then Form is ignored.
	Body []byte
}

// Sign returns the signature Twilio sends for r with authToken: the
// HMAC-SHA1 of r.URL (as given, without port normalisation) followed by
// the sorted form parameters. A name that appears several times
// contributes each distinct value once, in sorted order, as Twilio's Node
// and Python helper libraries do. For a URL carrying bodySHA256 the form
// is ignored. Tests and tools use Sign to produce requests that
// [SignedRequest.Verify] accepts.
func (r SignedRequest) Sign(authToken string) string {
	form := r.Form
	if hasBodyHash(r.URL) {
		form = nil
	}
	return sign(authToken, r.URL, canonicalForm(form, true))
}

// Verify reports whether signature is a valid X-Twilio-Signature of r
// under authToken. The comparison is constant-time. To absorb the
// documented inconsistencies of Twilio's signing, Verify accepts the
// signature of any of these variants, as Twilio's helper libraries do:
//
//   - the URL as given, with the default port added when it has none
//     (https :443, http :80), and without its port when it has one;
//   - repeated form parameters with distinct values sorted (the helper
//     libraries' rule) or in the order they arrived.
//
// Accepting a variant never lets anyone without the token sign a request.
// When r.URL carries bodySHA256, r.Body must hash to it (hex SHA-256,
// any case) and the signature covers the URL alone.
func (r SignedRequest) Verify(authToken, signature string) bool {
	if signature == "" || authToken == "" {
		return false
	}
	form := r.Form
	if sum, ok := bodyHash(r.URL); ok {
		if !validBodyHash(r.Body, sum) {
			return false
		}
		form = nil
	}
	suffixes := []string{canonicalForm(form, true)}
	if repeated(form) {
		if alt := canonicalForm(form, false); alt != suffixes[0] {
			suffixes = append(suffixes, alt)
		}
	}
	ok := false
	for _, u := range urlVariants(r.URL) {
		for _, s := range suffixes {
			want := sign(authToken, u, s)
			// Check every variant whatever the outcome, so the time taken
			// does not depend on which one matched.
			if subtle.ConstantTimeCompare([]byte(want), []byte(signature)) == 1 {
				ok = true
			}
		}
	}
	return ok
}

func sign(authToken, u, suffix string) string {
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(u))
	mac.Write([]byte(suffix))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// canonicalForm concatenates the parameters sorted by name, each name
// followed by its value. With sortValues, a repeated name contributes each
// distinct value once in sorted order; otherwise its values in arrival
// order.
func canonicalForm(form url.Values, sortValues bool) string {
	if len(form) == 0 {
		return ""
	}
	names := make([]string, 0, len(form))
	for name := range form {
		names = append(names, name)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, name := range names {
		vals := form[name]
		if sortValues && len(vals) > 1 {
			vals = slices.Compact(slices.Sorted(slices.Values(vals)))
		}
		for _, v := range vals {
			b.WriteString(name)
			b.WriteString(v)
		}
	}
	return b.String()
}

// repeated reports whether a name of form has several values.
func repeated(form url.Values) bool {
	for _, vals := range form {
		if len(vals) > 1 {
			return true
		}
	}
	return false
}

// urlVariants returns u, and u with its port toggled: the default port of
// its scheme added when it has none, its port removed when it has one.
// It edits the authority as text so that the path and query keep their
// exact escaping (re-encoding a parsed URL could change them and break the
// signature).
func urlVariants(u string) []string {
	scheme, rest, ok := strings.Cut(u, "://")
	if !ok {
		return []string{u}
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	authority, tail := rest[:end], rest[end:]
	userinfo := ""
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		userinfo, authority = authority[:i+1], authority[i+1:]
	}
	host, port := splitHostPort(authority)
	if host == "" {
		return []string{u}
	}
	var alt string
	switch {
	case port != "":
		alt = scheme + "://" + userinfo + host + tail
	case strings.EqualFold(scheme, "https"):
		alt = scheme + "://" + userinfo + host + ":443" + tail
	case strings.EqualFold(scheme, "http"):
		alt = scheme + "://" + userinfo + host + ":80" + tail
	default:
		return []string{u}
	}
	return []string{u, alt}
}

// splitHostPort splits "host:port", "[v6]:port", "host" or "[v6]".
func splitHostPort(authority string) (host, port string) {
	if strings.HasPrefix(authority, "[") {
		i := strings.IndexByte(authority, ']')
		if i < 0 {
			return "", ""
		}
		host, rest := authority[:i+1], authority[i+1:]
		if p, ok := strings.CutPrefix(rest, ":"); ok {
			return host, p
		}
		return host, ""
	}
	if i := strings.LastIndexByte(authority, ':'); i >= 0 {
		return authority[:i], authority[i+1:]
	}
	return authority, ""
}

// bodyHash returns the bodySHA256 query parameter of u.
func bodyHash(u string) (string, bool) {
	_, query, ok := strings.Cut(u, "?")
	if !ok {
		return "", false
	}
	query, _, _ = strings.Cut(query, "#")
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", false
	}
	sum := q.Get("bodySHA256")
	return sum, sum != ""
}

func hasBodyHash(u string) bool {
	_, ok := bodyHash(u)
	return ok
}

func validBodyHash(body []byte, want string) bool {
	got := sha256.Sum256(body)
	return subtle.ConstantTimeCompare([]byte(hex.EncodeToString(got[:])), []byte(strings.ToLower(want))) == 1
}
