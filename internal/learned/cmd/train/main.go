// Command train fits the learned tier's models on internal/learned/data
// and, for the message model, on the development sets under testdata that
// internal/learned/data/devsets.txt lists; it writes
// internal/learned/model.bin and MODEL.md (the message model) and
// fields.bin and FIELDS.md (the field model), topics.bin and TOPICS.md
// (the topic model). It is deterministic: run
// twice, it writes the same bytes. Run it from the repository root or from
// internal/learned (go generate does the latter):
//
//	go run ./internal/learned/cmd/train
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/handoffkit/handoffkit/internal/learned"
)

func main() {
	dir := flag.String("dir", "", "the internal/learned directory (default: found from the working directory)")
	flag.Parse()
	if *dir == "" {
		*dir = "."
		if _, err := os.Stat(filepath.Join("internal", "learned", "data")); err == nil {
			*dir = filepath.Join("internal", "learned")
		}
	}
	start := time.Now()
	// the repository root, two levels above internal/learned: the message
	// model also reads testdata there, so -dir must be the repository's
	// own internal/learned, not a copy elsewhere
	root := filepath.Join(*dir, "..", "..")
	if a, errA := os.Stat(filepath.Join(root, "internal", "learned")); errA != nil || !sameDir(a, *dir) {
		fmt.Fprintf(os.Stderr, "train: %s is not the internal/learned folder of a repository\n", *dir)
		os.Exit(1)
	}
	repo := os.DirFS(root)
	rows, err := learned.LoadTraining(repo)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	res, err := learned.Train(rows, learned.DefaultTrainConfig())
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := learned.WriteFiles(*dir, res); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	// the field model reads internal/learned/data alone (data/README.md)
	frows, err := learned.LoadFieldRows(os.DirFS(*dir), "data")
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fres, err := learned.TrainFields(frows, learned.DefaultTrainConfig())
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := learned.WriteFieldFiles(*dir, fres); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	// the topic model reads the conversations of the message model's
	// folders
	dirs, err := learned.TrainingDirs(repo)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	trows, err := learned.LoadTopicRows(repo, dirs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	trows = append(trows, learned.BorrowTopicNegatives(rows)...)
	tres, err := learned.TrainTopics(trows, learned.DefaultTrainConfig())
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := learned.WriteTopicFiles(*dir, tres); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "train: %d rows, model %d bytes; %d field rows, field model %d bytes; %d topic rows, topic model %d bytes; %s\n",
		len(rows), len(res.Model), len(frows), len(fres.Model), len(trows), len(tres.Model), time.Since(start).Round(time.Millisecond))
}

// sameDir reports whether fi is the folder dir.
func sameDir(fi os.FileInfo, dir string) bool {
	d, err := os.Stat(dir)
	return err == nil && os.SameFile(fi, d)
}
