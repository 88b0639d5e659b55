package qualify

import (
	"testing"

	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/stretchr/testify/require"
)

// TestContactAny: writeAt passes over a token outside contactAny, so it
// must hold the three kinds of word a contact starts from.
func TestContactAny(t *testing.T) {
	t.Parallel()
	for _, s := range []textmatch.Set{contactMe, contactV, followV} {
		require.True(t, contactAny.HasAll(s.Words()))
	}
	require.True(t, writeAt(textmatch.Normalize("text me in a few months"), "in a few months"))
	require.True(t, writeAt(textmatch.Normalize("llamame el martes"), "martes"))
	require.False(t, writeAt(textmatch.Normalize("we move in a few months"), "in a few months"))
}

// TestModelTask: every field task of the learned field model is the
// task of the field of its name, and other fields have none.
func TestModelTask(t *testing.T) {
	t.Parallel()
	for task := learned.FieldTask(0); task < learned.NumFieldTasks; task++ {
		got, ok := modelTask(Field(task.String()))
		require.True(t, ok, "%s", task)
		require.Equal(t, task, got)
	}
	_, ok := modelTask(Field("name"))
	require.False(t, ok)
}
