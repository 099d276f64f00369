package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// verifyDir recomputes every line of every known file in dir and reports
// each difference as file:line. It returns the number of lines checked and
// of mismatches; files of specs that dir lacks are skipped.
func verifyDir(dir string, w io.Writer) (checked, mismatches int, err error) {
	for _, s := range specs() {
		path := filepath.Join(dir, s.name)
		if _, statErr := os.Stat(path); errors.Is(statErr, os.ErrNotExist) {
			report(w, "%s: absent, skipped", s.name)
			continue
		}
		lines, err := readLines(path)
		if err != nil {
			return checked, mismatches, err
		}
		bad := 0
		err = withGates(s.gates, func() error {
			for i, stored := range lines {
				for _, problem := range verifyLine(s, stored) {
					bad++
					report(w, "%s:%d: %s", s.name, i+1, problem)
				}
			}
			return nil
		})
		if err != nil {
			return checked, mismatches, err
		}
		checked += len(lines)
		mismatches += bad
		report(w, "%s: %d lines, %d mismatches", s.name, len(lines), bad)
	}
	for _, scenarios := range []struct {
		name  string
		check func(data []byte) []string
	}{{"fakes.jsonl", checkFakeScenario}, {"cache.jsonl", checkCacheScenario}} {
		lines, bad, err := verifyScenarios(filepath.Join(dir, scenarios.name), scenarios.check, w)
		if err != nil {
			return checked, mismatches, err
		}
		checked += lines
		mismatches += bad
	}
	return checked, mismatches, nil
}

// verifyScenarios replays every scenario of path on upstream with check
// and reports each difference as file:line; an absent file is skipped.
func verifyScenarios(path string, check func([]byte) []string, w io.Writer) (lines, mismatches int, err error) {
	name := filepath.Base(path)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		report(w, "%s: absent, skipped", name)
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	for i, raw := range bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n")) {
		lines++
		for _, problem := range check(raw) {
			mismatches++
			report(w, "%s:%d: %s", name, i+1, problem)
		}
	}
	report(w, "%s: %d scenarios, %d mismatches", name, lines, mismatches)
	return lines, mismatches, nil
}

// verifyLine recomputes one stored line and describes every difference.
func verifyLine(s fileSpec, stored map[string]json.RawMessage) []string {
	inputs := map[string]json.RawMessage{}
	inputKeys := s.inputKeys(stored)
	for k, v := range stored {
		if slices.Contains(inputKeys, k) {
			inputs[k] = v
		}
	}
	out, err := s.compute(inputs)
	if err != nil {
		return []string{"compute: " + err.Error()}
	}
	var problems []string
	computed := out.asMap()
	for _, f := range out {
		want, ok := stored[f.key]
		if !ok {
			if !slices.Contains(s.extras, f.key) {
				problems = append(problems, fmt.Sprintf("output %q missing from the line", f.key))
			}
			continue
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, want); err != nil {
			problems = append(problems, fmt.Sprintf("output %q: %v", f.key, err))
			continue
		}
		if !bytes.Equal(compact.Bytes(), f.val) {
			problems = append(problems, fmt.Sprintf("%q: stored %s, upstream %s", f.key, shorten(compact.Bytes()), shorten(f.val)))
		}
	}
	for k := range stored {
		if _, ok := computed[k]; !ok && !slices.Contains(inputKeys, k) {
			problems = append(problems, fmt.Sprintf("stored key %q is neither input nor output", k))
		}
	}
	return problems
}

func shorten(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "..."
	}
	return string(b)
}
