package fakescript

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/klog/v2"
)

// id marshals as a string through a pointer only, as ContainerID does.
type id struct{ Type, ID string }

func (i *id) MarshalJSON() ([]byte, error) { return json.Marshal(i.Type + "://" + i.ID) }

func (i *id) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parts := strings.SplitN(s, "://", 2)
	if len(parts) != 2 {
		return fmt.Errorf("bad id %q", s)
	}
	i.Type, i.ID = parts[0], parts[1]
	return nil
}

// result has an Error method as PodSyncResult does.
type result struct{ Failed string }

func (r result) Error() error {
	if r.Failed == "" {
		return nil
	}
	return errors.New(r.Failed)
}

type tb interface{ Errorf(string, ...any) }

// Inner is embedded through a pointer, as FakeStreamingRuntime embeds FakeRuntime.
type Inner struct {
	sync.Mutex
	Calls []string
	Err   error
}

// toy is a fake with every kind of field the scenarios meet.
type toy struct {
	*Inner
	Name    string
	ID      id
	Hook    func() bool
	Ch      chan int
	Writer  fmt.Stringer
	Lock2   sync.RWMutex
	T       tb
	private int
}

func newToy() *toy { return &toy{Inner: &Inner{}} }

func (f *toy) Record(ctx context.Context, logger klog.Logger, name string, err error, w fmt.Stringer) (id, error) {
	if ctx == nil || w != nil {
		return id{}, errors.New("supplied arguments are wrong")
	}
	logger.V(4).Info("recording", "name", name)
	f.Calls = append(f.Calls, name)
	return f.ID, err
}

func (f *toy) Cleanup() func()   { return func() {} }
func (f *toy) Sync() result      { return result{Failed: f.Name} }
func (f *toy) Boom()             { panic("boom") }
func (f *toy) Check(want string) { f.T.Errorf("want %s, got %s", want, f.Name) }
func (f *toy) Block()            { <-f.Ch }
func (f *toy) Sum(xs ...int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func raw(s string) json.RawMessage { return json.RawMessage(s) }

func TestFieldsAndSetFields(t *testing.T) {
	f := newToy()
	f.private = 7
	require.NoError(t, SetFields(f, raw(`{"Calls":["a"],"Err":"boom","Name":"n","ID":"docker://x"}`)))
	assert.Equal(t, []string{"a"}, f.Calls)
	assert.EqualError(t, f.Err, "boom")
	assert.Equal(t, id{"docker", "x"}, f.ID)
	got, err := Fields(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"Calls":["a"],"Err":"boom","Name":"n","ID":"docker://x"}`, string(got))
	assert.Equal(t, `{"Calls":["a"],"Err":"boom","Name":"n","ID":"docker://x"}`, string(got), "declaration order")
}

func TestSetFieldsAllocatesEmbeddedPointers(t *testing.T) {
	f := &toy{}
	require.NoError(t, SetFields(f, raw(`{"Calls":["a"]}`)))
	require.NotNil(t, f.Inner)
	assert.Equal(t, []string{"a"}, f.Calls)
}

func TestSetFieldsRejects(t *testing.T) {
	tests := []struct {
		name, init, want string
	}{
		{"unknown field", `{"Nope":1}`, "has no field Nope"},
		{"skipped field", `{"Hook":null}`, "has no field Hook"},
		{"bad value", `{"Name":3}`, "field Name"},
		{"bad id", `{"ID":"x"}`, "field ID"},
		{"not an object", `[1]`, "init"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ErrorContains(t, SetFields(newToy(), raw(tt.init)), tt.want)
		})
	}
	assert.NoError(t, SetFields(newToy(), raw(`null`)))
	assert.Error(t, SetFields(3, raw(`{"A":1}`)))
}

func TestFieldsOfNothing(t *testing.T) {
	for _, fake := range []any{nil, (*toy)(nil), 3} {
		got, err := Fields(fake)
		require.NoError(t, err)
		assert.Equal(t, "null", string(got))
	}
}

func TestMethodsLeaveOutTheMutex(t *testing.T) {
	assert.Equal(t, []string{"Block", "Boom", "Check", "Cleanup", "Record", "Sum", "Sync"}, Methods(newToy()))
}

func TestParams(t *testing.T) {
	params, err := Params(newToy(), "Record")
	require.NoError(t, err)
	require.Len(t, params, 2, "ctx, logger and the Stringer are supplied")
	assert.Equal(t, "string", params[0].String())
	assert.Equal(t, "error", params[1].String())
	_, err = Params(newToy(), "Missing")
	assert.ErrorContains(t, err, "has no method Missing")
}

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(*toy)
		method  string
		args    string
		results string
		panic   string
		errorf  []string
	}{
		{"values and a nil error", func(f *toy) { f.ID = id{"c", "1"} }, "Record", `["a", null]`, `["c://1", null]`, "", nil},
		{"error argument to result", nil, "Record", `["a", "failed"]`, `["://", "failed"]`, "", nil},
		{"func result", nil, "Cleanup", `[]`, `[true]`, "", nil},
		{"Error method", func(f *toy) { f.Name = "bad" }, "Sync", `[]`, `[{"value":{"Failed":"bad"},"error":"bad"}]`, "", nil},
		{"nil Error", nil, "Sync", `[]`, `[{"value":{"Failed":""},"error":null}]`, "", nil},
		{"panic", nil, "Boom", `[]`, `null`, "boom", nil},
		{"variadic", nil, "Sum", `[[1,2,3]]`, `[6]`, "", nil},
		{"errorf", func(f *toy) { f.Name = "x" }, "Check", `["y"]`, `[]`, "", []string{"want y, got x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newToy()
			rec := &Recorder{}
			require.True(t, Attach(f, rec))
			if tt.setup != nil {
				tt.setup(f)
			}
			var args []json.RawMessage
			require.NoError(t, json.Unmarshal(raw(tt.args), &args))
			call, err := Run(f, rec, tt.method, args, time.Minute)
			require.NoError(t, err)
			results, err := json.Marshal(call.Results)
			require.NoError(t, err)
			assert.JSONEq(t, tt.results, string(results))
			assert.Equal(t, tt.panic, call.Panic)
			assert.Equal(t, tt.errorf, call.Errorf)
		})
	}
}

func TestRunRejects(t *testing.T) {
	tests := []struct {
		name, method, args, want string
	}{
		{"unknown method", "Nope", `[]`, "has no method Nope"},
		{"too few", "Record", `["a"]`, "takes more"},
		{"too many", "Record", `["a", null, 1]`, "takes 2"},
		{"bad argument", "Record", `[1, null]`, "argument 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var args []json.RawMessage
			require.NoError(t, json.Unmarshal(raw(tt.args), &args))
			_, err := Run(newToy(), nil, tt.method, args, time.Minute)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

func TestRunTimesOut(t *testing.T) {
	f := newToy()
	f.Ch = make(chan int)
	defer close(f.Ch)
	_, err := Run(f, nil, "Block", nil, 20*time.Millisecond)
	assert.ErrorContains(t, err, "Block did not return within 20ms")
}

func TestAttachNeedsAnAcceptingT(t *testing.T) {
	type plain struct{ T *testing.T }
	assert.False(t, Attach(&plain{}, &Recorder{}))
	assert.False(t, Attach(nil, &Recorder{}))
	var rec *Recorder
	assert.Nil(t, rec.Take())
}
