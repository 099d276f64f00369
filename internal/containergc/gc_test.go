package containergc

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/klog/v2"
)

type policy struct{ name string }

type call struct {
	policy          policy
	allReady, evict bool
}

type recorder struct{ calls []call }

func (r *recorder) GarbageCollect(_ context.Context, p policy, allReady, evict bool) error {
	r.calls = append(r.calls, call{policy: p, allReady: allReady, evict: evict})
	return nil
}

type ready bool

func (r ready) AllReady() bool { return bool(r) }

func TestNewChecksOnlyMinAge(t *testing.T) {
	for _, tc := range []struct {
		minAge  time.Duration
		wantErr string
	}{
		{minAge: -time.Millisecond, wantErr: "invalid minimum garbage collection age: -1ms"},
		{minAge: 0},
		{minAge: time.Hour},
	} {
		gc, err := New[policy](nil, policy{}, tc.minAge, nil, Options{})
		if tc.wantErr != "" {
			assert.EqualError(t, err, tc.wantErr)
			assert.Nil(t, gc)
			continue
		}
		assert.NoError(t, err)
		assert.NotNil(t, gc)
	}
}

func TestGCPassesPolicyAndReadiness(t *testing.T) {
	r := &recorder{}
	gc, err := New[policy](r, policy{name: "p"}, 0, ready(true), Options{})
	require.NoError(t, err)
	require.NoError(t, gc.GarbageCollect(context.Background()))
	require.NoError(t, gc.DeleteAllUnusedContainers(context.Background()))
	assert.Equal(t, []call{
		{policy: policy{name: "p"}, allReady: true},
		{policy: policy{name: "p"}, allReady: true, evict: true},
	}, r.calls)
}

func TestGCContextualLogging(t *testing.T) {
	sink := &messageSink{}
	ctx := klog.NewContext(context.Background(), klog.New(sink))
	gc, err := New[policy](&recorder{}, policy{}, 0, ready(false), Options{ContextualLogging: true})
	require.NoError(t, err)
	require.NoError(t, gc.DeleteAllUnusedContainers(ctx))
	assert.Equal(t, []string{"Attempting to delete unused containers"}, sink.messages)
}

// messageSink records the messages logged at level 0.
type messageSink struct{ messages []string }

func (s *messageSink) Init(klog.RuntimeInfo)  {}
func (s *messageSink) Enabled(level int) bool { return level == 0 }
func (s *messageSink) Info(_ int, msg string, _ ...interface{}) {
	s.messages = append(s.messages, msg)
}
func (s *messageSink) Error(_ error, msg string, _ ...interface{}) {
	s.messages = append(s.messages, msg)
}
func (s *messageSink) WithValues(...interface{}) klog.LogSink { return s }
func (s *messageSink) WithName(string) klog.LogSink           { return s }
