package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	kc "k8s.io/kubernetes/pkg/kubelet/container"

	"github.com/kubecontainer/kubecontainer/internal/fakecheck/fakescript"
)

// The arguments of a scripted call are made by parameter type, so that
// every minor's signatures are served by the same code: the types the
// fakes' methods share get realistic values drawn from the scenario's
// small pools (pod UIDs, images, the fake's own records), every other type
// gets the reflective filler's.

var (
	uidType         = reflect.TypeOf(types.UID(""))
	apiPodType      = reflect.TypeOf(v1.Pod{})
	apiPodPtrType   = reflect.TypeOf(&v1.Pod{})
	containerType   = reflect.TypeOf(v1.Container{})
	containerPtr    = reflect.TypeOf(&v1.Container{})
	runningPodType  = reflect.TypeOf(kc.Pod{})
	runningPodPtr   = reflect.TypeOf(&kc.Pod{})
	imageSpecType   = reflect.TypeOf(kc.ImageSpec{})
	containerIDType = reflect.TypeOf(kc.ContainerID{})
	podStatusPtr    = reflect.TypeOf(&kc.PodStatus{})
	fileModeType    = reflect.TypeOf(os.FileMode(0))
	durationType    = reflect.TypeOf(time.Duration(0))
	stringsType     = reflect.TypeOf([]string(nil))
	errType         = reflect.TypeOf((*error)(nil)).Elem()
)

// assertedFields are the recorded lists FakeRuntime's assertions compare.
var assertedFields = map[string]string{
	"AssertCalls":             "CalledFunctions",
	"AssertStartedPods":       "StartedPods",
	"AssertKilledPods":        "KilledPods",
	"AssertStartedContainers": "StartedContainers",
	"AssertKilledContainers":  "KilledContainers",
}

// stringPools are the strings some methods take, by method.
var stringPools = map[string][]string{
	"UpdatePodCIDR":                    {"10.244.0.0/24", "", "fd00::/64"},
	"Compare":                          versionStrings,
	"AssertCallCounts":                 {"GetPods", "SyncPod", "KillPod", "PullImage", "Status", "GetPodStatus"},
	"GetOrCreateUserNamespaceMappings": {"", "runc", "kata"},
	"ResizeEphemeralVolume":            {"scratch", ""},
	"GenerateRunContainerOptions":      {"", "10.244.1.7"},
}

// paths are the strings of everything else (FakeOS's paths above all).
var paths = []string{"/var/lib/kubelet/pods/a", "/tmp/x", "", "/var/log/pods/*", "/a", "/b"}

// fakeArgs makes the recorded arguments of one call of method on fake;
// state is the fake whose fields the scenario records.
func (g *gen) fakeArgs(fake, state any, method string) ([]json.RawMessage, error) {
	params, err := fakescript.Params(fake, method)
	if err != nil {
		return nil, err
	}
	var recorded map[string]json.RawMessage
	fields, err := fakescript.Fields(state)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(fields, &recorded); err != nil {
		return nil, err
	}
	args := make([]json.RawMessage, 0, len(params))
	for _, t := range params {
		raw, err := fakescript.Encode(g.argument(t, method, recorded), t)
		if err != nil {
			// A type JSON cannot carry (flowcontrol.Backoff has a func
			// field) is passed as its zero value: null for a pointer.
			raw, err = fakescript.Encode(reflect.Zero(t), t)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", method, err)
		}
		args = append(args, raw)
	}
	return args, nil
}

// argument is a value of type t for a call of method; recorded holds the
// fake's fields.
func (g *gen) argument(t reflect.Type, method string, recorded map[string]json.RawMessage) reflect.Value {
	switch t {
	case uidType:
		return reflect.ValueOf(types.UID(pick(g, podUIDs...)))
	case apiPodType:
		return reflect.ValueOf(*g.apiPod())
	case apiPodPtrType:
		return reflect.ValueOf(g.apiPod())
	case containerType:
		return reflect.ValueOf(g.smallContainer())
	case containerPtr:
		c := g.smallContainer()
		return reflect.ValueOf(&c)
	case runningPodType:
		return reflect.ValueOf(*g.fakeKubePod(pick(g, podUIDs...)))
	case runningPodPtr:
		return reflect.ValueOf(g.fakeKubePod(pick(g, podUIDs...)))
	case imageSpecType:
		var spec kc.ImageSpec
		decodeObject(object{"Image": pick(g, imageNames...)}, &spec)
		return reflect.ValueOf(spec)
	case containerIDType:
		return reflect.ValueOf(kc.ContainerID{Type: "containerd", ID: g.hex(6)})
	case timeType:
		return reflect.ValueOf(g.instant(5, time.Second))
	case podStatusPtr:
		if g.chance(0.3) {
			return reflect.Zero(t)
		}
		return reflect.ValueOf(&kc.PodStatus{ID: types.UID(pick(g, podUIDs...)), Name: pick(g, "p", "q")})
	case fileModeType:
		return reflect.ValueOf(os.FileMode(pick(g, 0o755, 0o600, 0)))
	case durationType:
		return reflect.ValueOf(time.Second)
	case errType:
		v := reflect.New(t).Elem()
		if g.chance(0.5) {
			v.Set(reflect.ValueOf(errors.New(pick(g, "pull failed", "inspect failed"))))
		}
		return v
	case stringsType:
		return reflect.ValueOf(g.stringsArgument(method, recorded))
	}
	switch t.Kind() {
	case reflect.String:
		pool, ok := stringPools[method]
		if !ok {
			pool = paths
		}
		return reflect.ValueOf(pick(g, pool...)).Convert(t)
	case reflect.Int:
		if method == "AssertCallCounts" {
			return reflect.ValueOf(g.intn(3))
		}
	}
	return g.fillAt(t, 3)
}

// stringsArgument is a []string for method: for an assertion the list it
// compares, as recorded or changed; otherwise a short command or list.
func (g *gen) stringsArgument(method string, recorded map[string]json.RawMessage) []string {
	if field, ok := assertedFields[method]; ok {
		var current []string
		_ = json.Unmarshal(recorded[field], &current)
		switch g.intn(4) {
		case 0:
			return append(current, pick(g, "GetPods", "uid-1", "app"))
		case 1:
			if current == nil {
				return []string{}
			}
			return nil
		}
		return current
	}
	switch g.intn(4) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	return []string{"cat", pick(g, paths...)}
}

func (g *gen) apiPod() *v1.Pod {
	uid := pick(g, podUIDs...)
	p := &v1.Pod{}
	p.UID = types.UID(uid)
	p.Name = "pod-" + uid
	p.Namespace = "default"
	for i, n := 0, g.intn(3); i < n; i++ {
		p.Spec.Containers = append(p.Spec.Containers, g.smallContainer())
	}
	return p
}

func (g *gen) smallContainer() v1.Container {
	c := v1.Container{Name: pick(g, "app", "db", "sidecar", "other"), Image: pick(g, imageNames...)}
	if g.chance(0.3) {
		c.TerminationMessagePath = "/dev/termination-log"
	}
	return c
}
