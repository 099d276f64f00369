package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// A field is one key of a JSONL line and its JSON value.
type field struct {
	key string
	val json.RawMessage
}

// A line is one JSON object whose keys keep the order they were added in.
type line []field

// add appends key with the encoding/json encoding of v. It panics on values
// encoding/json rejects: the generator only builds encodable values.
func (l line) add(key string, v any) line {
	return append(l, field{key, mustJSON(v)})
}

// addRaw appends key with an already encoded value.
func (l line) addRaw(key string, raw json.RawMessage) line {
	return append(l, field{key, raw})
}

// asMap gives the line's values by key.
func (l line) asMap() map[string]json.RawMessage {
	m := make(map[string]json.RawMessage, len(l))
	for _, f := range l {
		m[f.key] = f.val
	}
	return m
}

// encode writes the line as one compact JSON object.
func (l line) encode() []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range l {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(mustJSON(f.key))
		b.WriteByte(':')
		b.Write(f.val)
	}
	b.WriteByte('}')
	return b.Bytes()
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("marshal %T: %v", v, err))
	}
	return b
}

// stableJSON returns the encoding of v after one unmarshal/marshal round
// (so that, e.g., invalid UTF-8 has become U+FFFD characters) and whether
// that encoding survives a further unmarshal/marshal byte for byte, as the
// round-trip rule requires.
func stableJSON[T any](v T) (json.RawMessage, bool) {
	once, ok := roundTrip(v)
	if !ok {
		return nil, false
	}
	var back T
	if err := json.Unmarshal(once, &back); err != nil {
		return once, false
	}
	twice, ok := roundTrip(back)
	return once, ok && bytes.Equal(once, twice)
}

// roundTrip marshals v, unmarshals it into a fresh value and marshals that.
func roundTrip[T any](v T) (json.RawMessage, bool) {
	first, err := json.Marshal(v)
	if err != nil {
		return nil, false
	}
	var back T
	if err := json.Unmarshal(first, &back); err != nil {
		return nil, false
	}
	second, err := json.Marshal(back)
	return second, err == nil
}

// writeLines writes the lines to path, one per line.
func writeLines(path string, lines []line) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		if _, err := w.Write(append(l.encode(), '\n')); err != nil {
			_ = f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// report writes one line of a report; a failed write to the terminal is
// not worth stopping a run for.
func report(w io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(w, format+"\n", args...)
}

// readLines reads a JSONL file into one key-to-value map per line.
func readLines(path string) ([]map[string]json.RawMessage, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []map[string]json.RawMessage
	for i, raw := range bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n")) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// decode unmarshals one value of a line.
func decode[T any](in map[string]json.RawMessage, key string) (T, error) {
	var v T
	raw, ok := in[key]
	if !ok {
		return v, fmt.Errorf("missing key %q", key)
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, fmt.Errorf("key %q: %w", key, err)
	}
	return v, nil
}
