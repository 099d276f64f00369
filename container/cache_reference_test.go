package container

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/types"
)

// referenceCache is a straightforward Cache written from the rules alone:
// one lock, a subscriber slice per pod, and an UpdateTime that looks at
// every pod's subscribers. The tests compare cache with it operation by
// operation, and the benchmarks measure against it.
type referenceCache struct {
	lock        sync.RWMutex
	eventedPLEG bool
	pods        map[types.UID]*referenceEntry
	timestamp   *time.Time
	subscribers map[types.UID][]*waiter
}

// referenceEntry is one pod's entry in referenceCache.
type referenceEntry struct {
	podData
	modified time.Time
}

func newReferenceCache(opts CacheOptions) *referenceCache {
	return &referenceCache{
		eventedPLEG: opts.EventedPLEG,
		pods:        make(map[types.UID]*referenceEntry),
		subscribers: make(map[types.UID][]*waiter),
	}
}

func (c *referenceCache) Get(id types.UID) (*PodStatus, error) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	d := c.get(id)
	return d.status, d.err
}

func (c *referenceCache) GetNewerThan(id types.UID, minTime time.Time) (*PodStatus, error) {
	d, w := c.newerOrSubscribe(id, minTime)
	if w == nil {
		return d.status, d.err
	}
	<-w.done
	return w.data.status, w.data.err
}

func (c *referenceCache) Set(id types.UID, status *PodStatus, err error, timestamp time.Time) bool {
	c.lock.Lock()
	defer c.lock.Unlock()
	if c.eventedPLEG {
		if d, ok := c.pods[id]; ok && d.modified.After(timestamp) {
			return false
		}
	}
	c.pods[id] = &referenceEntry{podData: podData{status: status, err: err}, modified: timestamp}
	c.notify(id, timestamp)
	return true
}

func (c *referenceCache) Delete(id types.UID) {
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.pods, id)
}

func (c *referenceCache) UpdateTime(timestamp time.Time) {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.timestamp = &timestamp
	for id := range c.subscribers {
		c.notify(id, timestamp)
	}
}

func (c *referenceCache) newerOrSubscribe(id types.UID, minTime time.Time) (podData, *waiter) {
	c.lock.Lock()
	defer c.lock.Unlock()
	d, known := c.pods[id]
	globalNewer := c.timestamp != nil && c.timestamp.After(minTime)
	if !known && (c.eventedPLEG || globalNewer) {
		return podData{status: &PodStatus{ID: id}}, nil
	}
	if known && (d.modified.After(minTime) || globalNewer) {
		return d.podData, nil
	}
	w := &waiter{minTime: minTime, done: make(chan struct{})}
	c.subscribers[id] = append(c.subscribers[id], w)
	return podData{}, w
}

func (c *referenceCache) get(id types.UID) podData {
	if d, ok := c.pods[id]; ok {
		return d.podData
	}
	return podData{status: &PodStatus{ID: id}}
}

func (c *referenceCache) notify(id types.UID, timestamp time.Time) {
	var kept []*waiter
	for _, w := range c.subscribers[id] {
		if w.minTime.After(timestamp) {
			kept = append(kept, w)
			continue
		}
		w.data = c.get(id)
		close(w.done)
	}
	if len(kept) == 0 {
		delete(c.subscribers, id)
		return
	}
	c.subscribers[id] = kept
}

func (c *referenceCache) waiterCount() int {
	c.lock.RLock()
	defer c.lock.RUnlock()
	n := 0
	for _, ws := range c.subscribers {
		n += len(ws)
	}
	return n
}

// TestCacheMatchesReference runs random operations against cache and
// referenceCache and checks that every result and every wake-up agree.
func TestCacheMatchesReference(t *testing.T) {
	ids := []types.UID{"a", "b", "c", "d"}
	for _, mode := range gateModes {
		for seed := int64(1); seed <= 40; seed++ {
			c, ref := newTestCache(mode.opts), newReferenceCache(mode.opts)
			rng := rand.New(rand.NewSource(seed))
			type pair struct{ got, want *waiter }
			var pending []pair
			randomTime := func() time.Time {
				if rng.Intn(20) == 0 {
					return time.Time{}
				}
				return atSec(rng.Intn(8))
			}
			for op := 0; op < 400; op++ {
				id := ids[rng.Intn(len(ids))]
				desc := fmt.Sprintf("%s seed %d op %d", mode.name, seed, op)
				switch rng.Intn(6) {
				case 0, 1:
					status := &PodStatus{ID: id, Name: fmt.Sprintf("status %d", op)}
					var err error
					if rng.Intn(3) == 0 {
						err = fmt.Errorf("error %d", op)
					}
					ts := randomTime()
					require.Equal(t, ref.Set(id, status, err, ts), c.Set(id, status, err, ts), desc)
				case 2:
					c.Delete(id)
					ref.Delete(id)
				case 3:
					ts := randomTime()
					c.UpdateTime(ts)
					ref.UpdateTime(ts)
				default:
					minTime := randomTime()
					gotData, got := c.newerOrSubscribe(id, minTime)
					wantData, want := ref.newerOrSubscribe(id, minTime)
					require.Equal(t, want == nil, got == nil, desc)
					if got == nil {
						assert.Equal(t, wantData.status, gotData.status, desc)
						assert.Equal(t, wantData.err, gotData.err, desc)
					} else {
						pending = append(pending, pair{got: got, want: want})
					}
				}
				stillPending := pending[:0]
				for _, p := range pending {
					served := isServed(p.want)
					require.Equal(t, served, isServed(p.got), desc)
					if !served {
						stillPending = append(stillPending, p)
						continue
					}
					assert.Equal(t, p.want.data.status, p.got.data.status, desc)
					assert.Equal(t, p.want.data.err, p.got.data.err, desc)
				}
				pending = stillPending
				for _, pod := range ids {
					gotStatus, gotErr := c.Get(pod)
					wantStatus, wantErr := ref.Get(pod)
					assert.Equal(t, wantStatus, gotStatus, desc)
					assert.Equal(t, wantErr, gotErr, desc)
				}
				checkCacheInvariants(t, c)
			}
			assert.Equal(t, ref.waiterCount(), c.waiterCount())
		}
	}
}
