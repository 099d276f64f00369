package main

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
)

// changedPaths returns the paths of the fields whose JSON differs between a
// and b, each encoded with encoding/json (as the kubelet encodes a container
// to hash it). Paths read like `image`, `env[0].value` or
// `resources.limits.cpu`; a key that is not made of letters, digits, `-` and
// `_` is quoted: `resources.limits["nvidia.com/gpu"]`. A field present on
// one side only, and an element beyond the end of the shorter list, is
// reported by its own path. Paths come in key order, lists in index order.
func changedPaths(a, b interface{}) ([]string, error) {
	treeA, err := jsonTree(a)
	if err != nil {
		return nil, err
	}
	treeB, err := jsonTree(b)
	if err != nil {
		return nil, err
	}
	var paths []string
	comparePaths("", treeA, treeB, &paths)
	return paths, nil
}

// jsonTree encodes v and decodes it again into maps, slices and scalars,
// keeping numbers as written.
func jsonTree(v interface{}) (interface{}, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree interface{}
	if err := dec.Decode(&tree); err != nil {
		return nil, err
	}
	return tree, nil
}

// comparePaths appends to paths every path below path where a and b differ.
func comparePaths(path string, a, b interface{}, paths *[]string) {
	switch a := a.(type) {
	case map[string]interface{}:
		b, ok := b.(map[string]interface{})
		if !ok {
			*paths = append(*paths, path)
			return
		}
		for _, key := range unionKeys(a, b) {
			valueA, inA := a[key]
			valueB, inB := b[key]
			if inA != inB {
				*paths = append(*paths, joinKey(path, key))
				continue
			}
			comparePaths(joinKey(path, key), valueA, valueB, paths)
		}
	case []interface{}:
		b, ok := b.([]interface{})
		if !ok {
			*paths = append(*paths, path)
			return
		}
		for i := 0; i < len(a) || i < len(b); i++ {
			elem := path + "[" + strconv.Itoa(i) + "]"
			if i >= len(a) || i >= len(b) {
				*paths = append(*paths, elem)
				continue
			}
			comparePaths(elem, a[i], b[i], paths)
		}
	default:
		// a is a string, json.Number, bool or nil: comparable, and unequal
		// to any b of another type.
		if a != b {
			*paths = append(*paths, path)
		}
	}
}

// unionKeys returns the keys of a and b, sorted.
func unionKeys(a, b map[string]interface{}) []string {
	keys := make([]string, 0, len(a)+len(b))
	for key := range a {
		keys = append(keys, key)
	}
	for key := range b {
		if _, ok := a[key]; !ok {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys
}

// joinKey appends key to path: `.key`, or `["key"]` when key needs quoting.
func joinKey(path, key string) string {
	if !isPlainKey(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// isPlainKey reports whether key can be written after a dot.
func isPlainKey(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		plain := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
		if !plain {
			return false
		}
	}
	return true
}
