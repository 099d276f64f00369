package container

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// refTestPod returns a pod whose regular, init and ephemeral containers
// share names, to show the order in which GenerateContainerRef searches.
func refTestPod() *v1.Pod {
	return &v1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name: "web", Namespace: "default", UID: "uid-1", ResourceVersion: "42",
			Labels: map[string]string{"app": "web"}, Generation: 3,
		},
		Spec: v1.PodSpec{
			InitContainers: []v1.Container{{Name: "setup"}, {Name: "app"}, {Name: ""}},
			Containers:     []v1.Container{{Name: "sidecar"}, {Name: "app"}},
			EphemeralContainers: []v1.EphemeralContainer{
				{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug"}},
				{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "setup"}},
			},
		},
	}
}

func TestGenerateContainerRefFieldPath(t *testing.T) {
	pod := refTestPod()
	tests := []struct {
		container string
		want      string
	}{
		{"app", "spec.containers{app}"},
		{"sidecar", "spec.containers{sidecar}"},
		{"setup", "spec.initContainers{setup}"},
		{"", "spec.initContainers[2]"},
		{"debug", "spec.ephemeralContainers{debug}"},
		{"POD", "implicitly required container POD"},
	}
	for _, tt := range tests {
		t.Run(tt.container, func(t *testing.T) {
			ref, err := GenerateContainerRef(pod, &v1.Container{Name: tt.container})
			require.NoError(t, err)
			assert.Equal(t, tt.want, ref.FieldPath)
		})
	}
}

func TestGenerateContainerRefIndexPaths(t *testing.T) {
	tests := []struct {
		name string
		spec v1.PodSpec
		want string
	}{
		{"regular", v1.PodSpec{Containers: []v1.Container{{Name: "a"}, {Name: ""}}, InitContainers: []v1.Container{{}}},
			"spec.containers[1]"},
		{"init", v1.PodSpec{InitContainers: []v1.Container{{Name: "a"}, {}}}, "spec.initContainers[1]"},
		{"ephemeral", v1.PodSpec{EphemeralContainers: []v1.EphemeralContainer{{}}}, "spec.ephemeralContainers[0]"},
		{"missing", v1.PodSpec{Containers: []v1.Container{{Name: "a"}}}, "implicitly required container "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := GenerateContainerRef(&v1.Pod{Spec: tt.spec}, &v1.Container{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, ref.FieldPath)
		})
	}
}

func TestGenerateContainerRefCarriesOnlyIdentity(t *testing.T) {
	pod := refTestPod()
	ref, err := GenerateContainerRef(pod, &pod.Spec.Containers[1])
	require.NoError(t, err)
	assert.Equal(t, &v1.ObjectReference{
		Kind: "Pod", APIVersion: "v1", Name: "web", Namespace: "default", UID: "uid-1",
		ResourceVersion: "42", FieldPath: "spec.containers{app}",
	}, ref)
}

func TestGenerateContainerRefTypeMeta(t *testing.T) {
	tests := []struct {
		apiVersion, kind         string
		wantKind, wantAPIVersion string
	}{
		{"", "", "Pod", "v1"},
		{"v1", "Pod", "Pod", "v1"},
		{"v1", "", "", "v1"},
		{"", "Pod", "Pod", ""},
		{"", "Foo", "Foo", ""},
		{"apps/v1", "Foo", "Foo", "apps/v1"},
		{"/", "Foo", "Foo", ""},
		{"/", "", "Pod", "v1"},
		{"/v1", "", "", "v1"},
		{"apps/", "", "", "apps/"},
		{"a/b", "", "", "a/b"},
		{"a/b/c", "Foo", "Foo", ""},
		{"a/b/c", "", "Pod", "v1"},
		{"V1", "", "", "V1"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q %q", tt.apiVersion, tt.kind), func(t *testing.T) {
			pod := &v1.Pod{
				TypeMeta:   metav1.TypeMeta{APIVersion: tt.apiVersion, Kind: tt.kind},
				ObjectMeta: metav1.ObjectMeta{Name: "web"},
			}
			ref, err := GenerateContainerRef(pod, &v1.Container{Name: "app"})
			require.NoError(t, err)
			assert.Equal(t, tt.wantKind, ref.Kind, "kind")
			assert.Equal(t, tt.wantAPIVersion, ref.APIVersion, "apiVersion")
			assert.Equal(t, metav1.TypeMeta{APIVersion: tt.apiVersion, Kind: tt.kind}, pod.TypeMeta, "pod changed")
		})
	}
}

func TestGenerateContainerRefNil(t *testing.T) {
	_, err := GenerateContainerRef(nil, &v1.Container{})
	assert.EqualError(t, err, "cannot generate a container reference: the pod is nil")
	_, err = GenerateContainerRef(&v1.Pod{}, nil)
	assert.EqualError(t, err, "cannot generate a container reference: the container is nil")
}

func TestGenerateContainerRefConcurrent(t *testing.T) {
	pod := refTestPod()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ref, err := GenerateContainerRef(pod, &v1.Container{Name: "app"})
			assert.NoError(t, err)
			assert.Equal(t, "v1", ref.APIVersion)
		}()
	}
	wg.Wait()
}

func TestImplicitContainerPrefix(t *testing.T) {
	assert.Equal(t, "implicitly required container ", ImplicitContainerPrefix)
}
