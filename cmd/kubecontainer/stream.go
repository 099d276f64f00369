package main

import (
	"bufio"
	"bytes"
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
	// listItem is the kind and apiVersion of the items of the typed List
	// (a PodList, ...) the document is an item of, which leave them out.
	listItem listItem
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
	c, err := (&splitter{r: br}).peek()
	return err == nil && c == '{'
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
// object must then be a v1 List. Values are cut from the stream without
// decoding them: each emitted document is checked later, on its own.
func readJSON(r *bufio.Reader, emit func(document) error) error {
	s := splitter{r: r}
	for n := 1; ; n++ {
		source := fmt.Sprintf("document %d", n)
		c, err := s.peek()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", source, err)
		}
		if c != '{' {
			// Not an object: emit it whole, and let the check say so.
			value, err := s.value()
			if err != nil {
				return invalidJSON(source, err)
			}
			if err := emit(document{source: source, json: value}); err != nil {
				return err
			}
			continue
		}
		if err := s.object(source, emit); err != nil {
			return err
		}
	}
}

// A splitter cuts JSON values out of a stream.
type splitter struct {
	r *bufio.Reader
	// sizeHint is the capacity a value starts with: a little more than
	// the last item of a List, as items tend to look alike.
	sizeHint int
}

// object reads the top-level object at the start of the stream. Fields
// other than a List's items are kept and the object emitted whole at its
// end.
func (s *splitter) object(source string, emit func(document) error) error {
	invalid := func(err error) error { return invalidJSON(source, err) }
	_, _ = s.r.ReadByte() // '{', peeked by the caller
	fields := []byte{'{'}
	streamedItems := false
	// The kind and apiVersion read so far, which say what a typed List's
	// items are.
	var kind, apiVersion string
	for first := true; ; first = false {
		closed, err := s.next('}', first)
		if err != nil {
			return invalid(err)
		}
		if closed {
			break
		}
		key, name, err := s.key()
		if err != nil {
			return invalid(err)
		}
		if name == "items" && !streamedItems {
			if c, err := s.peek(); err == nil && c == '[' {
				item, _ := typedListItem(kind, apiVersion)
				if err := s.items(source, item, emit); err != nil {
					return err
				}
				streamedItems = true
				continue
			}
		}
		value, err := s.value()
		if err != nil {
			return invalid(err)
		}
		switch name {
		case "kind":
			kind = stringValue(value)
		case "apiVersion":
			apiVersion = stringValue(value)
		}
		if len(fields) > 1 {
			fields = append(fields, ',')
		}
		fields = append(append(append(fields, key...), ':'), value...)
	}
	fields = append(fields, '}')
	if !streamedItems {
		return emit(document{source: source, json: fields})
	}
	h, err := scanObject(fields)
	if err != nil {
		return fmt.Errorf("%s: %w", source, err)
	}
	if _, typed := typedListItem(h.kind, h.apiVersion); !typed && (h.kind != "List" || h.apiVersion != "v1") {
		return fmt.Errorf("%s: has items but is not a List (apiVersion %q, kind %q)", source, h.apiVersion, h.kind)
	}
	return nil
}

// stringValue returns the JSON value as a string, or "" when it is not
// one.
func stringValue(value []byte) string {
	if value[0] != '"' {
		return ""
	}
	s, _ := unquote(value)
	return s
}

// key reads a key and the colon after it, and returns the key as written
// and decoded.
func (s *splitter) key() (quoted []byte, name string, err error) {
	quoted, err = s.value()
	if err != nil {
		return nil, "", err
	}
	if quoted[0] != '"' {
		return nil, "", fmt.Errorf("unexpected %q looking for a key", quoted[0])
	}
	if name, err = unquote(quoted); err != nil {
		return nil, "", err
	}
	c, err := s.peek()
	if err != nil {
		return nil, "", err
	}
	if c != ':' {
		return nil, "", fmt.Errorf("unexpected %q after a key", c)
	}
	_, _ = s.r.ReadByte()
	return quoted, name, nil
}

