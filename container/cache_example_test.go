package container_test

import (
	"fmt"
	"time"

	"github.com/kubecontainer/kubecontainer/container"
)

func ExampleNewCache() {
	cache := container.NewCache()
	start := time.Date(2023, 4, 11, 12, 0, 0, 0, time.UTC)

	// An unknown pod reads as an empty status with only its ID set.
	status, err := cache.Get("pod-a")
	fmt.Printf("unknown: %q %v\n", status.ID, err)

	// A pod worker waits for data newer than its last sync...
	done := make(chan string)
	go func() {
		status, _ := cache.GetNewerThan("pod-a", start)
		done <- status.Name
	}()
	// ...and the pod lifecycle event generator provides it.
	cache.Set("pod-a", &container.PodStatus{ID: "pod-a", Name: "web"}, nil, start.Add(time.Second))
	fmt.Println("woken with:", <-done)

	// Without the EventedPLEG option, Set stores even older data.
	updated := cache.Set("pod-a", &container.PodStatus{ID: "pod-a", Name: "stale"}, nil, start)
	status, _ = cache.Get("pod-a")
	fmt.Println(updated, status.Name)
	// Output:
	// unknown: "pod-a" <nil>
	// woken with: web
	// true stale
}

func ExampleNewCacheWithOptions() {
	cache := container.NewCacheWithOptions(container.CacheOptions{EventedPLEG: true})
	start := time.Date(2023, 4, 11, 12, 0, 0, 0, time.UTC)

	// With EventedPLEG, older data does not replace newer data...
	cache.Set("pod-a", &container.PodStatus{ID: "pod-a", Name: "new"}, nil, start.Add(time.Second))
	updated := cache.Set("pod-a", &container.PodStatus{ID: "pod-a", Name: "old"}, nil, start)
	status, _ := cache.Get("pod-a")
	fmt.Println(updated, status.Name)

	// ...and an unknown pod is answered at once, whatever the time asked.
	status, err := cache.GetNewerThan("pod-b", start.Add(time.Hour))
	fmt.Printf("%q %v\n", status.ID, err)
	// Output:
	// false new
	// "pod-b" <nil>
}
