package container

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"go.uber.org/goleak"
)

// cacheBase is an arbitrary origin for the times the cache tests use.
var cacheBase = time.Date(2023, 4, 11, 0, 0, 0, 0, time.UTC)

// atSec returns cacheBase plus s seconds.
func atSec(s int) time.Time { return cacheBase.Add(time.Duration(s) * time.Second) }

// gateModes are the two behaviors every rule is tested under.
var gateModes = []struct {
	name string
	opts CacheOptions
}{
	{name: "gate off", opts: CacheOptions{}},
	{name: "gate on", opts: CacheOptions{EventedPLEG: true}},
}

// TestNewCacheIsGateOff checks the two things the option changes, through
// the interface: NewCache lets older data overwrite newer and makes
// GetNewerThan of an unknown pod wait; the option does neither.
func TestNewCacheIsGateOff(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	for _, tc := range []struct {
		name         string
		cache        Cache
		wantOverride bool
	}{
		{name: "NewCache", cache: NewCache(), wantOverride: true},
		{name: "zero options", cache: NewCacheWithOptions(CacheOptions{}), wantOverride: true},
		{name: "EventedPLEG", cache: NewCacheWithOptions(CacheOptions{EventedPLEG: true})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.cache
			c.Set("p", &PodStatus{ID: "p"}, nil, atSec(5))
			assert.Equal(t, tc.wantOverride, c.Set("p", &PodStatus{ID: "p"}, nil, atSec(3)))

			got := make(chan *PodStatus, 1)
			go func() {
				status, _ := c.GetNewerThan("unknown", atSec(9))
				got <- status
			}()
			if tc.wantOverride {
				time.Sleep(10 * time.Millisecond)
				assert.Empty(t, got, "an unknown pod waits without the option")
				c.UpdateTime(atSec(10))
			}
			assert.Equal(t, &PodStatus{ID: "unknown"}, <-got)
		})
	}
}

func TestCacheDefaultData(t *testing.T) {
	for _, mode := range gateModes {
		t.Run(mode.name, func(t *testing.T) {
			c := NewCacheWithOptions(mode.opts)
			first, err := c.Get("unknown")
			assert.NoError(t, err)
			assert.Equal(t, &PodStatus{ID: "unknown"}, first)
			second, _ := c.Get("unknown")
			assert.NotSame(t, first, second, "default data is allocated afresh")

			stored := &PodStatus{ID: "p", Name: "stored"}
			c.Set("p", stored, nil, atSec(1))
			c.Delete("p")
			afterDelete, err := c.Get("p")
			assert.NoError(t, err)
			assert.Equal(t, &PodStatus{ID: "p"}, afterDelete)
		})
	}
}
