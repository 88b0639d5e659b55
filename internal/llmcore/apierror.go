package llmcore

import "github.com/handoffkit/handoffkit/llm"

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
