package fakes

import (
	"testing"

	v1 "k8s.io/api/core/v1"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func TestUserNamespace(t *testing.T) {
	handlers := map[string]bool{"kata": true, "runc": false}
	handler := func(name string) (bool, bool) {
		supported, known := handlers[name]
		return known, supported
	}
	hostUsers := func(b bool) *v1.Pod { return &v1.Pod{Spec: v1.PodSpec{HostUsers: &b}} }
	tests := []struct {
		name    string
		pod     *v1.Pod
		handler string
		wantNS  bool
		wantErr string
	}{
		{name: "nil pod", pod: nil, handler: "missing"},
		{name: "hostUsers unset", pod: &v1.Pod{}, handler: "missing"},
		{name: "hostUsers true", pod: hostUsers(true), handler: "missing"},
		{name: "supporting handler", pod: hostUsers(false), handler: "kata", wantNS: true},
		{name: "unknown handler", pod: hostUsers(false), handler: "missing", wantErr: `RuntimeClass handler "missing" not found`},
		{name: "handler without support", pod: hostUsers(false), handler: "runc", wantErr: `RuntimeClass handler "runc" does not support user namespaces`},
	}
	for _, tt := range tests {
		ns, err := UserNamespace(tt.pod, tt.handler, handler)
		if got := errText(err); got != tt.wantErr || (ns != nil) != tt.wantNS {
			t.Errorf("%s: got %v, %q; want a namespace %t and error %q", tt.name, ns, got, tt.wantNS, tt.wantErr)
			continue
		}
		if ns != nil && (ns.Mode != runtimeapi.NamespaceMode_POD || ns.Uids[0].HostId != 65536 || ns.Gids[0].Length != 65536) {
			t.Errorf("%s: mapping %v", tt.name, ns)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
