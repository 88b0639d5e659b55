// Package brief is what a rep reads before picking up a handed-off lead: a
// short summary first, then the signals, the fields in the lead's own words
// and the transcript on demand.
package brief
