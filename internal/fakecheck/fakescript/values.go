package fakescript

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"k8s.io/klog/v2"
)

var (
	errorType   = reflect.TypeOf((*error)(nil)).Elem()
	contextType = reflect.TypeOf((*context.Context)(nil)).Elem()
	loggerType  = reflect.TypeOf(klog.Background())
)

// errorMethod is the method set of a result that is written with the text
// of its Error method beside its value.
type errorMethod interface{ Error() error }

// Supplied reports whether a parameter of type t is left out of a call's
// recorded arguments because the caller supplies it: a context.Context
// (context.Background()), a klog.Logger (klog.Background()), and any other
// interface but error, func or chan (nil).
func Supplied(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return t != errorType
	case reflect.Func, reflect.Chan:
		return true
	}
	return t == loggerType
}

// supply returns the value the caller gives a parameter of type t that
// Supplied reports.
func supply(t reflect.Type) reflect.Value {
	switch t {
	case contextType:
		return reflect.ValueOf(context.Background())
	case loggerType:
		return reflect.ValueOf(klog.Background())
	}
	return reflect.Zero(t)
}

// Encode writes v, a value of type t, as the scenarios do: an error as its
// text or null, anything else as encoding/json writes it through a
// pointer.
func Encode(v reflect.Value, t reflect.Type) (json.RawMessage, error) {
	if t == errorType {
		if !v.IsValid() || v.IsNil() {
			return json.RawMessage("null"), nil
		}
		return json.Marshal(v.Interface().(error).Error())
	}
	p := reflect.New(t)
	p.Elem().Set(v)
	data, err := json.Marshal(p.Interface())
	if err != nil {
		return nil, fmt.Errorf("encoding %s: %w", t, err)
	}
	return data, nil
}

// EncodeResult writes one result of a call, of static type t (see
// Call.Results).
func EncodeResult(v reflect.Value, t reflect.Type) (json.RawMessage, error) {
	switch t.Kind() {
	case reflect.Func, reflect.Chan:
		return json.Marshal(!v.IsNil())
	}
	if t == errorType {
		return Encode(v, t)
	}
	p := reflect.New(t)
	p.Elem().Set(v)
	withError, ok := p.Interface().(errorMethod)
	if !ok {
		return Encode(v, t)
	}
	value, err := Encode(v, t)
	if err != nil {
		return nil, err
	}
	text, err := json.Marshal(errorText(withError))
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Value json.RawMessage `json:"value"`
		Error json.RawMessage `json:"error"`
	}{value, text})
}

// errorText is the text of v.Error(), nil for a nil error, or "panic: "
// and the panic's text when Error panics (a PodSyncResult holding a nil
// result).
func errorText(v errorMethod) (text *string) {
	defer func() {
		if r := recover(); r != nil {
			s := fmt.Sprint("panic: ", r)
			text = &s
		}
	}()
	if err := v.Error(); err != nil {
		s := err.Error()
		return &s
	}
	return nil
}

// Decode reads raw into a new value of type t: an error from its text
// (errors.New) or null, anything else with encoding/json.
func Decode(raw json.RawMessage, t reflect.Type) (reflect.Value, error) {
	if t == errorType {
		var text *string
		if err := json.Unmarshal(raw, &text); err != nil {
			return reflect.Value{}, fmt.Errorf("decoding an error: %w", err)
		}
		v := reflect.New(t).Elem()
		if text != nil {
			v.Set(reflect.ValueOf(errors.New(*text)))
		}
		return v, nil
	}
	p := reflect.New(t)
	if err := json.Unmarshal(raw, p.Interface()); err != nil {
		return reflect.Value{}, fmt.Errorf("decoding %s: %w", t, err)
	}
	return p.Elem(), nil
}
