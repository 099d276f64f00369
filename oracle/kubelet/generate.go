package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand"
	"os"
	"path/filepath"
)

// manifest describes a generated set.
type manifest struct {
	Upstream string `json:"upstream"`
	Go       string `json:"go"`
	Seed     int64  `json:"seed"`
	N        int    `json:"n"`
	// FeatureGates are the gates the covered functions, fakes and cache
	// of the minor read, with their default values.
	FeatureGates map[string]bool `json:"featureGates"`
	// FileGates are the gates of the files computed with gates off their
	// defaults.
	FileGates map[string]map[string]bool `json:"fileFeatureGates,omitempty"`
	// Files are the line counts.
	Files   map[string]int `json:"files"`
	Dropped int            `json:"droppedUnstableInputs"`
	// FakeMethods are the methods each fake of fakes.jsonl was called
	// with, and how often.
	FakeMethods map[string]map[string]int `json:"fakeMethods"`
}

// newGen returns the random source of one file: seeded by the run's seed
// and the file's name, so that files do not depend on one another.
func newGen(seed int64, file string, n int) *gen {
	h := fnv.New64a()
	_, _ = h.Write([]byte(file))
	return &gen{r: rand.New(rand.NewSource(seed ^ int64(h.Sum64()))), n: n}
}

// generate writes the golden files (unless scenariosOnly), fakes.jsonl,
// cache.jsonl, manifest.json and README.md into dir.
func generate(dir string, k kubeletBuild, seed int64, n int, scenariosOnly bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m := manifest{
		Upstream:     "k8s.io/kubernetes " + k.version,
		Go:           k.goVer,
		Seed:         seed,
		N:            n,
		FeatureGates: gateValues(readGates),
		FileGates:    map[string]map[string]bool{},
		Files:        map[string]int{},
	}
	var files []fileSpec
	if !scenariosOnly {
		files = specs()
	}
	for _, s := range files {
		g := newGen(seed, s.name, n)
		lines, err := computeFile(s, g, m.FileGates)
		if err != nil {
			return err
		}
		if err := writeLines(filepath.Join(dir, s.name), lines); err != nil {
			return err
		}
		m.Files[s.name] = len(lines)
		m.Dropped += g.unstable
	}
	g := newGen(seed, "fakes.jsonl", n)
	fakes, calls, err := generateFakes(g)
	if err != nil {
		return err
	}
	m.FakeMethods = calls
	g = newGen(seed, "cache.jsonl", n)
	cache, err := generateCache(g)
	if err != nil {
		return err
	}
	for name, lines := range map[string][]line{"fakes.jsonl": fakes, "cache.jsonl": cache} {
		if err := writeLines(filepath.Join(dir, name), lines); err != nil {
			return err
		}
		m.Files[name] = len(lines)
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644); err != nil {
		return err
	}
	readme, err := renderReadme(k, m, scenariosOnly)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "README.md"), readme, 0o644)
}

// computeFile makes the input lines of one file and computes their
// outputs with the file's gates, recording those in fileGates.
func computeFile(s fileSpec, g *gen, fileGates map[string]map[string]bool) ([]line, error) {
	inputs := s.generate(g)
	var lines []line
	err := withGates(s.gates, func() error {
		if s.gates != nil {
			names := append([]string{}, readGates...)
			for name := range s.gates {
				names = append(names, name)
			}
			fileGates[s.name] = gateValues(names)
		}
		for i, in := range inputs {
			out, err := s.compute(in.asMap())
			if err != nil {
				return fmt.Errorf("%s:%d: %w", s.name, i+1, err)
			}
			lines = append(lines, append(append(line{}, in...), out...))
		}
		return nil
	})
	return lines, err
}
