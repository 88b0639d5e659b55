package brief

import _ "embed"

//go:embed brief.schema.json
var jsonSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of [Brief.JSON]'s
// output, version [SchemaVersion]: hosts that store or forward briefs can
// validate them with it. The returned slice is a copy.
func JSONSchema() []byte { return append([]byte(nil), jsonSchema...) }
