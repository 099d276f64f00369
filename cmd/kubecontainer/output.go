package main

import (
	"bufio"
	"bytes"
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

// writeJSONRows writes rows as an indented JSON array, as printRows
// streams them.
func writeJSONRows[R any](w io.Writer, rows []R) error {
	array := newJSONArray(w)
	for _, row := range rows {
		if err := array.add(row); err != nil {
			return err
		}
	}
	return array.close()
}

// printRows reads the manifest file name and writes convert's row for each
// of its containers in the output format. JSON rows are written one at a
// time as they come, so that memory does not grow with the input; if an
// error stops the reading, the array is left open, and the output cannot
// pass for a complete answer. A table is written once every row is read,
// as its columns are aligned on all of them, by writeTable.
func printRows[R any](s streams, output, name string, opts loadOptions, convert func(entry) R,
	writeTable func(io.Writer, []R) error) error {
	if output != outputJSON {
		rows, err := loadRows(s, name, opts, convert)
		if err != nil {
			return err
		}
		if err := writeTable(s.out, rows); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	}
	array := newJSONArray(s.out)
	var writeErr error
	err := readRows(s, name, opts, convert, func(row R) error {
		writeErr = array.add(row)
		return writeErr
	})
	if writeErr == nil && err == nil {
		writeErr = array.close()
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if err != nil {
		// Rows read before the error are output; the array stays open.
		_ = array.w.Flush()
	}
	return err
}

// A jsonArray writes values as the elements of an indented JSON array, one
// at a time, without escaping HTML characters.
type jsonArray struct {
	w       *bufio.Writer
	element bytes.Buffer
	enc     *json.Encoder
	count   int
}

func newJSONArray(w io.Writer) *jsonArray {
	a := &jsonArray{w: bufio.NewWriter(w)}
	a.enc = json.NewEncoder(&a.element)
	a.enc.SetEscapeHTML(false)
	a.enc.SetIndent("  ", "  ")
	return a
}

// add writes v as the next element.
func (a *jsonArray) add(v interface{}) error {
	a.element.Reset()
	if err := a.enc.Encode(v); err != nil {
		return err
	}
	separator := ",\n  "
	if a.count == 0 {
		separator = "[\n  "
	}
	a.count++
	_, _ = a.w.WriteString(separator)
	// The encoder ends the element with a newline, which the separator
	// or the end of the array writes instead.
	_, err := a.w.Write(bytes.TrimSuffix(a.element.Bytes(), []byte("\n")))
	return err
}

// close ends the array and flushes it.
func (a *jsonArray) close() error {
	end := "\n]\n"
	if a.count == 0 {
		end = "[]\n"
	}
	_, _ = a.w.WriteString(end)
	return a.w.Flush()
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
