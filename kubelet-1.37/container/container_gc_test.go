package container

import (
	"context"
	"testing"

	"k8s.io/klog/v2"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// gcRuntime is a Runtime that only garbage-collects, doing nothing.
type gcRuntime struct{ Runtime }

func (gcRuntime) GarbageCollect(context.Context, GCPolicy, bool, bool) error { return nil }

type ready struct{}

func (ready) AllReady() bool { return true }

// TestDeleteAllUnusedContainersLogsToContext checks that the line's GC
// logs through the logger of its context, as kubelet v1.37's does.
func TestDeleteAllUnusedContainersLogsToContext(t *testing.T) {
	logger, logs := helpercheck.RecordingLogger()
	gc, err := NewContainerGC(gcRuntime{}, GCPolicy{}, ready{})
	if err != nil {
		t.Fatal(err)
	}
	if err := gc.DeleteAllUnusedContainers(klog.NewContext(context.Background(), logger)); err != nil {
		t.Fatal(err)
	}
	if got := logs(); len(got) != 1 || got[0] != `"level"=0 "msg"="Attempting to delete unused containers"` {
		t.Errorf("logged %q", got)
	}
}
