package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// member is one key of a JSON object, kept in the order it was written.
type member struct {
	key   string
	value interface{}
}

// parseOrdered decodes JSON keeping object keys in order: an object is a
// []member, an array []interface{}, anything else its json.Token.
func parseOrdered(data []byte) (interface{}, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return parseValue(dec)
}

func parseValue(dec *json.Decoder) (interface{}, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		var obj []member
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := parseValue(dec)
			if err != nil {
				return nil, err
			}
			obj = append(obj, member{key: k.(string), value: v})
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		if obj == nil {
			obj = []member{}
		}
		return obj, nil
	case json.Delim('['):
		arr := []interface{}{}
		for dec.More() {
			v, err := parseValue(dec)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		if _, err := dec.Token(); err != nil {
			return nil, err
		}
		return arr, nil
	}
	return tok, nil
}

// droppedPaths lists, in the input's order, the paths of values present in
// before and absent from after (a key gone, or an array shortened).
func droppedPaths(before, after []byte, prefix string) ([]string, error) {
	b, err := parseOrdered(before)
	if err != nil && err != io.EOF {
		return nil, err
	}
	a, err := parseOrdered(after)
	if err != nil && err != io.EOF {
		return nil, err
	}
	var out []string
	walkDropped(b, a, prefix, &out)
	return out, nil
}

func walkDropped(b, a interface{}, path string, out *[]string) {
	switch bv := b.(type) {
	case []member:
		av, ok := a.([]member)
		if !ok {
			return
		}
		for _, m := range bv {
			found := false
			for _, n := range av {
				if n.key == m.key {
					found = true
					walkDropped(m.value, n.value, path+"."+m.key, out)
					break
				}
			}
			if !found {
				*out = append(*out, path+"."+m.key)
			}
		}
	case []interface{}:
		av, ok := a.([]interface{})
		if !ok {
			return
		}
		for i := range bv {
			p := fmt.Sprintf("%s[%d]", path, i)
			if i >= len(av) {
				*out = append(*out, p)
				continue
			}
			walkDropped(bv[i], av[i], p, out)
		}
	}
}
