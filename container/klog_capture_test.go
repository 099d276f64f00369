package container

import (
	"flag"
	"sync"
	"testing"

	"k8s.io/klog/v2"
)

// loggedEntry is one structured log call that reached klog's logger.
type loggedEntry struct {
	// Error is true for ErrorS calls, false for InfoS calls.
	Error bool
	// Err is the error passed to ErrorS.
	Err error
	// Msg is the message.
	Msg string
	// KeysAndValues are the key/value pairs, as passed.
	KeysAndValues []interface{}
}

// logCapture collects the log calls made while it is installed.
type logCapture struct {
	mu      sync.Mutex
	entries []loggedEntry
}

// Entries returns a copy of the entries logged so far.
func (c *logCapture) Entries() []loggedEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]loggedEntry(nil), c.entries...)
}

func (c *logCapture) add(e loggedEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = append(c.entries, e)
}

// captureKlog routes klog's structured output into a new logCapture at the
// given verbosity ("0" for InfoS and ErrorS, "4" for V(4) too) until the
// test ends, then restores klog's default output and verbosity. klog's
// settings are process-wide, so tests using it must not run in parallel.
func captureKlog(tb testing.TB, verbosity string) *logCapture {
	tb.Helper()
	flags := flag.NewFlagSet("klog", flag.ContinueOnError)
	klog.InitFlags(flags)
	previous := flags.Lookup("v").Value.String()
	if err := flags.Set("v", verbosity); err != nil {
		tb.Fatalf("setting klog verbosity: %v", err)
	}
	capture := &logCapture{}
	klog.SetLogger(klog.New(&captureSink{capture: capture}))
	tb.Cleanup(func() {
		klog.ClearLogger()
		if err := flags.Set("v", previous); err != nil {
			tb.Errorf("restoring klog verbosity: %v", err)
		}
	})
	return capture
}

// captureSink is the klog.LogSink behind captureKlog.
type captureSink struct {
	capture *logCapture
	values  []interface{}
}

func (s *captureSink) Init(klog.RuntimeInfo) {}

func (s *captureSink) Enabled(int) bool { return true }

func (s *captureSink) Info(_ int, msg string, keysAndValues ...interface{}) {
	s.capture.add(loggedEntry{Msg: msg, KeysAndValues: s.with(keysAndValues)})
}

func (s *captureSink) Error(err error, msg string, keysAndValues ...interface{}) {
	s.capture.add(loggedEntry{Error: true, Err: err, Msg: msg, KeysAndValues: s.with(keysAndValues)})
}

func (s *captureSink) WithValues(keysAndValues ...interface{}) klog.LogSink {
	return &captureSink{capture: s.capture, values: s.with(keysAndValues)}
}

func (s *captureSink) WithName(string) klog.LogSink { return s }

// with returns the sink's own values followed by keysAndValues, in a new
// slice.
func (s *captureSink) with(keysAndValues []interface{}) []interface{} {
	all := append([]interface{}(nil), s.values...)
	return append(all, keysAndValues...)
}
