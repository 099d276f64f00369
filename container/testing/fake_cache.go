package testing

import (
	"context"

	"k8s.io/apimachinery/pkg/types"

	"github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/fakes"
)

// NewFakeCache returns a container.Cache that stores nothing: Get and
// GetNewerThan return runtime.GetPodStatus(context.Background(), id, "", "")
// and never block, Set reports true, and Delete and UpdateTime do nothing.
func NewFakeCache(runtime container.Runtime) container.Cache {
	return &fakes.StatusCache[*container.PodStatus]{
		Status: func(id types.UID) (*container.PodStatus, error) {
			return runtime.GetPodStatus(context.Background(), id, "", "")
		},
	}
}
