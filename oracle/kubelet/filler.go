package main

import (
	"reflect"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// The reflective filler gives every exported field of a struct a random
// value, so that the inputs of a minor cover every field of that minor's
// types (v1.Container above all) without code per minor. Types whose JSON
// is not their fields' (quantities, IntOrString, times) have their own
// makers; interfaces, funcs and chans stay nil.

// maxDepth bounds how deep the filler descends; deeper values stay zero.
const maxDepth = 7

var (
	quantityType = reflect.TypeOf(resource.Quantity{})
	intOrStrType = reflect.TypeOf(intstr.IntOrString{})
	metaTimeType = reflect.TypeOf(metav1.Time{})
	timeType     = reflect.TypeOf(time.Time{})
)

// fillPieces are the strings the filler draws from: realistic values of
// the API's enum-like fields and names, and the weird pieces.
var fillPieces = []string{"", "Always", "Never", "IfNotPresent", "OnFailure", "TCP", "UDP", "SCTP", "File", "FallbackToLogsOnError",
	"NotRequired", "RestartContainer", "Restart", "In", "NotIn", "cpu", "memory", "data", "/data", "/etc/config", "app", "http",
	"metadata.name", "limits.cpu", "KEY", "$(A)", "x", "SIGTERM", "Localhost", "RuntimeDefault", "Unconfined", "Enabled"}

// fill returns a random value of type t.
func (g *gen) fill(t reflect.Type) reflect.Value {
	v := reflect.New(t).Elem()
	g.fillValue(v, 0)
	return v
}

// fillAt returns a random value of type t as if it were depth levels
// down, so that it stays small.
func (g *gen) fillAt(t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	g.fillValue(v, depth)
	return v
}

// fillValue sets v, which is settable, to a random value.
func (g *gen) fillValue(v reflect.Value, depth int) {
	if depth > maxDepth {
		return
	}
	switch v.Type() {
	case quantityType:
		v.Set(reflect.ValueOf(g.quantity()))
		return
	case intOrStrType:
		if g.chance(0.5) {
			v.Set(reflect.ValueOf(intstr.IntOrString{Type: intstr.Int, IntVal: pick(g, int32(0), 1, 80, 8080, 65535)}))
		} else {
			v.Set(reflect.ValueOf(intstr.FromString(pick(g, "", "http", "metrics", "50%"))))
		}
		return
	case metaTimeType:
		v.Set(reflect.ValueOf(metav1.NewTime(g.instant(6, time.Second).Truncate(time.Second))))
		return
	case timeType:
		v.Set(reflect.ValueOf(g.instant(6, time.Second)))
		return
	case containerIDType:
		// Its JSON is "type://id", which only plain IDs survive.
		v.Set(reflect.ValueOf(kc.ContainerID{Type: pick(g, "containerd", "docker", ""), ID: g.hex(8)}))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		g.fillStruct(v, depth)
	case reflect.Pointer:
		if g.chance(0.45) {
			p := reflect.New(v.Type().Elem())
			g.fillValue(p.Elem(), depth+1)
			v.Set(p)
		}
	case reflect.Slice:
		g.fillSlice(v, depth)
	case reflect.Map:
		g.fillMap(v, depth)
	case reflect.String:
		v.SetString(g.fillString())
	case reflect.Bool:
		v.SetBool(g.chance(0.5))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(pick(g, 0, 1, 2, 5, 30, 80, 8080, 65535, -1)))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(pick(g, 0, 1, 2, 5, 1000)))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(pick(g, 0, 0.5, 1, 100)))
	}
}

// fillStruct fills about half of the exported fields of a struct, each
// one in turn, leaving those encoding/json ignores.
func (g *gen) fillStruct(v reflect.Value, depth int) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" || !g.chance(0.5) {
			continue
		}
		g.fillValue(v.Field(i), depth+1)
	}
}

func (g *gen) fillSlice(v reflect.Value, depth int) {
	n := pick(g, 0, 0, 1, 1, 2, 3)
	if n == 0 {
		if g.chance(0.5) {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
		return
	}
	s := reflect.MakeSlice(v.Type(), n, n)
	for i := 0; i < n; i++ {
		e := s.Index(i)
		if e.Kind() == reflect.Pointer {
			// Elements are never nil: upstream's code expects them set.
			e.Set(reflect.New(e.Type().Elem()))
			e = e.Elem()
		}
		g.fillValue(e, depth+1)
	}
	v.Set(s)
}

func (g *gen) fillMap(v reflect.Value, depth int) {
	n := pick(g, 0, 0, 1, 2)
	if n == 0 {
		return
	}
	m := reflect.MakeMap(v.Type())
	for i := 0; i < n; i++ {
		key := reflect.New(v.Type().Key()).Elem()
		if key.Kind() == reflect.String {
			key.SetString(pick(g, "cpu", "memory", "example.com/gpu", "hugepages-2Mi", "a", "b"))
		} else {
			g.fillValue(key, depth+1)
		}
		val := reflect.New(v.Type().Elem()).Elem()
		g.fillValue(val, depth+1)
		m.SetMapIndex(key, val)
	}
	v.Set(m)
}

// fillString is a realistic piece, a weird string or an identifier.
func (g *gen) fillString() string {
	switch g.intn(8) {
	case 0:
		return g.weird()
	case 1:
		return g.ident()
	case 2:
		return strings.ToUpper(g.ident())
	}
	return pick(g, fillPieces...)
}

// setField sets the field name of the struct that p points to, when that
// struct has such a field (some minors do not), to value, converted to
// the field's type.
func setField(p any, name string, value any) {
	f := reflect.ValueOf(p).Elem().FieldByName(name)
	if !f.IsValid() {
		return
	}
	v := reflect.ValueOf(value)
	if !v.IsValid() {
		f.Set(reflect.Zero(f.Type()))
		return
	}
	f.Set(v.Convert(f.Type()))
}
