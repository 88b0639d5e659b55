package openai_test

import "github.com/handoffkit/handoffkit/qualify"

func qualifyScoreIn(text string) qualify.ScoreInput {
	return qualify.ScoreInput{Schema: qualify.RealEstate, Text: text}
}
