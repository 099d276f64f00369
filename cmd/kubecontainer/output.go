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

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
)

// tableChunk is how many rows a streamed table aligns at a time, as
// "kubectl get --chunk-size" prints its default of 500.
const tableChunk = 500

// A table is rows of cells under a header, written with aligned columns.
type table struct {
	header []string
	rows   [][]string
}

// add appends a row.
func (t *table) add(cells ...string) {
	t.rows = append(t.rows, cells)
}

// write writes t with columns aligned by text/tabwriter; the header only
// when there is one.
func (t *table) write(w io.Writer) error {
	// The tabwriter writes each cell on its own: buffered, they make one
	// write of the output.
	out := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(out, 0, 8, 3, ' ', 0)
	rows := t.rows
	if t.header != nil {
		rows = append([][]string{t.header}, rows...)
	}
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, cell := range row {
			cells[i] = tableCell(cell)
		}
		if _, err := fmt.Fprintln(tw, strings.Join(cells, "\t")); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
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

// A rowFormat says how a command's rows are written: the table's header
// and a row's cells.
type rowFormat[R any] struct {
	header []string
	cells  func(R) []string
}

// table returns rows as a table under the header.
func (f rowFormat[R]) table(rows []R) *table {
	t := &table{header: f.header}
	for _, r := range rows {
		t.add(f.cells(r)...)
	}
	return t
}

// writeRows writes rows in the output format.
func writeRows[R any](w io.Writer, output string, rows []R, format rowFormat[R]) error {
	if output == outputJSON {
		array := newJSONArray(w)
		for _, row := range rows {
			if err := array.add(row); err != nil {
				return err
			}
		}
		return array.close()
	}
	return format.table(rows).write(w)
}

// printRows reads the manifest file name and writes convert's row for each
// of its containers in the output format, as they come, so that memory
// does not grow with the input: JSON rows one at a time, a table in chunks
// of tableChunk rows, each aligned on its own, with the header once. If an
// error stops the reading, the rows before it are written and a JSON array
// is left open, so that the output cannot pass for a complete answer.
func printRows[R any](s streams, output, name string, opts manifest.Options, convert func(manifest.Entry) (R, error),
	format rowFormat[R]) error {
	w := newRowWriter(s.out, output, format)
	err := manifest.ReadFile(name, s.in, opts, convert, w.add, s.warn)
	writeErr := w.flush(err == nil)
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	return err
}

// A rowWriter writes rows as they come, in the output format.
type rowWriter[R any] struct {
	w      io.Writer
	format rowFormat[R]
	// array is nil for a table, whose rows wait in chunk.
	array *jsonArray
	chunk []R
	// started is true once a chunk with the header is written.
	started bool
	err     error
}

func newRowWriter[R any](w io.Writer, output string, format rowFormat[R]) *rowWriter[R] {
	rw := &rowWriter[R]{w: w, format: format}
	if output == outputJSON {
		rw.array = newJSONArray(w)
	}
	return rw
}

// add writes row, or keeps it for the table's chunk.
func (rw *rowWriter[R]) add(row R) error {
	if rw.array != nil {
		rw.err = rw.array.add(row)
		return rw.err
	}
	rw.chunk = append(rw.chunk, row)
	if len(rw.chunk) == tableChunk {
		rw.err = rw.writeChunk()
	}
	return rw.err
}

// writeChunk writes the rows kept for the table.
func (rw *rowWriter[R]) writeChunk() error {
	t := rw.format.table(rw.chunk)
	if rw.started {
		t.header = nil
	}
	rw.started, rw.chunk = true, rw.chunk[:0]
	return t.write(rw.w)
}

// flush writes what is left. complete is false when the reading stopped
// at an error: a JSON array is then flushed and left open.
func (rw *rowWriter[R]) flush(complete bool) error {
	if rw.err != nil {
		return rw.err
	}
	if rw.array == nil {
		if len(rw.chunk) == 0 {
			return nil
		}
		return rw.writeChunk()
	}
	if !complete {
		return rw.array.w.Flush()
	}
	return rw.array.close()
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

// formatHash writes a hash as the kubelet writes it in the annotation.
func formatHash(h uint64) string {
	return strconv.FormatUint(h, 16)
}
