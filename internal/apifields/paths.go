package apifields

import (
	"reflect"
	"strconv"
	"strings"
)

// Paths are fields resolved against this build's struct type T (v1.Container
// or v1.PodSpec): those whose every step exists, as a tree, so that a
// field holding several of them is visited once.
type Paths[T any] struct {
	root  []*node
	count int
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

// A node is a step of one or more paths: the end of one when leaf is true
// (its fields below are then not visited), else a step towards children.
type node struct {
	step
	leaf     bool
	children []*node
}

// Resolve resolves fields against T and keeps those T has.
func Resolve[T any](fields []Field) Paths[T] {
	t := reflect.TypeOf((*T)(nil)).Elem()
	var p Paths[T]
	for _, f := range fields {
		if resolved, ok := resolvePath(t, f.Path); ok {
			p.root = insert(p.root, resolved)
			p.count++
		}
	}
	return p
}

// insert adds the path p to the nodes, sharing the steps it has in common
// with them, and returns them.
func insert(nodes []*node, p path) []*node {
	for _, n := range nodes {
		if n.name == p[0].name && n.each == p[0].each {
			if len(p) == 1 {
				n.leaf = true
			} else {
				n.children = insert(n.children, p[1:])
			}
			return nodes
		}
	}
	n := &node{step: p[0], leaf: len(p) == 1}
	if len(p) > 1 {
		n.children = insert(nil, p[1:])
	}
	return append(nodes, n)
}

// Len returns the number of resolved paths.
func (p Paths[T]) Len() int { return p.count }

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
	w := walker{path: append(make([]byte, 0, 128), prefix...), clear: clear}
	w.visit(p.root, reflect.ValueOf(v).Elem())
	return w.found
}

// A walker follows paths through a value. It writes the JSON path of where
// it is into path, and makes a string of it only for a field it finds.
type walker struct {
	path  []byte
	clear bool
	found []string
}

// visit follows the nodes from the struct v, whose JSON path is w.path,
// appends the path of each leaf that is set to w.found, and zeroes it when
// w.clear is true.
func (w *walker) visit(nodes []*node, v reflect.Value) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	for _, n := range nodes {
		field := v.FieldByIndex(n.index)
		if field.IsZero() {
			// Neither it nor a field below it is set.
			continue
		}
		mark := len(w.path)
		if mark > 0 {
			w.path = append(w.path, '.')
		}
		w.path = append(w.path, n.name...)
		switch {
		case n.leaf:
			w.found = append(w.found, string(w.path))
			if w.clear {
				field.Set(reflect.Zero(field.Type()))
			}
		case n.each:
			elements := len(w.path)
			for i := 0; i < field.Len(); i++ {
				w.path = append(strconv.AppendInt(append(w.path, '['), int64(i), 10), ']')
				w.visit(n.children, field.Index(i))
				w.path = w.path[:elements]
			}
		default:
			w.visit(n.children, field)
		}
		w.path = w.path[:mark]
	}
}
