package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"text/template"
)

//go:embed testdata_README.md.tmpl
var readmeTemplate string

// readmeData is what the README template of a generated set reads.
type readmeData struct {
	Minor         int
	Version       string
	Go            string
	Seed          int64
	N             int
	Modfile       string
	Tags          string
	ScenariosOnly bool
	Files         map[string]int
	Gates         string
	Variants      []variantRow
	Fakes         []string
	// ObservedTime says whether the cache has SetObservedTime (v1.36).
	ObservedTime bool
	// API levels, as the build tags select them.
	Since128, Since129, Since130, Since131, Since133, Since135, Since137 bool
}

type variantRow struct{ File, Gates string }

// renderReadme writes the README.md of a generated set from the template.
func renderReadme(k kubeletBuild, m manifest, scenariosOnly bool) ([]byte, error) {
	d := readmeData{
		Minor: k.minor, Version: k.version, Go: k.goVer, Seed: m.Seed, N: m.N,
		Modfile: fmt.Sprintf("-modfile=kubelet-1.%d.mod ", k.minor), Tags: "-tags " + tagsFor(k.minor) + " ",
		ScenariosOnly: scenariosOnly, Files: m.Files, Gates: showGates(m.FeatureGates),
		Since128: since128, Since129: since129, Since130: since130, Since131: since131,
		Since133: since133, Since135: since135, Since137: since137,
		ObservedTime: hasObservedTime(),
	}
	if k.minor == 37 {
		d.Modfile = ""
	}
	if k.minor < 28 {
		d.Tags = ""
	}
	for _, v := range restartVariants {
		d.Variants = append(d.Variants, variantRow{v.file, showGates(v.gates)})
	}
	for name, methods := range m.FakeMethods {
		d.Fakes = append(d.Fakes, fmt.Sprintf("%s (%d methods)", name, len(methods)))
	}
	sort.Strings(d.Fakes)
	t, err := template.New("README").Parse(readmeTemplate)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// showGates writes gates as `Name=value` pairs, sorted.
func showGates(gates map[string]bool) string {
	var parts []string
	for _, name := range sortedKeys(gates) {
		parts = append(parts, fmt.Sprintf("`%s=%v`", name, gates[name]))
	}
	return strings.Join(parts, ", ")
}
