package linecount

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/tools/internal/testtree"
)

func TestCountLine(t *testing.T) {
	root := testtree.Write(t, map[string]string{
		"kubelet-1.29/go.mod":                            "module m\n\ngo 1.21\n\nrequire (\n\ta v1.0.0\n\tb v1.0.0 // indirect\n)\n",
		"kubelet-1.29/go.sum":                            "x\ny\n",
		"kubelet-1.29/.mockery.yml":                      "a\nb",
		"kubelet-1.29/container/hash.go":                 "package container\n\nfunc f() {}\n",
		"kubelet-1.29/container/golden_test.go":          "package container\n",
		"kubelet-1.29/container/testdata/hash.jsonl":     "{}\n{}\n",
		"kubelet-1.29/container/testing/mock_runtime.go": "package testing\n\n",
		"kubelet-1.29/container/testing/fake_runtime.go": "package testing\n\n\n",
		"kubelet-1.32/container/hash.go":                 "package container\n",
		"oracle/kubelet/kubelet-1.29.mod":                "module g\n\nrequire k8s.io/kubernetes v1.29.15\n\nrequire x v1.0.0 // indirect\n",
		"oracle/kubelet/kubelet-1.29.sum":                "s\ns\ns\n",
		"oracle/kubelet/since129.go":                     "package main\n\n",
		"oracle/kubelet/before1290.go":                   "package main\n",
		"oracle/kubelet/kubelet-1.32.mod":                "module g\n\nrequire k8s.io/kubernetes v1.32.13\n",
		"oracle/kubelet/go.mod":                          "module g\n\nrequire k8s.io/kubernetes v1.37.2\n",
		"oracle/other/go.mod":                            "module o\n",
		"oracle/kubelet/main.go":                         "package main\n",
	})
	tests := []struct {
		line string
		want Count
	}{
		// go.mod: 7 lines, one an indirect requirement; kubelet-1.29.mod:
		// 4 lines and one indirect; since129.go: 2 lines.
		{"kubelet-1.29", Count{Line: "kubelet-1.29", Code: 6, Tests: 1, Other: 9, Generator: 6, Tidy: 2}},
		{"kubelet-1.32", Count{Line: "kubelet-1.32", Code: 1, Generator: 3}},
		{"kubelet-1.37", Count{Line: "kubelet-1.37", Generator: 3}},
		{"kubelet-1.40", Count{Line: "kubelet-1.40"}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, err := CountLine(root, tt.line)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("CountLine = %+v, want %+v", got, tt.want)
			}
		})
	}
	if _, err := CountLine(root, "container"); err == nil {
		t.Error("CountLine of a folder that is no kubelet line did not fail")
	}
}
