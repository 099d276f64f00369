package fakes

import (
	"errors"
	"reflect"
	"strconv"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
)

func TestConvert(t *testing.T) {
	tests := []struct {
		in   []int
		want []string
	}{
		{in: nil, want: nil},
		{in: []int{}, want: nil},
		{in: []int{1, 2}, want: []string{"1", "2"}},
	}
	for _, tt := range tests {
		if got := Convert(tt.in, strconv.Itoa); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Convert(%v) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}

func TestStartPod(t *testing.T) {
	pod := &v1.Pod{}
	pod.UID = "uid"
	pod.Spec.InitContainers = []v1.Container{{Name: "init"}}
	pod.Spec.Containers = []v1.Container{{Name: "a"}, {Name: "b"}}
	pod.Spec.EphemeralContainers = []v1.EphemeralContainer{{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debug"}}}
	var pods, containers []string
	StartPod(&pods, &containers, pod)
	StartPod(&pods, &containers, &v1.Pod{})
	if !reflect.DeepEqual(pods, []string{"uid", ""}) || !reflect.DeepEqual(containers, []string{"a", "b"}) {
		t.Errorf("pods %q, containers %q", pods, containers)
	}
}

func TestKillPod(t *testing.T) {
	var pods, containers []string
	KillPod(&pods, &containers, "p1", nil)
	if containers != nil {
		t.Errorf("no containers made %#v", containers)
	}
	KillPod(&pods, &containers, "p2", []string{"a", "b"})
	if !reflect.DeepEqual(pods, []string{"p1", "p2"}) || !reflect.DeepEqual(containers, []string{"a", "b"}) {
		t.Errorf("pods %q, containers %q", pods, containers)
	}
}

func TestRunContainer(t *testing.T) {
	pod := &v1.Pod{}
	pod.Spec.Containers = []v1.Container{{Name: "a"}}
	var started []string
	RunContainer(&started, v1.Container{Name: "a"}, pod)
	if !reflect.DeepEqual(started, []string{"a"}) || len(pod.Spec.Containers) != 2 {
		t.Errorf("started %q, pod containers %v", started, pod.Spec.Containers)
	}
}

func TestFindPod(t *testing.T) {
	type pod struct{ id types.UID }
	type fakePod struct{ pod *pod }
	podOf := func(f fakePod) *pod { return f.pod }
	idOf := func(p *pod) types.UID { return p.id }
	running, all := []fakePod{{&pod{"a"}}}, []fakePod{{&pod{"a"}}, {&pod{"b"}}}
	missing := errors.New("not found")
	for _, tt := range []struct {
		id   types.UID
		want *pod
		err  error
	}{{"a", running[0].pod, nil}, {"b", all[1].pod, nil}, {"c", nil, missing}} {
		if got, err := FindPod(tt.id, podOf, idOf, missing, running, all); got != tt.want || err != tt.err {
			t.Errorf("FindPod(%q) = %v, %v; want %v, %v", tt.id, got, err, tt.want, tt.err)
		}
	}
}
