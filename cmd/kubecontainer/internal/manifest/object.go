package manifest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// errNotAnObject says the input is valid JSON but not an object.
var errNotAnObject = errors.New("not a Kubernetes object (want a mapping with apiVersion and kind)")

// A header is what an objectReader reads of an object: its identity, the
// copy of it that the decoder reads, and the first quantity out of
// bounds, if any.
type header struct {
	apiVersion, kind, name, namespace string
	// decodable is the object as the decoder reads it: without white
	// space, and without its top-level metadata and status. Neither
	// reaches the kubelet's hash: the name and namespace are read here,
	// and the API server resets the status of an object it creates. A live
	// object's status is most of its bytes and holds fields newer than the
	// API: not decoding it saves time, and notes about fields that do not
	// matter.
	decodable []byte
	// quantityErr is about the first resource quantity out of bounds
	// (checkQuantity).
	quantityErr error
	// err says that a field of the header is not a string.
	err error
}

// An objectReader reads objects with a tokenizer it reuses from one object
// to the next. Each goroutine needs its own.
type objectReader struct {
	// own reads the bytes of in; dec is the decoder being read, own or
	// that of a stream.
	own, dec *jsontext.Decoder
	in       bytes.Reader
	h        header
	out      []byte
	// sizeHint is the capacity the copy of an object read from a stream
	// starts with: a little more than the last one, as items look alike.
	sizeHint int
	// scratch holds a decoded quantity, nameBuf a decoded name.
	scratch, nameBuf []byte
}

func newObjectReader() *objectReader {
	r := &objectReader{}
	r.own = newDecoder(&r.in)
	return r
}

