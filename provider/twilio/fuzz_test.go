package twilio_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	twclient "github.com/twilio/twilio-go/client"

	"github.com/handoffkit/handoffkit/provider/twilio"
)

// FuzzSignature: whatever the URL, form and token, a signature made by
// Sign verifies, verifies with no other token, and is accepted by
// twilio-go's validator when every name has one value.
func FuzzSignature(f *testing.F) {
	f.Add(docURL, docForm("+14158675309").Encode(), docToken, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
	f.Add("https://[::1]:8443/a?b=%20c", "x=2&x=1&x=1&a=", "t", "")
	f.Add("http://h/p?bodySHA256=abc", "", "tok", "sig")
	f.Add("nonsense", "a=%zz", "", "====")
	f.Fuzz(func(t *testing.T, u, body, token, other string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			form = url.Values{}
		}
		r := twilio.SignedRequest{URL: u, Form: form, Body: []byte(body)}
		require.False(t, r.Verify(token, other) && other == "", "an empty signature never verifies")
		sig := r.Sign(token)
		if token == "" {
			require.False(t, r.Verify(token, sig))
			return
		}
		if strings.Contains(u, "bodySHA256=") {
			return // the body must also match the URL's hash: covered by the unit tests
		}
		require.True(t, r.Verify(token, sig))
		require.False(t, r.Verify(token+"x", sig))
		params := map[string]string{}
		for k, vs := range form {
			if len(vs) != 1 {
				return
			}
			params[k] = vs[0]
		}
		v := twclient.NewRequestValidator(token)
		require.True(t, v.Validate(u, params, sig), "twilio-go disagrees on %q %v", u, form)
	})
}

// FuzzInboundHandler: any body, signed as Twilio would sign it, is
// answered 200 with exactly one engine call carrying valid fields, or
// refused with a 4xx and no call. An unsigned variant is always 403 or
// 400 and never reaches the engine.
func FuzzInboundHandler(f *testing.F) {
	f.Add(inboundForm("SM1", "hello").Encode(), true)
	f.Add(inboundForm("SM1", "").Encode()+"&NumMedia=1&MediaContentType0=image%2Fjpeg", true)
	f.Add("AccountSid="+acct+"&From=%FF&To=%2B15550009999&MessageSid=SM1&Body=x", true)
	f.Add("AccountSid="+acct+"&From=a&From=b&To=%2B15550009999&MessageSid=SM1&Body=x&NumMedia=-3", true)
	f.Add("a=%zz", false)
	f.Fuzz(func(t *testing.T, body string, sign bool) {
		eng := &fakeEngine{}
		h := newInbound(t, eng, &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens, MaxRequestBytes: 8 << 10})
		req := httptest.NewRequest(http.MethodPost, "/in", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if form, err := url.ParseQuery(body); err == nil && sign {
			req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: publicURL + "/in", Form: form}.Sign(acctToken))
		}
		resp := serve(h, req)
		switch resp.StatusCode {
		case http.StatusOK:
			require.Len(t, eng.inbound, 1)
			in := eng.inbound[0]
			require.Equal(t, acct, in.TenantID)
			for _, v := range []string{in.From, in.Line, in.ProviderID, in.Body} {
				require.True(t, utf8.ValidString(v))
			}
			require.NotEmpty(t, in.From)
			require.NotEmpty(t, in.Line)
			require.NotEmpty(t, in.ProviderID)
		case http.StatusBadRequest, http.StatusForbidden:
			require.Zero(t, eng.calls())
		default:
			t.Fatalf("status %d for %q", resp.StatusCode, body)
		}
		if !sign {
			require.NotEqual(t, http.StatusOK, resp.StatusCode)
		}
	})
}

// FuzzStatusHandler: a signed status callback with any content is
// answered 200 with at most one engine call (receipt or failure), or
// refused with 400/403 and none.
func FuzzStatusHandler(f *testing.F) {
	f.Add(statusForm("SM1", twilio.StatusDelivered, "").Encode())
	f.Add(statusForm("SM1", twilio.StatusFailed, "21610").Encode())
	f.Add(statusForm("SM1", twilio.StatusUndelivered, "3000700000000").Encode())
	f.Add("AccountSid=" + acct + "&MessageSid=%00&MessageStatus=failed&ErrorCode=+1")
	f.Fuzz(func(t *testing.T, body string) {
		form, err := url.ParseQuery(body)
		if err != nil {
			return
		}
		eng := &fakeEngine{}
		h := newStatus(t, eng, &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens})
		req := httptest.NewRequest(http.MethodPost, "/st", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: publicURL + "/st", Form: form}.Sign(acctToken))
		resp := serve(h, req)
		switch resp.StatusCode {
		case http.StatusOK:
			require.LessOrEqual(t, eng.calls(), 1)
			for _, fl := range eng.failures {
				require.True(t, utf8.ValidString(fl.Reason))
				require.Equal(t, fl.OptedOut, strings.HasPrefix(fl.Reason, "21610 "))
			}
		case http.StatusBadRequest, http.StatusForbidden:
			require.Zero(t, eng.calls())
		default:
			t.Fatalf("status %d for %q", resp.StatusCode, body)
		}
	})
}

var longDigits = regexp.MustCompile(`[0-9]{7,}`)

// FuzzParseAPIError: any error response parses without panicking, and its
// Error string shows no phone-number-length digit run.
func FuzzParseAPIError(f *testing.F) {
	f.Add(400, []byte(`{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400}`))
	f.Add(400, []byte(`{"code": "21211", "message": "The 'To' number +15550101234 is not valid"}`))
	f.Add(502, []byte("<html>Bad Gateway 1234567890</html>"))
	f.Add(500, []byte(`{"code": 1e99}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		e := twilio.ParseAPIError(status, body)
		require.Equal(t, status, e.Status)
		require.GreaterOrEqual(t, e.Code, 0)
		msg := e.Error()
		require.True(t, utf8.ValidString(msg))
		prefix := fmt.Sprintf("twilio: HTTP %d", e.Status)
		if e.Code != 0 {
			prefix += fmt.Sprintf(", error %d", e.Code)
		}
		require.True(t, strings.HasPrefix(msg, prefix), msg)
		require.False(t, longDigits.MatchString(strings.TrimPrefix(msg, prefix)), msg)
	})
}
