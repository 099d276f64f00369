package testing

import (
	"context"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/internal/fakes"
	"github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// NewFakeCache returns a container.Cache that stores nothing: Get and
// GetNewerThan return runtime.GetPodStatus(context.Background(),
// &container.Pod{ID: id}) and never block, Set reports true, and
// SetObservedTime, Delete and UpdateTime do nothing.
func NewFakeCache(runtime container.Runtime) container.Cache {
	return &fakes.StatusCache[*container.PodStatus]{
		Status: func(id types.UID) (*container.PodStatus, error) {
			return runtime.GetPodStatus(context.Background(), &container.Pod{ID: id})
		},
	}
}
