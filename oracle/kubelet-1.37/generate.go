package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
)

//go:embed testdata_README.md
var testdataReadme []byte

// manifest describes a generated set.
type manifest struct {
	Upstream     string                     `json:"upstream"`
	Go           string                     `json:"go"`
	Seed         int64                      `json:"seed"`
	N            int                        `json:"n"`
	FeatureGates map[string]bool            `json:"featureGates"`
	FileGates    map[string]map[string]bool `json:"fileFeatureGates"`
	Files        map[string]int             `json:"files"`
	Dropped      int                        `json:"droppedUnstableInputs"`
}

// generate writes every golden file, fakes.jsonl, manifest.json and
// README.md into dir.
func generate(dir string, seed int64, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g := &gen{r: rand.New(rand.NewSource(seed)), n: n}
	m := manifest{
		Upstream:     upstream,
		Go:           goVersion(),
		Seed:         seed,
		N:            n,
		FeatureGates: gateValues(),
		FileGates:    map[string]map[string]bool{},
		Files:        map[string]int{},
	}
	for _, s := range specs {
		inputs := s.generate(g)
		var lines []line
		err := withGates(s.gates, func() error {
			if s.gates != nil {
				m.FileGates[s.name] = gateValues()
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
		if err != nil {
			return err
		}
		if err := writeLines(filepath.Join(dir, s.name), lines); err != nil {
			return err
		}
		m.Files[s.name] = len(lines)
	}
	fakes, err := generateFakes(g)
	if err != nil {
		return err
	}
	if err := writeLines(filepath.Join(dir, "fakes.jsonl"), fakes); err != nil {
		return err
	}
	m.Files["fakes.jsonl"] = len(fakes)
	m.Dropped = g.unstable
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "README.md"), testdataReadme, 0o644)
}
