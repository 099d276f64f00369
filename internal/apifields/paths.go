package apifields

import (
	"fmt"
	"reflect"
	"strings"
)

// Paths are fields resolved against this build's struct type T (v1.Container
// or v1.PodSpec): those whose every step exists.
type Paths[T any] struct {
	paths []path
}

// A path is a field's JSON path resolved to struct fields.
type path []step

// A step is one field of a path: its JSON name, its index in its struct,
// and whether it is a list whose every element is followed.
type step struct {
	name  string
	index []int
	each  bool
}

// Resolve resolves fields against T and keeps those T has.
func Resolve[T any](fields []Field) Paths[T] {
	t := reflect.TypeOf((*T)(nil)).Elem()
	var p Paths[T]
	for _, f := range fields {
		if resolved, ok := resolvePath(t, f.Path); ok {
			p.paths = append(p.paths, resolved)
		}
	}
	return p
}

// Len returns the number of resolved paths.
func (p Paths[T]) Len() int { return len(p.paths) }

// resolvePath resolves the JSON path from struct type t, or returns false
// when one of its fields does not exist.
func resolvePath(t reflect.Type, jsonPath string) (path, bool) {
	var p path
	for _, s := range strings.Split(jsonPath, ".") {
		name, each := strings.CutSuffix(s, "[]")
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		field, ok := fieldByJSONName(t, name)
		if !ok {
			return nil, false
		}
		p = append(p, step{name: name, index: field.Index, each: each})
		t = field.Type
		if each {
			if t.Kind() != reflect.Slice {
				return nil, false
			}
			t = t.Elem()
		}
	}
	return p, true
}

// fieldByJSONName returns the field of struct type t whose JSON name is
// name, looking into embedded structs as encoding/json does.
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			if found, ok := fieldByJSONName(f.Type, name); ok {
				found.Index = append([]int{i}, found.Index...)
				return found, true
			}
			continue
		}
		if tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// Find returns the JSON paths, each below prefix ("spec.containers[0]"; ""
// for none), of the fields of p that are set in v: "restartPolicy",
// "volumeMounts[1].recursiveReadOnly". A nil v has none.
func (p Paths[T]) Find(v *T, prefix string) []string {
	return p.walk(v, prefix, false)
}

// Clear zeroes the fields of p that are set in v and returns their paths,
// as Find does.
func (p Paths[T]) Clear(v *T, prefix string) []string {
	return p.walk(v, prefix, true)
}

func (p Paths[T]) walk(v *T, prefix string, clear bool) []string {
	if v == nil {
		return nil
	}
	var found []string
	for _, resolved := range p.paths {
		resolved.visit(reflect.ValueOf(v).Elem(), prefix, clear, &found)
	}
	return found
}

// visit follows p from the struct v, whose path is prefix, appends the
// path of its last field to found when that field is set, and zeroes it
// when clear is true.
func (p path) visit(v reflect.Value, prefix string, clear bool, found *[]string) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	s := p[0]
	field := v.FieldByIndex(s.index)
	fieldPath := s.name
	if prefix != "" {
		fieldPath = prefix + "." + s.name
	}
	switch {
	case len(p) == 1:
		if !field.IsZero() {
			*found = append(*found, fieldPath)
			if clear {
				field.Set(reflect.Zero(field.Type()))
			}
		}
	case s.each:
		for i := 0; i < field.Len(); i++ {
			p[1:].visit(field.Index(i), fmt.Sprintf("%s[%d]", fieldPath, i), clear, found)
		}
	default:
		p[1:].visit(field, fieldPath, clear, found)
	}
}
