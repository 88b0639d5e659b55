package llmcore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"

	"github.com/handoffkit/handoffkit/llm"
)

// APIError is the error a Provider returns for an error status its SDK
// gave up on: err (the SDK's error) wrapped in an [llm.APIError] whose
// message has no response body. typ, code and requestID come from the
// vendor's response and are kept only when they are short identifiers, so
// a gateway cannot put the request's text in them either.
func APIError(provider string, status int, typ, code, requestID string, err error) *llm.APIError {
	return &llm.APIError{Provider: provider, StatusCode: status, Type: ident(typ), Code: ident(code),
		RequestID: ident(requestID), Err: err}
}

// ident returns s when it is an identifier of at most 64 ASCII letters,
// digits and "_-.:", else "".
func ident(s string) string {
	if len(s) > 64 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ':') {
			return ""
		}
	}
	return s
}

// BodyError returns err, the error of a vendor SDK's call whose last HTTP
// response was res (nil when none came), as one matching
// [llm.ErrMalformed] when res has a success status: the API answered, but
// its body could not be read or decoded (invalid JSON, a body cut short, a
// proxy's page), so the output is not the object asked for. err stays in
// the chain for errors.As. Any other error (no response, the context's
// error, a timeout) is returned as it is.
func BodyError(err error, res *http.Response) error {
	var ne net.Error
	switch {
	case res == nil || res.StatusCode < 200 || res.StatusCode > 299,
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return err
	}
	return fmt.Errorf("%w: the response body: %w", llm.ErrMalformed, err)
}
