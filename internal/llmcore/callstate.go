package llmcore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

// callState is what the HTTP middleware of one call records and reads.
type callState struct {
	attempts atomic.Int32
	deadline time.Time // of the whole call, retries included; zero if none
	// attemptTimeout bounds one HTTP attempt, its body included; zero
	// means none.
	attemptTimeout time.Duration
}

type callStateKey struct{}

func withCallState(ctx context.Context, attemptTimeout time.Duration) (context.Context, *callState) {
	st := &callState{attemptTimeout: attemptTimeout}
	st.deadline, _ = ctx.Deadline()
	return context.WithValue(ctx, callStateKey{}, st), st
}

// Middleware is the HTTP middleware both adapters install on their SDK
// client (its signature is the SDKs' option.Middleware). It counts the
// attempts of a call and bounds each by the call's AttemptTimeout, the
// response body included: an attempt that hangs ends with an error both
// SDKs retry like a connection error (openai-go does not retry one its
// own request timeout ended). A 2xx response is marked "x-should-retry:
// false", so that a body the connection cut short is not retried (the
// model ran and was paid for; anthropic-sdk-go would otherwise send the
// call again) and reaches the adapter with its status, which reports it
// as [llm.ErrMalformed] (see [BodyError]). When a retryable response
// (408, 409, 429, 5xx) asks, through Retry-After or Retry-After-Ms, for
// a wait that ends after the call's deadline, it marks the response
// "x-should-retry: false" so the SDK returns the error at once instead
// of sleeping until the deadline. Shorter waits are left to the SDK's
// own retry, which honours them.
func Middleware(req *http.Request, next func(*http.Request) (*http.Response, error)) (*http.Response, error) {
	st, _ := req.Context().Value(callStateKey{}).(*callState)
	if st == nil {
		return next(req)
	}
	st.attempts.Add(1)
	res, err := st.attempt(req, next)
	if err != nil || res == nil {
		return res, err
	}
	switch {
	case res.StatusCode >= 200 && res.StatusCode <= 299:
		res.Header.Set("x-should-retry", "false")
	case !st.deadline.IsZero() && retryable(res.StatusCode):
		if wait, ok := retryAfter(res.Header); ok && time.Now().Add(wait).After(st.deadline) {
			res.Header.Set("x-should-retry", "false")
		}
	}
	return res, nil
}

// attempt makes one HTTP attempt within st.attemptTimeout and reads the
// response body within it too. An attempt cut off returns no response and
// an error matching context.DeadlineExceeded. A body that fails to read
// for another reason (the connection dropped part-way through it) leaves
// the response, with a body that gives what was read and then that
// error, so the SDK reports it as the body of a response that came.
func (st *callState) attempt(req *http.Request, next func(*http.Request) (*http.Response, error)) (*http.Response, error) {
	if st.attemptTimeout <= 0 {
		return next(req)
	}
	ctx, cancel := context.WithTimeout(req.Context(), st.attemptTimeout)
	defer cancel()
	res, err := next(req.WithContext(ctx))
	if err == nil && res != nil && res.Body != nil {
		body, rerr := io.ReadAll(res.Body)
		res.Body.Close()
		res.Body = io.NopCloser(bytes.NewReader(body))
		if rerr != nil && ctx.Err() == nil {
			res.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{rerr}))
			return res, nil
		}
		err = rerr
	}
	if err != nil {
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			err = fmt.Errorf("%w: %v", cerr, err)
		}
		return nil, err
	}
	return res, nil
}

// errReader is a body's read error, replayed.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func retryable(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusConflict ||
		code == http.StatusTooManyRequests || code >= 500
}

// retryAfter reads the wait a response asks for.
func retryAfter(h http.Header) (time.Duration, bool) {
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	if v := h.Get("Retry-After"); v != "" {
		if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
			if s > 1e6 {
				s = 1e6
			}
			return time.Duration(s * float64(time.Second)), true
		}
		if t, err := http.ParseTime(v); err == nil {
			return time.Until(t), true
		}
	}
	return 0, false
}