// items emits each element of the array at the start of the stream as
// "SOURCE, item N", the item of a typed List of item's kind.
func (s *splitter) items(source string, item listItem, emit func(document) error) error {
	_, _ = s.r.ReadByte() // '[', peeked by the caller
	for i := 1; ; i++ {
		closed, err := s.next(']', i == 1)
		if err != nil {
			return invalidJSON(source, err)
		}
		if closed {
			s.sizeHint = 0
			return nil
		}
		value, err := s.value()
		if err != nil {
			return invalidJSON(source, err)
		}
		s.sizeHint = len(value) + len(value)/4
		if err := emit(document{source: fmt.Sprintf("%s, item %d", source, i), json: value, listItem: item}); err != nil {
			return err
		}
	}
}

// next reads what comes before a member of an object or array: the
// closing delimiter, which it reports, or else a comma, except before the
// first member.
func (s *splitter) next(closing byte, first bool) (closed bool, err error) {
	c, err := s.peek()
	if err != nil {
		return false, err
	}
	switch {
	case c == closing:
		_, _ = s.r.ReadByte()
		return true, nil
	case first:
		return false, nil
	case c == ',':
		_, _ = s.r.ReadByte()
		return false, nil
	}
	return false, fmt.Errorf("unexpected %q after a value", c)
}

// peek returns the next byte after white space, without reading it.
func (s *splitter) peek() (byte, error) {
	for {
		c, err := s.r.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		// Unreading the byte just read cannot fail.
		_ = s.r.UnreadByte()
		return c, nil
	}
}

// value reads the next value, after white space, and returns its bytes. It
// only finds where the value ends: strings, and brackets outside them, are
// matched; anything else runs to the next delimiter. scanObject checks the
// rest.
func (s *splitter) value() ([]byte, error) {
	first, err := s.peek()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, s.sizeHint)
	scalar := first != '{' && first != '[' && first != '"'
	var m matcher
	for {
		window, err := s.window()
		if errors.Is(err, io.EOF) && scalar && len(out) > 0 {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var end int
		if scalar {
			end = bytes.IndexAny(window, scalarEnds)
			if end == 0 && len(out) == 0 {
				return nil, fmt.Errorf("unexpected %q looking for a value", first)
			}
		} else {
			end = m.match(window)
		}
		if end >= 0 {
			out = append(out, window[:end]...)
			_, _ = s.r.Discard(end)
			return out, nil
		}
		out = append(out, window...)
		_, _ = s.r.Discard(len(window))
	}
}

// A matcher finds where a string, object or array ends, reading it in
// pieces.
type matcher struct {
	// depth counts the brackets open outside strings.
	depth int
	// inString is true inside a string, and escaped when the next byte
	// is escaped.
	inString, escaped bool
}

// match reads the next piece and returns the length of it that ends the
// value, or -1 when the value goes on.
func (m *matcher) match(piece []byte) int {
	for i := 0; i < len(piece); i++ {
		if m.escaped {
			m.escaped = false
			continue
		}
		if m.inString {
			// Jump to the next quote or backslash.
			n := quoteOrBackslash(piece[i:])
			if n < 0 {
				return -1
			}
			i += n
			if piece[i] == '\\' {
				m.escaped = true
				continue
			}
			m.inString = false
			if m.depth == 0 {
				return i + 1
			}
			continue
		}
		switch piece[i] {
		case '"':
			m.inString = true
		case '{', '[':
			m.depth++
		case '}', ']':
			m.depth--
			if m.depth == 0 {
				return i + 1
			}
		}
	}
	return -1
}

// quoteOrBackslash returns the index of the first quote or backslash in b,
// or -1.
func quoteOrBackslash(b []byte) int {
	quote := bytes.IndexByte(b, '"')
	if quote < 0 {
		quote = len(b)
	}
	if backslash := bytes.IndexByte(b[:quote], '\\'); backslash >= 0 {
		return backslash
	}
	if quote == len(b) {
		return -1
	}
	return quote
}

// window returns the bytes buffered in s.r, reading more when there are
// none. They stay in s.r until discarded.
func (s *splitter) window() ([]byte, error) {
	if s.r.Buffered() == 0 {
		if _, err := s.r.Peek(1); err != nil {
			return nil, err
		}
	}
	return s.r.Peek(s.r.Buffered())
}

// scalarEnds are the bytes that end a number, true, false or null.
const scalarEnds = ",}]: \t\r\n"

// invalidJSON returns the error for JSON that ends or breaks inside the
// object at source.
func invalidJSON(source string, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: invalid JSON: %w", source, err)
}
