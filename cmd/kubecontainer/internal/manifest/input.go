package manifest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// DefaultMaxInputSize is the default cap of one input: larger than any
// cluster's `kubectl get pods -A -o json` that a laptop can hold, small
// enough that /dev/zero or a runaway pipe ends with an error.
const DefaultMaxInputSize = "256Mi"

// errInputTooLarge is returned by a cappedReader past its limit.
var errInputTooLarge = errors.New("input too large")

// cappedReader reads from r and fails with errInputTooLarge once more than
// limit bytes have been read.
type cappedReader struct {
	r     io.Reader
	limit int64
	read  int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.read > c.limit {
		return 0, errInputTooLarge
	}
	if room := c.limit - c.read + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.read += int64(n)
	if c.read > c.limit {
		return n, errInputTooLarge
	}
	return n, err
}

// Open opens file name ("-" for stdin), reading at most limit bytes. The
// caller closes it.
func Open(name string, stdin io.Reader, limit int64) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(&cappedReader{r: stdin, limit: limit}), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{&cappedReader{r: f, limit: limit}, f}, nil
}

// TooLargeError returns the message for input beyond the limit, or err
// unchanged when it is not about the limit.
func TooLargeError(limit int64, err error) error {
	if !errors.Is(err, errInputTooLarge) {
		return err
	}
	return fmt.Errorf("input is larger than %s bytes (--max-input-size %s; raise it to read more)",
		FormatSize(limit), FormatSize(limit))
}

// sizeUnits are the suffixes ParseSize accepts, largest first.
var sizeUnits = []struct {
	suffix string
	bytes  int64
}{{"Gi", 1 << 30}, {"Mi", 1 << 20}, {"Ki", 1 << 10}}

// ParseSize parses a byte count: digits with an optional Ki, Mi or Gi
// suffix. It must be between 1 byte and 64Gi.
func ParseSize(s string) (int64, error) {
	digits, unit := s, int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			digits, unit = rest, u.bytes
			break
		}
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	const maxSize = 64 << 30
	if err != nil || n < 1 || digits[0] == '+' || n > maxSize/unit {
		return 0, fmt.Errorf("invalid size %q (want a number of bytes from 1 to 64Gi, e.g. 512Mi)", s)
	}
	return n * unit, nil
}

// FormatSize writes n bytes with the largest suffix that divides it.
func FormatSize(n int64) string {
	for _, u := range sizeUnits {
		if n%u.bytes == 0 {
			return strconv.FormatInt(n/u.bytes, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

// DisplayName names a file for messages, stdin included.
func DisplayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}
