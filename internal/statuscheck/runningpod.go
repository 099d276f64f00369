package statuscheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// RunningPodStatus is the "podStatus" of a runningpod line: a line's
// PodStatus with container statuses of the line's Status type S, whose
// sandboxes are written in the small shape Sandbox. A line without
// active container statuses leaves ActiveContainerStatuses nil.
type RunningPodStatus[S any] struct {
	ID                      types.UID
	Name                    string
	Namespace               string
	IPs                     []string
	ContainerStatuses       []*S
	ActiveContainerStatuses []*S
	SandboxStatuses         []*Sandbox
	TimeStamp               time.Time
}

// Sandbox is a sandbox status as runningpod lines write it.
type Sandbox struct {
	ID        string `json:"id"`
	State     int32  `json:"state"`
	CreatedAt int64  `json:"createdAt"`
	Metadata  struct {
		Name      string `json:"name"`
		UID       string `json:"uid"`
		Namespace string `json:"namespace"`
		Attempt   uint32 `json:"attempt"`
	} `json:"metadata"`
}

// CRISandboxes returns the CRI sandbox statuses that sandboxes stand for,
// nil for nil and empty for empty.
func CRISandboxes(sandboxes []*Sandbox) []*runtimeapi.PodSandboxStatus {
	if sandboxes == nil {
		return nil
	}
	statuses := []*runtimeapi.PodSandboxStatus{}
	for _, s := range sandboxes {
		statuses = append(statuses, &runtimeapi.PodSandboxStatus{
			Id:        s.ID,
			State:     runtimeapi.PodSandboxState(s.State),
			CreatedAt: s.CreatedAt,
			Metadata: &runtimeapi.PodSandboxMetadata{
				Name:      s.Metadata.Name,
				Uid:       s.Metadata.UID,
				Namespace: s.Metadata.Namespace,
				Attempt:   s.Metadata.Attempt,
			},
		})
	}
	return statuses
}

// RunningPod checks a runningpod line: convert (a line's
// ConvertPodStatusToRunningPod applied to the PodStatus the line's status
// stands for) must give a pod that encoding/json writes as the line's
// "pod", byte for byte.
func RunningPod[S, P any](convert func(runtimeName string, status *RunningPodStatus[S]) P) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			RuntimeName string              `json:"runtimeName"`
			PodStatus   RunningPodStatus[S] `json:"podStatus"`
			Pod         json.RawMessage     `json:"pod"`
		}
		line.Decode(tb, &g)
		pod := convert(g.RuntimeName, &g.PodStatus)
		got, err := json.Marshal(&pod)
		if err != nil {
			return []string{fmt.Sprintf("encoding the running pod: %v", err)}
		}
		if !bytes.Equal(got, g.Pod) {
			return []string{fmt.Sprintf("ConvertPodStatusToRunningPod(%q) = %s, kubelet gives %s", g.RuntimeName, got, g.Pod)}
		}
		return nil
	}
}
