package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// verifyFile recomputes every line of the golden file path from its input
// and reports the lines that differ.
func verifyFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	n, bad := 0, 0
	for sc.Scan() {
		n++
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		obj, err := newObject(l.Kind)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if err := json.Unmarshal(l.Input, obj); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		again, err := compute(obj)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		data, err := json.Marshal(again)
		if err != nil {
			return err
		}
		if !bytes.Equal(data, sc.Bytes()) {
			bad++
			fmt.Fprintf(os.Stderr, "%s:%d: differs when recomputed\n", path, n)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Printf("%s: %d lines, %d mismatches\n", path, n, bad)
	if bad > 0 {
		return fmt.Errorf("%d of %d lines differ", bad, n)
	}
	return nil
}

// printHashes prints, for each container of the Pod the kubelet receives
// for the YAML manifest in path, its kind, name and both v1.27 hashes.
func printHashes(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	obj, err := fromYAML(string(data))
	if err != nil {
		return err
	}
	l, err := compute(obj)
	if err != nil {
		return err
	}
	fmt.Printf("dropped: %q\n", l.Dropped)
	for _, c := range l.Containers {
		var named struct {
			Name string `json:"name"`
		}
		if err := json.Unmarshal(c.Container, &named); err != nil {
			return err
		}
		fmt.Printf("%-9s %-20s %08x %08x\n", c.Type, named.Name, c.Hash, c.HashWithoutResources)
	}
	return nil
}
