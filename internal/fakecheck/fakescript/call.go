package fakescript

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"time"
)

// Methods lists the exported methods of fake by name, sorted, leaving out
// those promoted from an embedded sync.Mutex (Lock, Unlock, TryLock): a
// scenario that locked the fake could not call it again.
func Methods(fake any) []string {
	t := reflect.TypeOf(fake)
	mutex := reflect.TypeOf(new(mutexMethods)).Elem()
	var out []string
	for i := 0; i < t.NumMethod(); i++ {
		name := t.Method(i).Name
		if _, ok := mutex.MethodByName(name); ok {
			continue
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// mutexMethods are the methods of sync.Mutex.
type mutexMethods interface {
	Lock()
	Unlock()
	TryLock() bool
}

// Params returns the types of the recorded arguments of fake's method:
// its parameters without those the caller supplies.
func Params(fake any, method string) ([]reflect.Type, error) {
	m, err := methodOf(fake, method)
	if err != nil {
		return nil, err
	}
	var out []reflect.Type
	for i := 0; i < m.Type().NumIn(); i++ {
		if t := m.Type().In(i); !Supplied(t) {
			out = append(out, t)
		}
	}
	return out, nil
}

func methodOf(fake any, method string) (reflect.Value, error) {
	v := reflect.ValueOf(fake)
	if !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("no fake to call %s on", method)
	}
	m := v.MethodByName(method)
	if !m.IsValid() {
		return reflect.Value{}, fmt.Errorf("%T has no method %s", fake, method)
	}
	return m, nil
}

// Run calls method on fake with the recorded arguments args and returns
// the step as a scenario records it, with the messages rec received during
// the call (rec may be nil). A call that does not return within timeout,
// a method fake lacks, or arguments that do not fit its parameters are
// errors; a panic is not, it is part of the step.
func Run(fake any, rec *Recorder, method string, args []json.RawMessage, timeout time.Duration) (Call, error) {
	step := Call{Method: method, Args: args}
	m, err := methodOf(fake, method)
	if err != nil {
		return step, err
	}
	in, err := arguments(m.Type(), args)
	if err != nil {
		return step, fmt.Errorf("%s: %w", method, err)
	}
	type returned struct {
		out   []reflect.Value
		panic string
	}
	done := make(chan returned, 1)
	go func() {
		var r returned
		defer func() {
			if p := recover(); p != nil {
				r.panic = fmt.Sprint(p)
				if r.panic == "" {
					r.panic = "panic"
				}
			}
			done <- r
		}()
		if m.Type().IsVariadic() {
			r.out = m.CallSlice(in)
		} else {
			r.out = m.Call(in)
		}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var r returned
	select {
	case r = <-done:
	case <-timer.C:
		return step, fmt.Errorf("%s did not return within %v", method, timeout)
	}
	out := r.out
	step.Panic = r.panic
	step.Errorf = rec.Take()
	if step.Panic != "" {
		return step, nil
	}
	step.Results = []json.RawMessage{}
	for i, v := range out {
		raw, err := EncodeResult(v, m.Type().Out(i))
		if err != nil {
			return step, fmt.Errorf("%s: result %d: %w", method, i+1, err)
		}
		step.Results = append(step.Results, raw)
	}
	return step, nil
}

// arguments builds the parameters of a method of type t from the recorded
// arguments, supplying the others.
func arguments(t reflect.Type, args []json.RawMessage) ([]reflect.Value, error) {
	in := make([]reflect.Value, 0, t.NumIn())
	next := 0
	for i := 0; i < t.NumIn(); i++ {
		p := t.In(i)
		if Supplied(p) {
			in = append(in, supply(p))
			continue
		}
		if next >= len(args) {
			return nil, fmt.Errorf("%d recorded arguments, the method takes more", len(args))
		}
		v, err := Decode(args[next], p)
		if err != nil {
			return nil, fmt.Errorf("argument %d: %w", next+1, err)
		}
		in = append(in, v)
		next++
	}
	if next != len(args) {
		return nil, fmt.Errorf("%d recorded arguments, the method takes %d", len(args), next)
	}
	return in, nil
}
