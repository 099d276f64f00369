package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// A document is one object of the input, as JSON, and where it is.
type document struct {
	// source says where it is: "document 2" or "document 1, item 7".
	source string
	json   []byte
	// yamlErr is what strict YAML decoding found wrong (duplicate keys)
	// in a YAML document that decodes otherwise.
	yamlErr error
}

// readDocuments reads YAML or JSON from r and calls emit with each object
// in input order: each YAML document, each top-level JSON value, and each
// item of a top-level JSON List, read one at a time so that memory does not
// grow with the number of items. It stops at the first error, of reading or
// of emit.
func readDocuments(r io.Reader, emit func(document) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if isJSON(br) {
		return readJSON(br, emit)
	}
	return readYAML(br, emit)
}

// isJSON reports whether the first character after white space is '{'.
func isJSON(br *bufio.Reader) bool {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return false
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		// Unreading the byte just read cannot fail.
		_ = br.UnreadByte()
		return c == '{'
	}
}

// readYAML emits each non-empty document of a YAML stream, converted to
// JSON with one parse.
func readYAML(r *bufio.Reader, emit func(document) error) error {
	reader := utilyaml.NewYAMLReader(r)
	for n := 1; ; {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("document %d: %w", n, err)
		}
		jsonDoc, yamlErr, err := yamlToJSON(doc)
		if err != nil {
			return fmt.Errorf("document %d: %w", n, err)
		}
		if string(jsonDoc) == "null" {
			continue
		}
		if err := emit(document{source: fmt.Sprintf("document %d", n), json: jsonDoc, yamlErr: yamlErr}); err != nil {
			return err
		}
		n++
	}
}

// yamlToJSON converts a YAML document to JSON. It parses once, strictly;
// only when that fails (a duplicate key) does it parse again leniently,
// and then returns the strict error as yamlErr.
func yamlToJSON(doc []byte) (jsonDoc []byte, yamlErr, err error) {
	jsonDoc, strictErr := yaml.YAMLToJSONStrict(doc)
	if strictErr == nil {
		return jsonDoc, nil, nil
	}
	jsonDoc, err = yaml.YAMLToJSON(doc)
	if err != nil {
		return nil, nil, err
	}
	return jsonDoc, strictErr, nil
}

// readJSON emits each top-level value of a JSON stream; the items of a
// top-level object's "items" array are emitted one by one instead, and the
// object must then be a List.
func readJSON(r io.Reader, emit func(document) error) error {
	dec := json.NewDecoder(r)
	for n := 1; ; n++ {
		source := fmt.Sprintf("document %d", n)
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: invalid JSON: %w", source, err)
		}
		if tok != json.Delim('{') {
			return fmt.Errorf("%s: not a Kubernetes object (want a mapping with apiVersion and kind)", source)
		}
		if err := readJSONObject(dec, source, emit); err != nil {
			return err
		}
	}
}

// readJSONObject reads the rest of a top-level object whose '{' dec has
// read. Fields other than a List's items are kept and the object emitted
// whole at its end.
func readJSONObject(dec *json.Decoder, source string, emit func(document) error) error {
	invalid := func(err error) error { return invalidJSON(source, err) }
	var buf bytes.Buffer
	buf.WriteByte('{')
	streamedItems := false
	var kind, apiVersion string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return invalid(err)
		}
		// Keys are strings: the decoder checks the syntax.
		key, _ := tok.(string)
		if key == "items" && !streamedItems {
			opened, err := readItems(dec, source, emit)
			if err != nil {
				return err
			}
			if opened {
				streamedItems = true
				continue
			}
			// "items" was not an array: keep it as a field.
			writeField(&buf, key, []byte("null"))
			continue
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return invalid(err)
		}
		switch key {
		case "kind":
			_ = json.Unmarshal(value, &kind)
		case "apiVersion":
			_ = json.Unmarshal(value, &apiVersion)
		}
		writeField(&buf, key, value)
	}
	if _, err := dec.Token(); err != nil {
		return invalid(err)
	}
	if streamedItems {
		if kind != "List" || apiVersion != "v1" {
			return fmt.Errorf("%s: has items but is not a v1 List (apiVersion %q, kind %q)", source, apiVersion, kind)
		}
		return nil
	}
	buf.WriteByte('}')
	return emit(document{source: source, json: buf.Bytes()})
}

// writeField appends "key":value to the object being built in buf.
func writeField(buf *bytes.Buffer, key string, value []byte) {
	if buf.Len() > 1 {
		buf.WriteByte(',')
	}
	// A string always encodes.
	quoted, _ := json.Marshal(key)
	buf.Write(quoted)
	buf.WriteByte(':')
	buf.Write(value)
}

// readItems reads the value of an "items" field. When it is an array, each
// element is emitted as "SOURCE, item N" and opened is true; otherwise the
// value is read and dropped, and opened is false.
func readItems(dec *json.Decoder, source string, emit func(document) error) (opened bool, err error) {
	invalid := func(err error) error { return invalidJSON(source, err) }
	tok, err := dec.Token()
	if err != nil {
		return false, invalid(err)
	}
	switch tok {
	case json.Delim('['):
	case json.Delim('{'):
		return false, fmt.Errorf("%s: items is not a list", source)
	default:
		return false, nil
	}
	for i := 1; dec.More(); i++ {
		var item json.RawMessage
		if err := dec.Decode(&item); err != nil {
			return true, invalid(err)
		}
		if err := emit(document{source: fmt.Sprintf("%s, item %d", source, i), json: item}); err != nil {
			return true, err
		}
	}
	if _, err := dec.Token(); err != nil {
		return true, invalid(err)
	}
	return true, nil
}

// invalidJSON returns the error for JSON that ends or breaks inside the
// object at source.
func invalidJSON(source string, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: invalid JSON: %w", source, err)
}
