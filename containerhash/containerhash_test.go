package containerhash

import (
	"errors"
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
)

func TestNew(t *testing.T) {
	tests := []struct {
		minor                      int
		wantErr                    bool
		wholeContainer, withoutRes bool
	}{
		{minor: 26, wantErr: true},
		{minor: 27, wholeContainer: true, withoutRes: true},
		{minor: 30, wholeContainer: true, withoutRes: true},
		{minor: 31},
		{minor: 37},
		{minor: 38, wantErr: true},
		{minor: 0, wantErr: true},
		{minor: -1, wantErr: true},
	}
	for _, tt := range tests {
		k, err := New(tt.minor)
		if tt.wantErr {
			if !errors.Is(err, ErrUnknownMinor) {
				t.Errorf("New(%d) error = %v, want ErrUnknownMinor", tt.minor, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("New(%d): %v", tt.minor, err)
		}
		if k.Minor() != tt.minor || k.HashesWholeContainer() != tt.wholeContainer || k.HasHashWithoutResources() != tt.withoutRes {
			t.Errorf("New(%d) = minor %d, whole %v, without resources %v", tt.minor, k.Minor(), k.HashesWholeContainer(), k.HasHashWithoutResources())
		}
	}
}

// upstreamContainer is upstream's hash test container: line 1 of each
// line's golden hash.jsonl.
func upstreamContainer() *v1.Container {
	return &v1.Container{Name: "test_container", Image: "foo/image:v1"}
}

func TestHash(t *testing.T) {
	limited := upstreamContainer()
	limited.Resources.Limits = v1.ResourceList{v1.ResourceCPU: resource.MustParse("1")}
	tests := []struct {
		name  string
		minor int
		c     *v1.Container
		want  Hashes
	}{
		// The values of the golden data's first lines.
		{name: "whole container", minor: 27, c: upstreamContainer(),
			want: Hashes{Hash: 2620287791, WithoutResources: 2620287791, HasWithoutResources: true}},
		{name: "name and image", minor: 37, c: upstreamContainer(), want: Hashes{Hash: 2386938832}},
		{name: "name and image ignore resources", minor: 31, c: limited, want: Hashes{Hash: 2386938832}},
		{name: "the empty container", minor: 37, c: &v1.Container{}, want: Hashes{Hash: 3990256836}},
	}
	for _, tt := range tests {
		k, err := New(tt.minor)
		if err != nil {
			t.Fatal(err)
		}
		got, err := k.Hash(tt.c)
		if err != nil || got != tt.want {
			t.Errorf("%s: Hash = %+v, %v, want %+v", tt.name, got, err, tt.want)
		}
	}
	// Resources change the hash and not the hash without them.
	k, _ := New(30)
	plain, _ := k.Hash(upstreamContainer())
	got, _ := k.Hash(limited)
	if got.Hash == plain.Hash || got.WithoutResources != plain.WithoutResources {
		t.Errorf("with a CPU limit: %+v, without: %+v", got, plain)
	}
}

func TestHashErrors(t *testing.T) {
	k, _ := New(27)
	if _, err := k.Hash(nil); err == nil {
		t.Error("Hash(nil) returned no error")
	}
	if _, err := (Kubelet{}).Hash(upstreamContainer()); err == nil {
		t.Error("the zero Kubelet hashed a container")
	}
	if got := k.NewerFields(nil); got != nil {
		t.Errorf("NewerFields(nil) = %q", got)
	}
}

func TestNewerFieldsError(t *testing.T) {
	tests := []struct {
		err  *NewerFieldsError
		want string
	}{
		{&NewerFieldsError{Minor: 28, Fields: []string{"lifecycle.preStop.sleep"}},
			"kubelet v1.28 hashes the whole container, and its API has no field lifecycle.preStop.sleep"},
		{&NewerFieldsError{Minor: 29, Fields: []string{"restartPolicyRules", "env[1].valueFrom.fileKeyRef"}},
			"kubelet v1.29 hashes the whole container, and its API has no fields restartPolicyRules, env[1].valueFrom.fileKeyRef"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestNewerFields sets each field of the table in a container, when this
// build's k8s.io/api has it, and checks which kubelets report and refuse it.
func TestNewerFields(t *testing.T) {
	for _, tt := range newerFieldCases() {
		c, err := decodeStrict([]byte(tt.json))
		if err != nil {
			t.Logf("%s: not a field of this build's k8s.io/api: %v", tt.path, err)
			continue
		}
		for minor := OldestMinor; minor <= NewestMinor; minor++ {
			k, _ := New(minor)
			var want []string
			if minor < tt.since {
				want = []string{tt.path}
			}
			if got := k.NewerFields(c); !reflect.DeepEqual(got, want) {
				t.Errorf("v1.%d: NewerFields(%s) = %q, want %q", minor, tt.json, got, want)
			}
			_, err := k.Hash(c)
			var newer *NewerFieldsError
			if wantErr := want != nil && k.HashesWholeContainer(); errors.As(err, &newer) != wantErr {
				t.Errorf("v1.%d: Hash(%s) error = %v, want a NewerFieldsError: %v", minor, tt.json, err, wantErr)
			}
		}
	}
}

// newerFieldCases return a container as JSON that sets one field a newer
// API added, at the path NewerFields reports, and the minor that added it.
func newerFieldCases() []struct {
	json, path string
	since      int
} {
	return []struct {
		json, path string
		since      int
	}{
		{`{"name":"a","restartPolicy":"Always"}`, "restartPolicy", 28},
		{`{"name":"a","lifecycle":{"preStop":{"sleep":{"seconds":5}}}}`, "lifecycle.preStop.sleep", 29},
		{`{"name":"a","volumeMounts":[{"name":"v","mountPath":"/v"},{"name":"w","mountPath":"/w","recursiveReadOnly":"Enabled"}]}`,
			"volumeMounts[1].recursiveReadOnly", 30},
		{`{"name":"a","resources":{"claims":[{"name":"gpu","request":"one"}]}}`, "resources.claims[0].request", 31},
		{`{"name":"a","lifecycle":{"stopSignal":"SIGTERM"}}`, "lifecycle.stopSignal", 33},
		{`{"name":"a","env":[{"name":"X","valueFrom":{"fileKeyRef":{"volumeName":"v","path":"p","key":"k"}}}]}`,
			"env[0].valueFrom.fileKeyRef", 34},
		{`{"name":"a","livenessProbe":{"grpc":{"port":1,"mode":"x"}}}`, "livenessProbe.grpc.mode", 37},
	}
}