// read checks that data is one JSON object and reads its header in one
// pass: every key and string is decoded before it is compared. An error
// says data is not valid JSON, not an object, or that a field of the
// header is not a string. The header's decodable copy is new memory.
func (r *objectReader) read(data []byte) (header, error) {
	r.in.Reset(data)
	r.own.Reset(&r.in, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	r.dec, r.h, r.out = r.own, header{}, make([]byte, 0, len(data))
	if len(bytes.TrimSpace(data)) == 0 {
		// A null item of a List, decoded into a RawExtension.
		return header{}, errNotAnObject
	}
	if r.dec.PeekKind() != '{' {
		// Check the syntax first: invalid JSON is not "not an object".
		if _, err := r.dec.ReadValue(); err != nil {
			return header{}, syntaxError(err)
		}
		return header{}, errNotAnObject
	}
	if err := r.topObject(); err != nil {
		return header{}, err
	}
	if _, err := r.dec.ReadToken(); !errors.Is(err, io.EOF) {
		if err == nil {
			return header{}, errors.New("invalid JSON: more than one value")
		}
		return header{}, syntaxError(err)
	}
	if r.h.err != nil {
		return header{}, r.h.err
	}
	r.h.decodable = r.out
	return r.h, nil
}

// readFrom reads the object at the position of the stream dec as read
// does, in the same pass as the stream. An error is about the syntax of
// the stream, which ends there; the object's own errors are in the
// header's err.
func (r *objectReader) readFrom(dec *jsontext.Decoder) (header, error) {
	r.dec, r.h, r.out = dec, header{}, make([]byte, 0, r.sizeHint)
	if err := r.topObject(); err != nil {
		return header{}, err
	}
	r.sizeHint = len(r.out) + len(r.out)/4
	r.h.decodable = r.out
	return r.h, nil
}

// topObject reads the object itself: its kind and apiVersion, its
// metadata's name and namespace, and the other members, which are copied
// out, except status.
func (r *objectReader) topObject() error {
	if err := r.token('{'); err != nil {
		return err
	}
	first := true
	for r.dec.PeekKind() != '}' {
		rawName, name, err := r.name()
		if err != nil {
			return err
		}
		switch string(name) {
		case "metadata":
			if err := r.metadata(); err != nil {
				return err
			}
			continue
		case "status":
			if err := r.dec.SkipValue(); err != nil {
				return syntaxError(err)
			}
			continue
		}
		if !first {
			r.out = append(r.out, ',')
		}
		first = false
		r.out = append(append(r.out, rawName...), ':')
		switch string(name) {
		case "kind":
			err = r.headerString(&r.h.kind, "kind", true)
		case "apiVersion":
			err = r.headerString(&r.h.apiVersion, "apiVersion", true)
		default:
			err = r.value(member{holdsQuantities: isQuantityMap(name)})
		}
		if err != nil {
			return err
		}
	}
	return r.token('}')
}

// metadata reads the name and namespace of the object's metadata and
// skips the rest: it is not copied out.
func (r *objectReader) metadata() error {
	if r.dec.PeekKind() != '{' {
		if err := r.dec.SkipValue(); err != nil {
			return syntaxError(err)
		}
		return nil
	}
	if _, err := r.dec.ReadToken(); err != nil {
		return syntaxError(err)
	}
	for r.dec.PeekKind() != '}' {
		_, name, err := r.name()
		if err != nil {
			return err
		}
		var field *string
		var path string
		switch string(name) {
		case "name":
			field, path = &r.h.name, "metadata.name"
		case "namespace":
			field, path = &r.h.namespace, "metadata.namespace"
		default:
			if err := r.dec.SkipValue(); err != nil {
				return syntaxError(err)
			}
			continue
		}
		if err := r.headerString(field, path, false); err != nil {
			return err
		}
	}
	if _, err := r.dec.ReadToken(); err != nil {
		return syntaxError(err)
	}
	return nil
}

// headerString reads the string (or null) at path into field, and copies
// it out when copyOut is true.
func (r *objectReader) headerString(field *string, path string, copyOut bool) error {
	value, err := r.dec.ReadValue()
	if err != nil {
		return syntaxError(err)
	}
	if copyOut {
		r.out = append(r.out, value...)
	}
	switch value.Kind() {
	case '"':
		*field = unquote(value)
	case 'n':
	default:
		if r.h.err == nil {
			r.h.err = fmt.Errorf("%s is %s, not a string", path, value)
		}
	}
	return nil
}

// A member says what the reader needs to know of the member whose value
// it reads, or of the list whose element it is.
type member struct {
	// holdsQuantities is true when the value, an object, is a map of
	// resource quantities (resources.limits, ...).
	holdsQuantities bool
	// quantity is the member's name when its value is a resource
	// quantity: a member of such a map, or a sizeLimit.
	quantity string
}

// field returns what the reader needs of the member name of an object;
// inQuantities is true when that object is a map of quantities.
func field(name []byte, inQuantities bool) member {
	m := member{holdsQuantities: isQuantityMap(name)}
	if inQuantities || string(name) == "sizeLimit" {
		m.quantity = string(name)
	}
	return m
}

// value copies out the value of m, and bounds it when it is a quantity.
func (r *objectReader) value(m member) error {
	switch r.dec.PeekKind() {
	case '{':
		if err := r.token('{'); err != nil {
			return err
		}
		for first := true; r.dec.PeekKind() != '}'; first = false {
			rawName, name, err := r.name()
			if err != nil {
				return err
			}
			if !first {
				r.out = append(r.out, ',')
			}
			r.out = append(append(r.out, rawName...), ':')
			if err := r.value(field(name, m.holdsQuantities)); err != nil {
				return err
			}
		}
		return r.token('}')
	case '[':
		if err := r.token('['); err != nil {
			return err
		}
		for first := true; r.dec.PeekKind() != ']'; first = false {
			if !first {
				r.out = append(r.out, ',')
			}
			// An element has no name of its own.
			if err := r.value(member{}); err != nil {
				return err
			}
		}
		return r.token(']')
	}
	value, err := r.dec.ReadValue()
	if err != nil {
		return syntaxError(err)
	}
	r.out = append(r.out, value...)
	if m.quantity != "" {
		r.quantity(m.quantity, value)
	}
	return nil
}

// quantity records the first quantity out of bounds: the decoded content
// of a string, or a number as written.
func (r *objectReader) quantity(key string, value jsontext.Value) {
	if r.h.quantityErr != nil {
		return
	}
	text := []byte(value)
	if value.Kind() == '"' {
		// The only error left is about invalid UTF-8, which is replaced.
		r.scratch, _ = jsontext.AppendUnquote(r.scratch[:0], value)
		text = r.scratch
	}
	r.h.quantityErr = checkQuantity(key, text)
}

// name reads a member's name and returns it as written and decoded; both
// are valid until the next read.
func (r *objectReader) name() (raw, name []byte, err error) {
	value, err := r.dec.ReadValue()
	if err != nil {
		return nil, nil, syntaxError(err)
	}
	content := value[1 : len(value)-1]
	if !hasEscape(content) && utf8.Valid(content) {
		return value, content, nil
	}
	// The only error left is about invalid UTF-8, which is replaced.
	r.nameBuf, _ = jsontext.AppendUnquote(r.nameBuf[:0], value)
	return value, r.nameBuf, nil
}

// token reads the delimiter the caller has peeked, and copies it out.
func (r *objectReader) token(delim byte) error {
	if _, err := r.dec.ReadToken(); err != nil {
		return syntaxError(err)
	}
	r.out = append(r.out, delim)
	return nil
}

// syntaxError returns the error for JSON the tokenizer rejected.
func syntaxError(err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("invalid JSON: %w", err)
}
