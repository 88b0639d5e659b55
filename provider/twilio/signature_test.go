package twilio_test

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	twclient "github.com/twilio/twilio-go/client"

	"github.com/handoffkit/handoffkit/provider/twilio"
)

// The worked example of Twilio's request-validation documentation
// ("Validating Requests are coming from Twilio",
// https://www.twilio.com/docs/usage/security#validating-requests, now
// https://www.twilio.com/docs/usage/webhooks/webhooks-security): auth token
// 12345, a POST to https://mycompany.com/myapp.php?foo=1&bar=2 with the
// parameters below. The expected signatures are those of Twilio's helper
// libraries' test suites (twilio-go client/request_validator_test.go,
// twilio-python tests/unit/test_request_validator.py, twilio-csharp), and
// of the documentation's earlier edition, whose example numbers were
// +12349013030.
const (
	docToken = "12345"
	docURL   = "https://mycompany.com/myapp.php?foo=1&bar=2"
)

func docForm(caller string) url.Values {
	return url.Values{
		"CallSid": {"CA1234567890ABCDE"},
		"Caller":  {caller},
		"Digits":  {"1234"},
		"From":    {caller},
		"To":      {"+18005551212"},
	}
}

// twilioGoForm is the form of twilio-go v1.31.0's validator tests, which
// adds Reason/ReasonConferenceEnded to catch sorting "k+v" strings instead
// of names.
func twilioGoForm() url.Values {
	f := docForm("+14158675309")
	f.Set("ReasonConferenceEnded", "test")
	f.Set("Reason", "Participant")
	return f
}

