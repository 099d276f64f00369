package main

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

func TestVerdict(t *testing.T) {
	tests := []struct {
		sameHash, sameWithoutResources bool
		want                           string
	}{
		{true, true, "unchanged"},
		{true, false, "unchanged"},
		{false, true, "resources-only"},
		{false, false, "restart"},
	}
	for _, tt := range tests {
		if got := verdict(tt.sameHash, tt.sameWithoutResources); got != tt.want {
			t.Errorf("verdict(%v, %v) = %s, want %s", tt.sameHash, tt.sameWithoutResources, got, tt.want)
		}
	}
}

// testEntry returns an entry for container c of the Pod shop/web.
func testEntry(typ podspec.Kind, c v1.Container) manifest.Entry {
	return manifest.Entry{Object: manifest.Object{Source: "document 1", Kind: "Pod", Namespace: "shop", Name: "web"}, Type: typ, Container: &c}
}

func keyed(t *testing.T, entries ...manifest.Entry) keyedEntries {
	t.Helper()
	k := keyedEntries{list: entries, index: map[entryKey]int{}}
	for i, e := range entries {
		k.index[keyOf(e)] = i
	}
	return k
}

func TestDiffEntries(t *testing.T) {
	app := v1.Container{Name: "app", Image: "web:1"}
	appImage := v1.Container{Name: "app", Image: "web:2"}
	appResources := v1.Container{Name: "app", Image: "web:1", Resources: v1.ResourceRequirements{
		Limits: v1.ResourceList{v1.ResourceMemory: resource.MustParse("1Gi")},
	}}
	appArgs := v1.Container{Name: "app", Image: "web:1", Args: []string{"-v"}}
	sidecar := v1.Container{Name: "sidecar", Image: "proxy:1"}

	type result struct {
		container, typ, status string
		fields                 []string
	}
	tests := []struct {
		name     string
		minor    int
		old, new []manifest.Entry
		want     []result
	}{{
		name:  "unchanged",
		minor: 27,
		old:   []manifest.Entry{testEntry(podspec.Regular, app)},
		new:   []manifest.Entry{testEntry(podspec.Regular, app)},
		want:  []result{{"app", "regular", "unchanged", []string{}}},
	}, {
		name:  "image changed",
		minor: 27,
		old:   []manifest.Entry{testEntry(podspec.Regular, app)},
		new:   []manifest.Entry{testEntry(podspec.Regular, appImage)},
		want:  []result{{"app", "regular", "restart", []string{"image"}}},
	}, {
		name:  "resources only",
		minor: 27,
		old:   []manifest.Entry{testEntry(podspec.Regular, app)},
		new:   []manifest.Entry{testEntry(podspec.Regular, appResources)},
		want:  []result{{"app", "regular", "resources-only", []string{"resources.limits"}}},
	}, {
		name:  "v1.31 ignores everything but name and image",
		minor: 31,
		old:   []manifest.Entry{testEntry(podspec.Regular, app)},
		new:   []manifest.Entry{testEntry(podspec.Regular, appArgs)},
		want:  []result{{"app", "regular", "unchanged", []string{"args"}}},
	}, {
		name:  "v1.31 has no resources-only",
		minor: 31,
		old:   []manifest.Entry{testEntry(podspec.Regular, appResources)},
		new:   []manifest.Entry{testEntry(podspec.Regular, appImage)},
		want:  []result{{"app", "regular", "restart", []string{"image", "resources.limits"}}},
	}, {
		name:  "added, removed, and a container moved from init to regular",
		minor: 27,
		old:   []manifest.Entry{testEntry(podspec.Init, app), testEntry(podspec.Regular, sidecar)},
		new:   []manifest.Entry{testEntry(podspec.Regular, sidecar), testEntry(podspec.Regular, app)},
		want: []result{
			{"app", "init", "removed", []string{}},
			{"sidecar", "regular", "unchanged", []string{}},
			{"app", "regular", "added", []string{}},
		},
	}}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			rows, err := diffEntries(kubelet(t, tt.minor), keyed(t, tt.old...), keyed(t, tt.new...))
			if err != nil {
				t.Fatal(err)
			}
			var got []result
			for _, r := range rows {
				got = append(got, result{r.Container, r.Type, r.Status, r.Fields})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("diffEntries:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestDiffEntriesHashes(t *testing.T) {
	old := testEntry(podspec.Regular, v1.Container{Name: "test_container", Image: "foo/image:v1"})
	rows, err := diffEntries(kubelet(t, 31), keyed(t, old), keyed(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].OldHash != "8e45cbd0" || rows[0].NewHash != "" || rows[0].Status != "removed" {
		t.Errorf("rows = %+v", rows)
	}
}
