package container_test

import (
	"fmt"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// A PLEG fills the cache; a pod worker waits for a status newer than the
// start of its last sync.
func ExampleNewCache() {
	podCache := kubecontainer.NewCache()
	lastSync := time.Date(2025, 12, 17, 9, 0, 0, 0, time.UTC)

	statuses := make(chan *kubecontainer.PodStatus)
	go func() {
		status, _ := podCache.GetNewerThan("uid-1", lastSync)
		statuses <- status
	}()

	// The PLEG's relist inspected the pod after the sync started.
	podCache.Set("uid-1", &kubecontainer.PodStatus{ID: "uid-1", Name: "web"}, nil, lastSync.Add(time.Second))
	fmt.Println("worker sees", (<-statuses).Name)

	// A later relist found nothing changed: the same status now counts as
	// of its time.
	podCache.SetObservedTime("uid-1", lastSync.Add(2*time.Second))
	status, _ := podCache.GetNewerThan("uid-1", lastSync.Add(time.Second))
	fmt.Println("still", status.Name)
	// Output:
	// worker sees web
	// still web
}
