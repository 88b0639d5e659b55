package main

import (
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/provider/twilio"
)

// signCommand prints a curl command posting a signed inbound message to
// a server running with the development account (or TWILIO_AUTH_TOKEN).
func signCommand(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("sign", flag.ContinueOnError)
	target := fs.String("url", "http://127.0.0.1:8080/twilio/sms", "the webhook URL as the server's -public-url sees it")
	if err := fs.Parse(args); err != nil {
		return err
	}
	account, token := devAccountSID, devAuthToken
	if t := os.Getenv("TWILIO_AUTH_TOKEN"); t != "" {
		account, token = os.Getenv("TWILIO_ACCOUNT_SID"), t
	}
	fields := url.Values{}
	for _, kv := range fs.Args() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("sign: %q is not Name=value", kv)
		}
		fields.Set(k, v)
	}
	form, sig := signedInbound(*target, account, token, fields)
	fmt.Fprintf(w, "curl -sS -X POST %s -H %s", shellQuote(*target), shellQuote(twilio.SignatureHeader+": "+sig))
	for _, k := range sortedKeys(form) {
		fmt.Fprintf(w, " --data-urlencode %s", shellQuote(k+"="+form.Get(k)))
	}
	fmt.Fprintln(w)
	return nil
}

// signedInbound completes an inbound message's form as Twilio sends it
// (AccountSid, a fresh MessageSid unless given, NumMedia) and signs it for
// target with token: the form to post and its X-Twilio-Signature.
func signedInbound(target, account, token string, fields url.Values) (url.Values, string) {
	form := url.Values{"AccountSid": {account}, "MessageSid": {"SM" + randomHex(16)}, "NumMedia": {"0"}}
	for k, v := range fields {
		form[k] = v
	}
	return form, twilio.SignedRequest{URL: target, Form: form}.Sign(token)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func sortedKeys(v url.Values) []string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