func TestSignatureDocumentedVectors(t *testing.T) {
	t.Parallel()
	jsonBody := []byte(`{"property": "value", "boolean": true}`)
	const bodySHA = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
	cases := []struct {
		name string
		req  twilio.SignedRequest
		sig  string
		// signs reports whether Sign(URL as given) reproduces sig, as
		// opposed to Verify accepting it through a port variant.
		signs bool
	}{
		{"docs example", twilio.SignedRequest{URL: docURL, Form: docForm("+14158675309")}, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", true},
		{"docs example, earlier edition", twilio.SignedRequest{URL: docURL, Form: docForm("+12349013030")}, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", true},
		{"twilio-go: sort by name, not name+value", twilio.SignedRequest{URL: docURL, Form: twilioGoForm()}, "vOEb5UThFn24KEfnOFLQY2AE5FY=", true},
		{"twilio-go: https with a port, signed without it", twilio.SignedRequest{URL: strings.Replace(docURL, ".com", ".com:1234", 1), Form: twilioGoForm()}, "vOEb5UThFn24KEfnOFLQY2AE5FY=", false},
		{"twilio-go: http without port", twilio.SignedRequest{URL: strings.Replace(docURL, "https", "http", 1), Form: twilioGoForm()}, "n2xBNyzSW7rfYStDtOFiFMv7qNo=", true},
		{"twilio-go: http with a port, signed without it", twilio.SignedRequest{URL: "http://mycompany.com:1234/myapp.php?foo=1&bar=2", Form: twilioGoForm()}, "n2xBNyzSW7rfYStDtOFiFMv7qNo=", false},
		{"twilio-go: JSON body with bodySHA256", twilio.SignedRequest{URL: docURL + "&bodySHA256=" + bodySHA, Body: jsonBody}, "a9nBmqA0ju/hNViExpshrM61xv4=", true},
		{"twilio-go: bodySHA256 as the only parameter", twilio.SignedRequest{URL: "https://mycompany.com/myapp.php?bodySHA256=" + bodySHA, Body: jsonBody}, "y77kIzt2vzLz71DgmJGsen2scGs=", true},
		{"twilio-go: form body", twilio.SignedRequest{URL: docURL, Form: url.Values{"property": {"value"}, "boolean": {"true"}}}, "NBdBDr/T/lgjI+tlgpXjKZQZs/k=", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			require.True(t, tc.req.Verify(docToken, tc.sig))
			if tc.signs {
				require.Equal(t, tc.sig, tc.req.Sign(docToken))
			}
			require.False(t, tc.req.Verify("54321", tc.sig), "another token")
			require.False(t, tc.req.Verify(docToken, ""), "no signature")
			require.False(t, tc.req.Verify("", tc.sig), "no token")
		})
	}
}

func TestSignatureRejectsTampering(t *testing.T) {
	t.Parallel()
	good := twilio.SignedRequest{URL: docURL, Form: docForm("+14158675309")}
	const sig = "RSOYDt4T1cUTdK1PDd93/VVr8B8="
	require.True(t, good.Verify(docToken, sig))

	tampered := map[string]twilio.SignedRequest{
		"changed value":   {URL: docURL, Form: with(docForm("+14158675309"), "Digits", "9999")},
		"added parameter": {URL: docURL, Form: with(docForm("+14158675309"), "Body", "STOP")},
		"removed parameter": {URL: docURL, Form: func() url.Values {
			f := docForm("+14158675309")
			f.Del("Digits")
			return f
		}()},
		"other host":       {URL: "https://evil.example/myapp.php?foo=1&bar=2", Form: docForm("+14158675309")},
		"other path":       {URL: "https://mycompany.com/other.php?foo=1&bar=2", Form: docForm("+14158675309")},
		"other query":      {URL: "https://mycompany.com/myapp.php?foo=1&bar=3", Form: docForm("+14158675309")},
		"no query":         {URL: "https://mycompany.com/myapp.php", Form: docForm("+14158675309")},
		"other scheme":     {URL: "http://mycompany.com/myapp.php?foo=1&bar=2", Form: docForm("+14158675309")},
		"query re-escaped": {URL: "https://mycompany.com/myapp.php?foo=%31&bar=2", Form: docForm("+14158675309")},
		"name case":        {URL: docURL, Form: rename(docForm("+14158675309"), "Digits", "digits")},
	}
	for name, r := range tampered {
		require.False(t, r.Verify(docToken, sig), name)
	}
	require.False(t, good.Verify(docToken, "rsoydt4t1cutdk1pdd93/vvr8b8="), "signature case")
	require.False(t, good.Verify(docToken, strings.TrimSuffix(sig, "=")), "signature unpadded")
}

func TestSignatureBodySHA256(t *testing.T) {
	t.Parallel()
	body := []byte(`{"property": "value", "boolean": true}`)
	const sum = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
	r := twilio.SignedRequest{URL: docURL + "&bodySHA256=" + sum, Body: body}
	sig := r.Sign(docToken)
	require.True(t, r.Verify(docToken, sig))
	upper := twilio.SignedRequest{URL: docURL + "&bodySHA256=" + strings.ToUpper(sum), Body: body}
	require.True(t, upper.Verify(docToken, upper.Sign(docToken)), "an upper-case hex digest")

	r.Body = []byte(`{"property": "other", "boolean": true}`)
	require.False(t, r.Verify(docToken, sig), "a body that does not match bodySHA256")
	r.Body = body
	r.Form = url.Values{"ignored": {"x"}}
	require.True(t, r.Verify(docToken, sig), "with bodySHA256 the form is not signed")
}

// A name repeated in the form contributes each distinct value once, sorted
// (Twilio's Node and Python helpers); the arrival order is accepted too.
func TestSignatureRepeatedParameters(t *testing.T) {
	t.Parallel()
	const u = "https://sms.example.com/twilio/inbound"
	sorted := twilio.SignedRequest{URL: u, Form: url.Values{"x": {"1", "2"}, "a": {"z"}}}.Sign(docToken)
	// The canonical string is u + "az" + "x1" + "x2".
	require.Equal(t, sorted, twilio.SignedRequest{URL: u + "az" + "x1x2"}.Sign(docToken))

	shuffled := twilio.SignedRequest{URL: u, Form: url.Values{"a": {"z"}, "x": {"2", "1", "1"}}}
	require.Equal(t, sorted, shuffled.Sign(docToken))
	require.True(t, shuffled.Verify(docToken, sorted))

	inOrder := twilio.SignedRequest{URL: u + "az" + "x2x1x1"}.Sign(docToken)
	require.True(t, shuffled.Verify(docToken, inOrder), "values in arrival order")
	require.False(t, shuffled.Verify(docToken, twilio.SignedRequest{URL: u + "az" + "x1x1x2"}.Sign(docToken)))
}

func TestSignaturePorts(t *testing.T) {
	t.Parallel()
	form := docForm("+14158675309")
	for _, tc := range []struct{ signed, checked string }{
		{"https://a.example/x?y=1", "https://a.example:443/x?y=1"},
		{"https://a.example:443/x?y=1", "https://a.example/x?y=1"},
		{"http://a.example/x", "http://a.example:80/x"},
		{"http://a.example:80/x", "http://a.example/x"},
		{"https://a.example:8443/x", "https://a.example:8443/x"},
		{"https://[2001:db8::1]/x", "https://[2001:db8::1]:443/x"},
		{"https://[2001:db8::1]/x", "https://[2001:db8::1]:8443/x"},
		{"https://user:pw@a.example/x", "https://user:pw@a.example:443/x"},
	} {
		sig := twilio.SignedRequest{URL: tc.signed, Form: form}.Sign(docToken)
		require.True(t, twilio.SignedRequest{URL: tc.checked, Form: form}.Verify(docToken, sig), "%s signed, %s checked", tc.signed, tc.checked)
	}
	sig := twilio.SignedRequest{URL: "https://a.example:8443/x", Form: form}.Sign(docToken)
	require.False(t, twilio.SignedRequest{URL: "https://a.example:9443/x", Form: form}.Verify(docToken, sig), "another port")
}

// Every signature this package makes is accepted by twilio-go's
// RequestValidator, and the reverse, over random Twilio-shaped webhooks
// (single-valued parameters: the only kind twilio-go's map can carry).
func TestSignatureAgreesWithTwilioGo(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(14, 2))
	names := []string{"AccountSid", "ApiVersion", "Body", "From", "FromCity", "FromCountry", "FromState", "FromZip",
		"MessageSid", "MessageStatus", "MessagingServiceSid", "NumMedia", "NumSegments", "SmsMessageSid", "SmsSid",
		"SmsStatus", "To", "ToCity", "ToCountry", "ToState", "ToZip", "ErrorCode", "MediaUrl0", "MediaContentType0",
		"Reason", "ReasonConferenceEnded", "a", "ab", "B", "b"}
	values := []string{"+15550101234", "whatsapp:+15550101234", "SM" + strings.Repeat("0f", 16), "hi there", "", "Hola, ¿qué tal? 👋",
		"a&b=c", "100% sure", "line1\nline2", "  spaced  ", "+", "=", "Z", "0"}
	urls := []string{"https://sms.example.com/twilio/inbound", "https://sms.example.com:8443/t?x=1&y=%20z",
		"http://localhost:8080/status", "https://example.com/hooks/sms?tenant=acme&bodyless"}
	for i := range 500 {
		form := url.Values{}
		params := map[string]string{}
		for range 1 + rng.IntN(len(names)) {
			n, v := names[rng.IntN(len(names))], values[rng.IntN(len(values))]
			form.Set(n, v)
			params[n] = v
		}
		u := urls[rng.IntN(len(urls))]
		token := fmt.Sprintf("token-%d", i)
		r := twilio.SignedRequest{URL: u, Form: form}
		sig := r.Sign(token)
		v := twclient.NewRequestValidator(token)
		require.True(t, v.Validate(u, params, sig), "twilio-go rejects our signature of %s %v", u, form)

		// And a signature twilio-go accepts is one we accept (computed on
		// the port variant twilio-go also tries).
		alt := strings.Replace(u, "sms.example.com/", "sms.example.com:443/", 1)
		altSig := twilio.SignedRequest{URL: alt, Form: form}.Sign(token)
		require.Equal(t, v.Validate(u, params, altSig), r.Verify(token, altSig), "%s %v", u, form)
		require.False(t, r.Verify(token+"x", sig))
	}
}

func with(f url.Values, k, v string) url.Values { f.Set(k, v); return f }

func rename(f url.Values, from, to string) url.Values {
	f[to] = f[from]
	delete(f, from)
	return f
}
