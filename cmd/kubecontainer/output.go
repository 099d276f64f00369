package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
)

// Output formats of the -o flag.
const (
	outputTable = "table"
	outputJSON  = "json"
)

// checkOutput returns an error unless format is an output format.
func checkOutput(format string) error {
	if format != outputTable && format != outputJSON {
		return fmt.Errorf("invalid output format %q (want %s or %s)", format, outputTable, outputJSON)
	}
	return nil
}

// A table is rows of cells under a header, written with aligned columns.
type table struct {
	header []string
	rows   [][]string
}

// add appends a row.
func (t *table) add(cells ...string) {
	t.rows = append(t.rows, cells)
}

// write writes t with columns aligned by text/tabwriter.
func (t *table) write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 8, 3, ' ', 0)
	for _, row := range append([][]string{t.header}, t.rows...) {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = tableCell(cell)
		}
		if _, err := fmt.Fprintln(tw, strings.Join(cells, "\t")); err != nil {
			return err
		}
	}
	return tw.Flush()
}

// tableCell returns s quoted as a Go string when it holds a control
// character (a tab or newline would break the table), else s.
func tableCell(s string) string {
	for _, r := range s {
		if unicode.IsControl(r) {
			return strconv.Quote(s)
		}
	}
	return s
}

// writeJSON writes v as indented JSON, without escaping HTML characters.
func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// orNone returns s, or "<none>" when it is empty, as kubectl prints empty
// names.
func orNone(s string) string {
	if s == "" {
		return "<none>"
	}
	return s
}

// orDash returns s, or "-" when it is empty (not applicable).
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// quoteList writes list as a one-line JSON array, so that spaces, tabs and
// newlines in its strings stay visible; "-" for an empty list.
func quoteList(list []string) string {
	if len(list) == 0 {
		return "-"
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	// Encoding a list of strings cannot fail.
	_ = enc.Encode(list)
	return strings.TrimSuffix(b.String(), "\n")
}
