// Command linecount prints, for every kubelet line of the repository, the
// hand-written lines ARCHITECTURE.md's "Budget" counts, as a table.
//
//	go run ./cmd/linecount -root ..
package main

import (
	"flag"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/kubecontainer/kubecontainer/tools/internal/linecount"
)

func main() {
	root := flag.String("root", ".", "the repository's root")
	flag.Parse()
	if err := run(*root); err != nil {
		fmt.Fprintln(os.Stderr, "linecount:", err)
		os.Exit(1)
	}
}

// run counts every line and prints the table.
func run(root string) error {
	lines, err := linecount.Lines(root)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	if _, err := fmt.Fprintln(w, "LINE\tCODE\tTESTS\tOTHER\tGENERATOR\tTOTAL\tBUDGET\tTIDY (not counted)\t"); err != nil {
		return err
	}
	for _, line := range lines {
		c, err := linecount.CountLine(root, line)
		if err != nil {
			return err
		}
		verdict := "within"
		if c.Total() > linecount.Budget {
			verdict = "OVER"
		}
		_, err = fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%s %d\t%d\t\n", line, c.Code, c.Tests, c.Other, c.Generator, c.Total(), verdict, linecount.Budget, c.Tidy)
		if err != nil {
			return err
		}
	}
	return w.Flush()
}
