package container_test

import (
	"context"
	"fmt"
	"time"

	"github.com/kubecontainer/kubecontainer/container"
)

// gcPrintingRuntime is a Runtime that only prints its GarbageCollect calls.
type gcPrintingRuntime struct {
	container.Runtime
}

func (gcPrintingRuntime) GarbageCollect(_ context.Context, policy container.GCPolicy, allSourcesReady, evictNonDeletedPods bool) error {
	fmt.Printf("collect: min age %v, all sources ready %v, evict non-deleted pods %v\n",
		policy.MinAge, allSourcesReady, evictNonDeletedPods)
	return nil
}

// sourcesAllReady says every pod source has been seen.
type sourcesAllReady struct{}

func (sourcesAllReady) AllReady() bool { return true }

func ExampleNewContainerGC() {
	if _, err := container.NewContainerGC(gcPrintingRuntime{}, container.GCPolicy{MinAge: -time.Minute}, sourcesAllReady{}); err != nil {
		fmt.Println(err)
	}

	gc, err := container.NewContainerGC(gcPrintingRuntime{}, container.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}, sourcesAllReady{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = gc.GarbageCollect(context.Background())
	_ = gc.DeleteAllUnusedContainers(context.Background())
	// Output:
	// invalid minimum garbage collection age: -1m0s
	// collect: min age 1m0s, all sources ready true, evict non-deleted pods false
	// collect: min age 1m0s, all sources ready true, evict non-deleted pods true
}
