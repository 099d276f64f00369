package defaults

import (
	"encoding/json"
	"testing"

	v1 "k8s.io/api/core/v1"
)

// FuzzPod applies Pod to any Pod JSON: it must not panic, and a second
// application must neither change nor drop anything.
func FuzzPod(f *testing.F) {
	for _, seed := range []string{
		`{}`,
		`{"spec":{}}`,
		`{"spec":{"containers":[{}]}}`,
		`{"spec":{"containers":[{"name":"c","image":"foo","ports":[{"containerPort":80}],"resources":{"limits":{"cpu":"1"}}}]}}`,
		`{"spec":{"hostNetwork":true,"initContainers":[{"ports":[{"containerPort":53,"protocol":"UDP"}]}],"ephemeralContainers":[{"ports":[{}]}]}}`,
		`{"spec":{"containers":[{"livenessProbe":{},"readinessProbe":{"httpGet":{"port":0}},"startupProbe":{"grpc":{"port":1}}}]}}`,
		`{"spec":{"containers":[{"lifecycle":{"postStart":{"httpGet":{"port":"x"}},"preStop":{}}}]}}`,
		`{"spec":{"containers":[{"env":[{"valueFrom":{"fieldRef":{}}},{"valueFrom":{}},{}]}]}}`,
		`{"spec":{"hostUsers":true,"resourceClaims":[{}],"containers":[{"resizePolicy":[{}],"resources":{"claims":[{}]},"securityContext":{"procMount":""}}]}}`,
		`{"spec":{"containers":[{"image":"foo:latest@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2"}]}}`,
		`{"spec":{"containers":[{"image":"[::1]:5000/foo"},{"image":"a@b:c"},{"image":"@"},{"image":":"},{"image":"/"}]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var pod v1.Pod
		if err := json.Unmarshal(data, &pod); err != nil {
			return
		}
		Pod(&pod)
		once, err := json.Marshal(&pod)
		if err != nil {
			t.Fatal(err)
		}
		if dropped := Pod(&pod); len(dropped) != 0 {
			t.Errorf("second Pod dropped %q", dropped)
		}
		twice, err := json.Marshal(&pod)
		if err != nil {
			t.Fatal(err)
		}
		if string(once) != string(twice) {
			t.Errorf("Pod is not idempotent:\n once %s\ntwice %s", once, twice)
		}
	})
}

// FuzzPullPolicyFor gives any image reference a policy without panicking.
func FuzzPullPolicyFor(f *testing.F) {
	for _, seed := range []string{
		"", "foo", "foo:latest", "foo@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2",
		"host:5000/foo", "a@b", "a@:", "a@b+:0123456789abcdef0123456789abcdef", "x.io:/a", ":", "@", "/", "a:b:c/d",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, image string) {
		switch got := pullPolicyFor(image); got {
		case v1.PullAlways, v1.PullIfNotPresent:
		default:
			t.Errorf("pullPolicyFor(%q) = %q", image, got)
		}
	})
}
