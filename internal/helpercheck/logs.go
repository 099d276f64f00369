package helpercheck

import (
	"strings"
	"sync"
	"testing"

	"github.com/go-logr/logr/funcr"
	"k8s.io/klog/v2"
)

// RecordingLogger returns a logger that keeps every line it writes, and a
// function that returns those lines so far. It is safe for concurrent use.
func RecordingLogger() (klog.Logger, func() []string) {
	var mu sync.Mutex
	var lines []string
	logger := funcr.New(func(prefix, args string) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, strings.TrimSpace(prefix+" "+args))
	}, funcr.Options{})
	return logger, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), lines...)
	}
}

// CaptureKlog routes klog's global functions (InfoS, ErrorS, ...) into a
// RecordingLogger until the test ends, and returns its lines function: for
// the lines whose functions log through klog's globals. klog's logger is
// process-wide, so a test using it must not run in parallel with others
// that log.
func CaptureKlog(tb testing.TB) func() []string {
	logger, lines := RecordingLogger()
	klog.SetLogger(logger)
	tb.Cleanup(klog.ClearLogger)
	return lines
}
