package fakes

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
)

func TestCompareText(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.9", "1.10", 1}, {"1.10", "1.9", -1}, {"v", "v", 0}, {"", "a", -1}, {"not a version", "", 1},
	}
	for _, tt := range tests {
		if got := CompareText(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareText(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestStatusCache(t *testing.T) {
	boom := errors.New("boom")
	var asked []types.UID
	c := &StatusCache[*string]{Status: func(id types.UID) (*string, error) {
		asked = append(asked, id)
		s := string(id)
		return &s, boom
	}}
	if s, err := c.Get("a"); *s != "a" || err != boom {
		t.Errorf("Get = %v, %v", *s, err)
	}
	if s, err := c.GetNewerThan("b", time.Now().Add(time.Hour)); *s != "b" || err != boom {
		t.Errorf("GetNewerThan = %v, %v", *s, err)
	}
	if !c.Set("a", nil, nil, time.Time{}) {
		t.Error("Set reported false")
	}
	c.SetObservedTime("a", time.Now())
	c.Delete("a")
	c.UpdateTime(time.Now())
	if !reflect.DeepEqual(asked, []types.UID{"a", "b"}) {
		t.Errorf("asked for %v", asked)
	}
}

func TestHelperAnswers(t *testing.T) {
	tests := []struct {
		path, dir, want string
	}{
		{path: "/dev/termination-log", dir: "/pods/x", want: "/pods/x"},
		{path: "", dir: "/pods/x", want: ""},
	}
	for _, tt := range tests {
		if got := ContainerDir(&v1.Container{TerminationMessagePath: tt.path}, tt.dir); got != tt.want {
			t.Errorf("ContainerDir(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
	servers := []string{"10.0.0.10"}
	cfg := DNSConfig(servers, nil, []string{"ndots:5"})
	if &cfg.Servers[0] != &servers[0] || cfg.Searches != nil || cfg.Options[0] != "ndots:5" {
		t.Errorf("DNSConfig = %v", cfg)
	}
	if got := PodDir("uid-1"); got != "/poddir/uid-1" {
		t.Errorf("PodDir = %q", got)
	}
}

func TestRunInContainer(t *testing.T) {
	var mu sync.Mutex
	var id string
	var cmd []string
	in := []string{"ls", "-l"}
	out := RunInContainer(&mu, &id, &cmd, "c1", in, "")
	if out == nil || len(out) != 0 || id != "c1" || &cmd[0] != &in[0] {
		t.Errorf("RunInContainer = %#v, id %q, cmd %v", out, id, cmd)
	}
	if out := RunInContainer(&mu, &id, &cmd, "c2", nil, "hi"); string(out) != "hi" || id != "c2" || cmd != nil {
		t.Errorf("second call = %q, id %q, cmd %v", out, id, cmd)
	}
}
