package objref

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func TestCoreV1SchemeHoldsOnlyCoreV1(t *testing.T) {
	kinds, _, err := coreV1Scheme.ObjectKinds(&v1.Pod{})
	require.NoError(t, err)
	assert.Equal(t, "/v1, Kind=Pod", kinds[0].String())
	_, _, err = coreV1Scheme.ObjectKinds(&appsv1.Deployment{})
	assert.Error(t, err, "apps/v1 must not be registered")
}

// TestContainerRefTypeMeta pins how the pod's TypeMeta gives the
// reference's kind and apiVersion (see the golden README).
func TestContainerRefTypeMeta(t *testing.T) {
	tests := []struct {
		apiVersion, kind         string
		wantKind, wantAPIVersion string
	}{
		{"", "", "Pod", "v1"},
		{"/", "", "Pod", "v1"},
		{"a/b/c", "", "Pod", "v1"},
		{"apps/", "", "", "apps/"},
		{"/v1", "Pod", "Pod", "v1"},
		{"a/b/c", "Foo", "Foo", ""},
		{"batch/v1", "Job", "Job", "batch/v1"},
	}
	for _, tt := range tests {
		pod := &v1.Pod{TypeMeta: metav1.TypeMeta{APIVersion: tt.apiVersion, Kind: tt.kind}}
		ref, err := ContainerRef(pod, &v1.Container{}, ImplicitContainerPrefix)
		require.NoError(t, err)
		assert.Equal(t, [2]string{tt.wantKind, tt.wantAPIVersion}, [2]string{ref.Kind, ref.APIVersion},
			"apiVersion %q kind %q", tt.apiVersion, tt.kind)
	}
}

func TestContainerRefFieldPath(t *testing.T) {
	pod := &v1.Pod{Spec: v1.PodSpec{
		InitContainers: []v1.Container{{Name: "both"}, {Name: ""}},
		Containers:     []v1.Container{{Name: "app"}, {Name: "both"}},
		EphemeralContainers: []v1.EphemeralContainer{
			{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug"}},
		},
	}}
	tests := []struct{ name, want string }{
		{"app", "spec.containers{app}"},
		{"both", "spec.containers{both}"},
		{"", "spec.initContainers[1]"},
		{"debug", "spec.ephemeralContainers{debug}"},
		{"sandbox", "custom prefix sandbox"},
	}
	for _, tt := range tests {
		ref, err := ContainerRef(pod, &v1.Container{Name: tt.name}, "custom prefix ")
		require.NoError(t, err)
		assert.Equal(t, tt.want, ref.FieldPath, tt.name)
	}
}
