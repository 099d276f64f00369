package container_test

import (
	"errors"
	"fmt"
	"time"

	kubecontainer "github.com/kubecontainer/kubecontainer/kubelet-1.37/container"
)

// A sync result carries the back-off of a crashing container; the pod
// worker asks when to retry.
func ExampleMinBackoffExpiration() {
	retryAt := time.Date(2025, 12, 17, 9, 5, 0, 0, time.UTC)
	start := kubecontainer.NewSyncResult(kubecontainer.StartContainer, "app")
	start.Fail(kubecontainer.NewBackoffError(kubecontainer.ErrCrashLoopBackOff, retryAt), "back-off 5m0s restarting failed container")
	var result kubecontainer.PodSyncResult
	result.AddSyncResult(start)

	err := result.Error()
	fmt.Println(err)
	fmt.Println(errors.Is(err, kubecontainer.ErrCrashLoopBackOff))
	if at, ok := kubecontainer.MinBackoffExpiration(err); ok {
		fmt.Println("retry at", at.Format(time.Kitchen))
	}
	// Output:
	// failed to "StartContainer" for "app" with CrashLoopBackOff: "back-off 5m0s restarting failed container"
	// false
	// retry at 9:05AM
}
