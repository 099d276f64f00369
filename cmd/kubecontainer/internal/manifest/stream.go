package manifest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
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
	// listItem is the kind and apiVersion of the items of the typed List
	// (a PodList, ...) the document is an item of, which leave them out.
	listItem listItem
	// listPending is true for an item of a top-level List whose own kind
	// had not been read yet: it comes after the items (as jq -S sorts
	// keys). An item that leaves out its kind then waits for it.
	listPending bool
	// listEnd, when not nil, marks the end of such a List instead of
	// being an object: it says what its items are.
	listEnd *listItem
	// header, when not nil, is the object's header, read with the stream
	// (an item of a List): json is then nil.
	header *header
}

// size returns how many bytes of the input the document holds on to.
func (d document) size() int {
	if d.header != nil {
		return len(d.header.decodable)
	}
	return len(d.json)
}

// newDecoder returns a tokenizer of r with the options the API server's
// decoding implies.
func newDecoder(r io.Reader) *jsontext.Decoder {
	return jsontext.NewDecoder(r, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
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
// object must then be a List. Each value is checked by the tokenizer as it
// is read, and again on its own when it is decoded.
func readJSON(r io.Reader, emit func(document) error) error {
	dec := newDecoder(r)
	items := newObjectReader()
	for n := 1; ; n++ {
		source := fmt.Sprintf("document %d", n)
		switch dec.PeekKind() {
		case '{':
			if err := readObject(dec, items, source, emit); err != nil {
				return err
			}
			continue
		case jsontext.KindInvalid:
			// The end of the input, or an error, which ReadToken returns.
			_, err := dec.ReadToken()
			if errors.Is(err, io.EOF) {
				return nil
			}
			return invalidJSON(source, err)
		}
		// Not an object: emit it whole, and let the decoding say so.
		value, err := dec.ReadValue()
		if err != nil {
			return invalidJSON(source, err)
		}
		if err := emit(document{source: source, json: value.Clone()}); err != nil {
			return err
		}
	}
}

// readObject reads the top-level object at the decoder's position. Its
// members other than a List's items are kept, and the object is emitted
// whole at its end; a List's items are emitted one by one as they are
// read.
func readObject(dec *jsontext.Decoder, items *objectReader, source string, emit func(document) error) error {
	invalid := func(err error) error { return invalidJSON(source, err) }
	if _, err := dec.ReadToken(); err != nil { // '{'
		return invalid(err)
	}
	members := []byte{'{'}
	var h topLevel
	streamed, pending := false, false
	for dec.PeekKind() != '}' {
		rawName, err := dec.ReadValue()
		if err != nil {
			return invalid(err)
		}
		// The name is copied out before the next read reuses its bytes.
		mark := len(members)
		if len(members) > 1 {
			members = append(members, ',')
		}
		members = append(members, rawName...)
		name := unquote(members[len(members)-len(rawName):])
		members = append(members, ':')
		if name == "items" && !streamed && dec.PeekKind() == '[' && h.mayBeList() {
			members = members[:mark]
			item, known := h.listItem()
			if err := readItems(dec, items, source, item, !known, emit); err != nil {
				return err
			}
			streamed, pending = true, !known
			continue
		}
		value, err := dec.ReadValue()
		if err != nil {
			return invalid(err)
		}
		h.read(name, value)
		members = append(members, value...)
	}
	if _, err := dec.ReadToken(); err != nil { // '}'
		return invalid(err)
	}
	if !streamed {
		return emit(document{source: source, json: append(members, '}')})
	}
	if !h.isList() {
		return fmt.Errorf("%s: has items but is not a List (apiVersion %q, kind %q)", source, h.apiVersion, h.kind)
	}
	if !pending {
		return nil
	}
	item, _ := h.listItem()
	return emit(document{source: source, listEnd: &item})
}

// readItems emits each element of the array at the decoder's position as
// "SOURCE, item N", an item of a List whose items are item; pending says
// that the List's kind is not known yet. An object is read by items, in
// the same pass as the stream.
func readItems(dec *jsontext.Decoder, items *objectReader, source string, item listItem, pending bool, emit func(document) error) error {
	if _, err := dec.ReadToken(); err != nil { // '['
		return invalidJSON(source, err)
	}
	for i := 1; dec.PeekKind() != ']'; i++ {
		doc := document{source: fmt.Sprintf("%s, item %d", source, i), listItem: item, listPending: pending}
		if dec.PeekKind() == '{' {
			h, err := items.readFrom(dec)
			if err != nil {
				return fmt.Errorf("%s: %w", source, err)
			}
			doc.header = &h
		} else {
			value, err := dec.ReadValue()
			if err != nil {
				return invalidJSON(source, err)
			}
			doc.json = value.Clone()
		}
		if err := emit(doc); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil { // ']'
		return invalidJSON(source, err)
	}
	return nil
}

// topLevel is the kind and apiVersion of a top-level object, as far as
// they have been read.
type topLevel struct {
	kind, apiVersion         string
	kindRead, apiVersionRead bool
}

// read records the member name, value if it is the kind or apiVersion.
func (t *topLevel) read(name string, value jsontext.Value) {
	switch name {
	case "kind":
		t.kind, t.kindRead = stringValue(value), true
	case "apiVersion":
		t.apiVersion, t.apiVersionRead = stringValue(value), true
	}
}

// mayBeList reports whether the object's items are to be streamed: its
// kind is a List's, or not read yet.
func (t *topLevel) mayBeList() bool {
	return !t.kindRead || strings.HasSuffix(t.kind, "List")
}

// isList reports whether the object is a v1 List or a typed List.
func (t *topLevel) isList() bool {
	_, typed := typedListItem(t.kind, t.apiVersion)
	return typed || t.kind == "List" && t.apiVersion == "v1"
}

// listItem returns what the object's items are, if it is a typed List
// (the zero listItem for a List, whose items carry their own), and whether
// that is known: its kind has been read, and its apiVersion too unless it
// is a List.
func (t *topLevel) listItem() (listItem, bool) {
	item, _ := typedListItem(t.kind, t.apiVersion)
	return item, t.kindRead && (t.kind == "List" || t.apiVersionRead)
}

// stringValue returns the JSON value as a decoded string, or "" when it is
// not a string.
func stringValue(value jsontext.Value) string {
	if value.Kind() != '"' {
		return ""
	}
	return unquote(value)
}

// unquote decodes the JSON string quoted, quotes included, which the
// tokenizer has read: invalid UTF-8 becomes U+FFFD, as the API server's
// decoding makes it.
func unquote(quoted []byte) string {
	content := quoted[1 : len(quoted)-1]
	if !hasEscape(content) && utf8.Valid(content) {
		return string(content)
	}
	// The only error left is about invalid UTF-8, which is replaced.
	decoded, _ := jsontext.AppendUnquote(nil, quoted)
	return string(decoded)
}

// hasEscape reports whether the content of a JSON string has an escape
// sequence.
func hasEscape(content []byte) bool {
	return bytes.IndexByte(content, '\\') >= 0
}

// invalidJSON returns the error for JSON that ends or breaks inside the
// value at source.
func invalidJSON(source string, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: invalid JSON: %w", source, err)
}
