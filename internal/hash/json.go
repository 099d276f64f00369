package hash

import (
	"encoding/json"
	"fmt"
)

// JSON returns Bytes(data) for the data json.Marshal(v) returns, without
// keeping that encoding in memory: a json.Encoder writes it straight into
// the hash. The encoding is the same as json.Marshal's, HTML escaping
// included. On an error from the encoder, JSON returns 0 and that error.
func JSON(v interface{}) (uint32, error) {
	w := &jsonWriter{text: newSpewText()}
	if err := json.NewEncoder(w).Encode(v); err != nil {
		return 0, fmt.Errorf("encoding %T as JSON: %w", v, err)
	}
	return w.text.sum32(), nil
}

// jsonWriter hashes what a json.Encoder writes for one value, less the
// newline the Encoder writes after it (json.Marshal writes none). It holds
// back the last byte of every write until the next one arrives, so that
// the final byte, the newline, is never hashed.
type jsonWriter struct {
	text spewText
	// held is the last byte written, when hasHeld is true.
	held    [1]byte
	hasHeld bool
}

// Write hashes p except for its last byte, which it holds back, and never
// fails.
func (w *jsonWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if w.hasHeld {
		w.text.write(w.held[:])
	}
	last := len(p) - 1
	w.text.write(p[:last])
	w.held[0], w.hasHeld = p[last], true
	return len(p), nil
}
