// Package fakescript is the format of fakes.jsonl, the scenarios recorded
// on the kubelet's own test doubles, and the one way a step of such a
// scenario is run: a method called by name, its positional arguments
// decoded from JSON into the parameters' types, its results encoded back
// to JSON, and the fake's exported fields read and written as JSON. The
// generator (oracle/kubelet) records scenarios with it on upstream's fakes
// and internal/fakecheck replays them with it on a line's fakes, so both
// sides read and write every value the same way.
//
// Values are encoded as encoding/json writes them through a pointer (so a
// method with a pointer receiver, such as ContainerID's MarshalJSON, is
// used wherever the type has one), except that a value of type error is
// its text or null.
package fakescript

import "encoding/json"

// Scenario is one line of fakes.jsonl: a fake, the fields it starts with,
// the calls made on it and the fields it ends with.
type Scenario struct {
	// Fake names the fake that the calls go to.
	Fake string `json:"fake"`
	// Over names the fake that Fake is built over ("FakeRuntime" for
	// FakeCache and FakeRuntimeCache), or is empty when Fake stands
	// alone. Init and State are then the fields of that inner fake.
	Over string `json:"over,omitempty"`
	// Init holds the exported fields the fake starts with (see Fields);
	// fields it does not name keep their zero value.
	Init json.RawMessage `json:"init"`
	// Calls are the steps, in order. A call that panics is the last.
	Calls []Call `json:"calls"`
	// State holds the exported fields after the last call.
	State json.RawMessage `json:"state"`
}

// Call is one step of a scenario: a method, its arguments, and what it
// gave.
type Call struct {
	// Method is the method's name.
	Method string `json:"method"`
	// Args are the method's parameters in order, leaving out those the
	// caller supplies (see Supplied).
	Args []json.RawMessage `json:"args"`
	// Results are the method's results in order: a result of type error
	// is its text or null, a func or chan result whether it is non-nil,
	// and a result with an `Error() error` method (PodSyncResult) the
	// object {"value": <its JSON>, "error": <text of Error()> | null}.
	// Results is null when the call panicked.
	Results []json.RawMessage `json:"results"`
	// Panic is the text of the panic that ended the call, or empty.
	Panic string `json:"panic,omitempty"`
	// Errorf holds the messages the fake reported to its T during the
	// call (the assertions of FakeRuntime), when its T accepts a
	// Recorder.
	Errorf []string `json:"errorf,omitempty"`
}
