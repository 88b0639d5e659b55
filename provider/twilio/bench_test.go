package twilio_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// BenchmarkInboundHandler measures one signed inbound webhook end to end
// through the handler (reading, signature check, validation, the engine's
// receive and commit), on memstore and on embedded SQLite, one at a time
// and from parallel clients. The client's signing is included (about a
// microsecond).
func BenchmarkInboundHandler(b *testing.B) {
	cfg := func() *twilio.WebhookConfig {
		return &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens, Tenant: testTenant}
	}
	memEngine := func(b *testing.B) *handoff.Engine {
		e, err := handoff.NewEngine(memstore.New(), nil)
		if err != nil {
			b.Fatal(err)
		}
		return e
	}
	sqliteEngine := func(b *testing.B) *handoff.Engine {
		e, _ := newSQLiteEngine(b)
		return e
	}
	for _, bc := range []struct {
		name     string
		engine   func(*testing.B) *handoff.Engine
		parallel bool
	}{
		{"memstore", memEngine, false},
		{"sqlite", sqliteEngine, false},
		{"sqlite-parallel", sqliteEngine, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			h := newInbound(b, bc.engine(b), cfg())
			var n atomic.Int64
			post := func() {
				i := n.Add(1)
				form := inboundForm(fmt.Sprintf("SM%016d", i), loadBodies[i%int64(len(loadBodies))])
				form.Set("From", leadNumber(int(i%100)))
				req := httptest.NewRequest(http.MethodPost, "/twilio/sms", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: publicURL + "/twilio/sms", Form: form}.Sign(acctToken))
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
			}
			b.ReportAllocs()
			if bc.parallel {
				b.SetParallelism(8)
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						post()
					}
				})
				return
			}
			for b.Loop() {
				post()
			}
		})
	}
}

// BenchmarkVerify measures checking the signature of a typical inbound
// webhook (both URL variants are computed).
func BenchmarkVerify(b *testing.B) {
	form := inboundForm("SM0123456789abcdef0123456789abcdef", "hi, is this about my house on Elm street?")
	r := twilio.SignedRequest{URL: publicURL + "/twilio/sms", Form: form}
	sig := r.Sign(acctToken)
	b.ReportAllocs()
	for b.Loop() {
		if !r.Verify(acctToken, sig) {
			b.Fatal("invalid")
		}
	}
}
