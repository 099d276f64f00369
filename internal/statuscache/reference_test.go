package statuscache

import (
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/statuscache/reference"
)

// TestCacheMatchesReference runs random operations against Cache and the
// reference cache and checks that every result and every wake-up agree.
func TestCacheMatchesReference(t *testing.T) {
	ids := []types.UID{"a", "b", "c", "d"}
	for _, mode := range gateModes {
		for seed := int64(1); seed <= 40; seed++ {
			c := newTestCache(mode.opts)
			ref := reference.New(mode.opts.EventedPLEG, newDefaultStatus)
			rng := rand.New(rand.NewSource(seed))
			type pair struct {
				got  *waiter[testStatus]
				want *reference.Waiter[testStatus]
			}
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
				switch rng.Intn(7) {
				case 0, 1:
					status := &testStatus{ID: id, Name: fmt.Sprintf("status %d", op)}
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
				case 4:
					ts := randomTime()
					c.SetObservedTime(id, ts)
					ref.SetObservedTime(id, ts)
				default:
					minTime := randomTime()
					gotData, got := c.newerOrSubscribe(id, minTime)
					want, wantStatus, wantErr := ref.NewerOrSubscribe(id, minTime)
					require.Equal(t, want == nil, got == nil, desc)
					if got == nil {
						assert.Equal(t, wantStatus, gotData.status, desc)
						assert.Equal(t, wantErr, gotData.err, desc)
					} else {
						pending = append(pending, pair{got: got, want: want})
					}
				}
				stillPending := pending[:0]
				for _, p := range pending {
					served := isClosed(p.want.Done())
					require.Equal(t, served, isServed(p.got), desc)
					if !served {
						stillPending = append(stillPending, p)
						continue
					}
					wantStatus, wantErr := p.want.Result()
					assert.Equal(t, wantStatus, p.got.data.status, desc)
					assert.Equal(t, wantErr, p.got.data.err, desc)
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
			assert.Equal(t, ref.Waiters(), c.Waiters())
		}
	}
}

func isClosed(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}
