package main

import (
	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

func (g *gen) apiContainerState() v1.ContainerState {
	var s v1.ContainerState
	switch g.intn(5) {
	case 1:
		s.Waiting = &v1.ContainerStateWaiting{Reason: pick(g, "", "CrashLoopBackOff")}
	case 2:
		s.Running = &v1.ContainerStateRunning{StartedAt: metav1.NewTime(baseInstant)}
	case 3:
		s.Terminated = &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, -1, 2, 42), Reason: pick(g, "", "Completed", "OOMKilled")}
	case 4:
		s.Running = &v1.ContainerStateRunning{StartedAt: metav1.NewTime(baseInstant)}
		s.Terminated = &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, 42)}
	}
	return s
}

func (g *gen) apiPodStatus(names []string) *v1.PodStatus {
	if g.chance(0.25) {
		return nil
	}
	s := &v1.PodStatus{Phase: v1.PodPhase(pick(g, "", "Running", "Pending", "Failed"))}
	for i, n := 0, g.intn(3); i < n; i++ {
		s.Conditions = append(s.Conditions, v1.PodCondition{
			Type:   v1.PodConditionType(pick(g, "AllContainersRestarting", "Ready", "ContainersReady", "Other")),
			Status: v1.ConditionStatus(pick(g, "True", "False", "Unknown", "", "true")),
		})
	}
	pool := append(append([]string{}, names...), "other")
	statuses := func() []v1.ContainerStatus {
		var out []v1.ContainerStatus
		for i, n := 0, g.intn(4); i < n; i++ {
			cs := v1.ContainerStatus{Name: pick(g, pool...), Image: pick(g, realisticImages...), State: g.apiContainerState(), RestartCount: int32(g.intn(3))}
			if g.chance(0.4) {
				cs.LastTerminationState = v1.ContainerState{Terminated: &v1.ContainerStateTerminated{ExitCode: pick(g, int32(0), 1, 137, 2, 42)}}
			}
			out = append(out, cs)
		}
		return out
	}
	s.InitContainerStatuses = statuses()
	s.ContainerStatuses = statuses()
	return s
}
