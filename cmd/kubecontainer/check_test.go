package main

import (
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/inspect"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// kubelet returns the rules of kubelet v1.minor.
func kubelet(t *testing.T, minor int) kubelets.Kubelet {
	t.Helper()
	k, err := kubelets.New(minor)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestCouldMakePod(t *testing.T) {
	tests := []struct {
		obj             manifest.Object
		namespace, name string
		want            bool
	}{
		{manifest.Object{Kind: "Pod", Namespace: "shop", Name: "web"}, "shop", "web", true},
		{manifest.Object{Kind: "Pod", Namespace: "shop", Name: "web"}, "shop", "web-1", false},
		{manifest.Object{Kind: "Pod", Namespace: "shop", Name: "web"}, "other", "web", false},
		{manifest.Object{Kind: "Pod", Name: "web"}, "any", "web", true},
		{manifest.Object{Kind: "Pod"}, "any", "anything", true},
		{manifest.Object{Kind: "Deployment", Namespace: "shop", Name: "web"}, "shop", "web-5d8f7c9b4-x2x7q", true},
		{manifest.Object{Kind: "StatefulSet", Name: "db"}, "shop", "db-0", true},
		{manifest.Object{Kind: "StatefulSet", Name: "db"}, "shop", "db", false},
		{manifest.Object{Kind: "Deployment", Name: "web"}, "shop", "webhook-1", false},
	}
	for _, tt := range tests {
		if got := couldMakePod(tt.obj, tt.namespace, tt.name); got != tt.want {
			t.Errorf("couldMakePod(%v, %s/%s) = %v, want %v", tt.obj, tt.namespace, tt.name, got, tt.want)
		}
	}
}

func TestMatchRunning(t *testing.T) {
	pod := func(name, container string) manifest.Entry {
		return manifest.Entry{Object: manifest.Object{Source: "document 1", Kind: "Pod", Namespace: "shop", Name: name},
			Type: podspec.Regular, Container: &v1.Container{Name: container}}
	}
	web, api, webSidecar := pod("web", "app"), pod("api", "app"), pod("web", "sidecar")
	tests := []struct {
		name    string
		entries []manifest.Entry
		rc      inspect.Container
		want    *v1.Container
		wantErr string
	}{
		{"the only one of that name", []manifest.Entry{webSidecar, api}, inspect.Container{Name: "app", PodName: "other"}, api.Container, ""},
		{"narrowed by pod", []manifest.Entry{api, web, webSidecar}, inspect.Container{Name: "app", PodName: "web", PodNamespace: "shop"}, web.Container, ""},
		{"none of that name", []manifest.Entry{webSidecar}, inspect.Container{Name: "app"}, nil, `no container named "app" in the manifest`},
		{"ambiguous", []manifest.Entry{api, web}, inspect.Container{Name: "app", PodName: "db", PodNamespace: "shop"}, nil,
			`2 containers named "app" could belong to pod shop/db: document 1 (Pod shop/api), document 1 (Pod shop/web)`},
	}
	for _, tt := range tests {
		got, err := matchRunning(tt.entries, tt.rc)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got.Container != tt.want {
			t.Errorf("%s: matchRunning = %v, %v", tt.name, got.Container, err)
		}
	}
}

func TestCheckContainer(t *testing.T) {
	c := v1.Container{Name: "test_container", Image: "foo/image:v1"}
	e := testEntry(podspec.Regular, c)
	v127, v131 := kubelet(t, 27), kubelet(t, 31)
	h, _ := v127.Hash(&c)
	whole, withoutResources := h.Hash, h.WithoutResources
	tests := []struct {
		name        string
		k           kubelets.Kubelet
		rc          inspect.Container
		wantVerdict string
		wantReason  string
	}{
		{"same hash", v127, inspect.Container{Hash: whole}, "unchanged",
			"hash equals io.kubernetes.container.hash"},
		{"other hash, no in-place resize", v127, inspect.Container{Hash: 1, HashWithoutResources: withoutResources}, "restart",
			"hash differs from io.kubernetes.container.hash"},
		{"resources only", v127, inspect.Container{Hash: 1, HashWithoutResources: withoutResources, HasHashWithoutResources: true},
			"resources-only", "only resources differ: hash without resources equals io.kubernetes.container.hashWithoutResources, the kubelet resizes in place"},
		{"both differ", v127, inspect.Container{Hash: 1, HashWithoutResources: 2, HasHashWithoutResources: true}, "restart",
			"hash and hash without resources differ from the annotations"},
		{"v1.31 hash under v1.27", v127, inspect.Container{Hash: 0x8e45cbd0}, "restart",
			"hash differs from io.kubernetes.container.hash; the running hash is the kubelet v1.31 hash of this container: use --kubelet 1.31"},
		{"v1.31", v131, inspect.Container{Hash: 0x8e45cbd0, HashWithoutResources: 5, HasHashWithoutResources: true}, "unchanged",
			"hash equals io.kubernetes.container.hash"},
		{"v1.27 hash under v1.31", v131, inspect.Container{Hash: whole}, "restart",
			"hash differs from io.kubernetes.container.hash; the running hash is the kubelet v1.27 hash of this container: use --kubelet 1.27"},
	}
	for _, tt := range tests {
		row, err := checkContainer(tt.k, e, tt.rc)
		if err != nil {
			t.Fatal(err)
		}
		if row.Verdict != tt.wantVerdict || row.Reason != tt.wantReason {
			t.Errorf("%s: verdict %q, reason %q\nwant %q, %q", tt.name, row.Verdict, row.Reason, tt.wantVerdict, tt.wantReason)
		}
	}
}
