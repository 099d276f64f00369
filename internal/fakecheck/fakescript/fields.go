package fakescript

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// A field is one exported field of a fake that scenarios read and write.
type field struct {
	name  string
	value reflect.Value
}

// fakeStruct returns the struct a fake points to, allocating the struct
// pointers it embeds (FakeStreamingRuntime's *FakeRuntime) when alloc is
// set; ok is false when fake is nil or not a pointer to a struct.
func fakeStruct(fake any, alloc bool) (reflect.Value, bool) {
	v := reflect.ValueOf(fake)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, false
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || !v.CanAddr() {
		return reflect.Value{}, false
	}
	if alloc {
		allocEmbedded(v)
	}
	return v, true
}

// allocEmbedded gives every nil embedded pointer to a struct of s a new
// zero struct, recursively.
func allocEmbedded(s reflect.Value) {
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		if !f.Anonymous || !f.IsExported() {
			continue
		}
		v := s.Field(i)
		if v.Kind() == reflect.Pointer && v.Type().Elem().Kind() == reflect.Struct {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			allocEmbedded(v.Elem())
		}
	}
}

// skipped reports whether fields of type t are left out of init and state:
// funcs, chans, interfaces other than error, and the types of packages
// sync and testing (FakeRuntime's Mutex, FakeOS's FilesLock, a *testing.T).
func skipped(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Func, reflect.Chan:
		return true
	case reflect.Interface:
		return t != errorType
	case reflect.Pointer:
		t = t.Elem()
	}
	switch t.PkgPath() {
	case "sync", "testing":
		return true
	}
	return false
}

// fields lists the exported fields of s that scenarios carry, in
// declaration order, with the fields of embedded structs in place of the
// embedded field.
func fields(s reflect.Value) []field {
	var out []field
	for i := 0; i < s.NumField(); i++ {
		f := s.Type().Field(i)
		v := s.Field(i)
		if !f.IsExported() || skipped(f.Type) {
			continue
		}
		if f.Anonymous {
			switch {
			case v.Kind() == reflect.Struct:
				out = append(out, fields(v)...)
				continue
			case v.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.Struct:
				if !v.IsNil() {
					out = append(out, fields(v.Elem())...)
				}
				continue
			}
		}
		out = append(out, field{f.Name, v})
	}
	return out
}

// Fields returns the exported fields of the fake that fake points to, as
// one JSON object in declaration order: embedded structs contribute their
// own fields, an error field is its text or null, and the fields skipped
// are those of func, chan and interface types other than error and those
// of packages sync and testing. A nil fake, or one that is not a pointer
// to a struct, gives null.
func Fields(fake any) (json.RawMessage, error) {
	s, ok := fakeStruct(fake, false)
	if !ok {
		return json.RawMessage("null"), nil
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fields(s) {
		if i > 0 {
			b.WriteByte(',')
		}
		value, err := Encode(f.value, f.value.Type())
		if err != nil {
			return nil, fmt.Errorf("field %s: %w", f.name, err)
		}
		name, err := json.Marshal(f.name)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// SetFields sets the fields that init names (an object as Fields writes
// it, or null for none) on the fake that fake points to. A name the fake
// has no such field for, or a value that does not decode into the field,
// is an error.
func SetFields(fake any, init json.RawMessage) error {
	var values map[string]json.RawMessage
	if err := json.Unmarshal(init, &values); err != nil {
		return fmt.Errorf("init: %w", err)
	}
	if len(values) == 0 {
		return nil
	}
	s, ok := fakeStruct(fake, true)
	if !ok {
		return fmt.Errorf("init: %T is not a pointer to a struct", fake)
	}
	byName := map[string]reflect.Value{}
	for _, f := range fields(s) {
		byName[f.name] = f.value
	}
	for name, raw := range values {
		v, ok := byName[name]
		if !ok {
			return fmt.Errorf("init: %T has no field %s", fake, name)
		}
		decoded, err := Decode(raw, v.Type())
		if err != nil {
			return fmt.Errorf("init: field %s: %w", name, err)
		}
		v.Set(decoded)
	}
	return nil
}
