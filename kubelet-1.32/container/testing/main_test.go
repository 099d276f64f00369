package testing

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the run when a test leaves a goroutine behind, such as a
// pull still blocked on the token bucket.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
