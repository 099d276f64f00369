package modset

import (
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"

	"github.com/kubecontainer/kubecontainer/tools/internal/testtree"
)

func TestFloor(t *testing.T) {
	root := testtree.Write(t, map[string]string{
		"go.mod": "module github.com/kubecontainer/kubecontainer\n\ngo 1.20\n",
	})
	cache := testtree.Write(t, map[string]string{
		"cache/download/k8s.io/api/@v/v0.29.0.mod":                  "module k8s.io/api\n\ngo 1.21\n",
		"cache/download/github.com/!burnt!sushi/toml/@v/v1.0.0.mod": "module github.com/BurntSushi/toml\n\ngo 1.23.0\n",
		"cache/download/example.com/old/@v/v1.0.0.mod":              "module example.com/old\n",
	})
	lines := GoLines{Root: root, ModCache: cache}
	tests := []struct {
		name     string
		requires string
		want     string
		from     module.Version
	}{
		{"project module from the tree", "github.com/kubecontainer/kubecontainer v0.1.0", "1.20", module.Version{Path: "github.com/kubecontainer/kubecontainer", Version: "v0.1.0"}},
		{"highest wins", "github.com/kubecontainer/kubecontainer v0.1.0\nrequire k8s.io/api v0.29.0", "1.21", module.Version{Path: "k8s.io/api", Version: "v0.29.0"}},
		{"1.23.0 above 1.21, escaped path", "k8s.io/api v0.29.0\nrequire github.com/BurntSushi/toml v1.0.0", "1.23.0", module.Version{Path: "github.com/BurntSushi/toml", Version: "v1.0.0"}},
		{"no go line counts for nothing", "example.com/old v1.0.0", "", module.Version{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := modfile.Parse("go.mod", []byte("module m\n\ngo 1.26\n\nrequire "+tt.requires+"\n"), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, from, err := lines.Floor(f)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || from != tt.from {
				t.Errorf("Floor = %q from %v, want %q from %s", got, from, tt.want, tt.from)
			}
		})
	}
	f, err := modfile.Parse("go.mod", []byte("module m\n\nrequire example.com/missing v1.0.0\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := lines.Floor(f); err == nil || !strings.Contains(err.Error(), "example.com/missing@v1.0.0") {
		t.Errorf("Floor of a requirement missing from the cache: error %v, want one naming it", err)
	}
}
