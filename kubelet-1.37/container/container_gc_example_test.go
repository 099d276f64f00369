package container_test

import (
	"context"
	"fmt"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// collector is a Runtime that only prints its GarbageCollect calls.
type collector struct{ kubecontainer.Runtime }

func (collector) GarbageCollect(_ context.Context, p kubecontainer.GCPolicy, ready, evict bool) error {
	fmt.Printf("collect older than %v, keep %d per container; sources ready %t, evict %t\n",
		p.MinAge, p.MaxPerPodContainer, ready, evict)
	return nil
}

type sourcesSeen struct{}

func (sourcesSeen) AllReady() bool { return true }

func ExampleNewContainerGC() {
	policy := kubecontainer.GCPolicy{MinAge: time.Minute, MaxPerPodContainer: 1, MaxContainers: -1}
	gc, err := kubecontainer.NewContainerGC(collector{}, policy, sourcesSeen{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = gc.GarbageCollect(context.Background())

	_, err = kubecontainer.NewContainerGC(collector{}, kubecontainer.GCPolicy{MinAge: -time.Second}, sourcesSeen{})
	fmt.Println(err)
	// Output:
	// collect older than 1m0s, keep 1 per container; sources ready true, evict false
	// invalid minimum garbage collection age: -1s
}
