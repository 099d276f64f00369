package main

import "encoding/json"

// A fileSpec says how one golden file is made and checked.
type fileSpec struct {
	name string
	// inputs are the keys a line's inputs may have; every other key is an
	// output that compute recomputes.
	inputs []string
	// kindInputs, for files whose lines have a "kind", gives the input keys
	// of each kind (besides "kind").
	kindInputs map[string][]string
	// extras are output keys that compute may add and that older sets
	// (the public ones) do not have.
	extras  []string
	compute func(map[string]json.RawMessage) (line, error)
	// gates are set while the file is computed (nil: the minor's
	// defaults).
	gates map[string]bool
	// generate returns the file's input lines.
	generate func(g *gen) []line
}

// A gateVariant is a restart file computed with some gates off their
// defaults, one per setting a line offers as an option.
type gateVariant struct {
	file  string
	gates map[string]bool
}

// inputKeys gives the input keys of a stored line.
func (s fileSpec) inputKeys(stored map[string]json.RawMessage) []string {
	if s.kindInputs == nil {
		return s.inputs
	}
	var kind string
	_ = json.Unmarshal(stored["kind"], &kind)
	return append([]string{"kind"}, s.kindInputs[kind]...)
}

// specs lists every golden file of the minor in the order it is written:
// the function files, then one restart file per gate variant.
func specs() []fileSpec {
	misc := map[string][]string{
		"sandboxstate":  {"state"},
		"syncresult":    {"syncResults", "syncError"},
		"runtimestatus": runtimeStatusInputs,
		"sortstatus":    {"statuses"},
		"runningpod":    {"runtimeName", "podStatus"},
		"podstatus":     {"pod", "podStatus", "apiPodStatus"},
		"backoff":       {"err"},
	}
	out := []fileSpec{
		{name: "hash.jsonl", inputs: []string{"container"}, compute: computeHash, generate: genHashFile},
		{name: "expand_command.jsonl", inputs: []string{"container", "envs"}, extras: []string{"commandRaw", "argsRaw"}, compute: computeExpandCommand, generate: genExpandCommandFile},
		{name: "expand_static.jsonl", inputs: []string{"command", "envs"}, extras: []string{"resultRaw"}, compute: computeExpandStatic, generate: genExpandStaticFile},
		{name: "expand_subpath.jsonl", inputs: []string{"mount", "envs"}, extras: []string{"resultRaw"}, compute: computeExpandSubpath, generate: genExpandSubpathFile},
		{name: "pods.jsonl", inputs: []string{"pod"}, extras: []string{"buildFullName"}, compute: computePods, generate: genPodsFile},
		{name: "restart.jsonl", inputs: []string{"pod", "podStatus"}, compute: computeRestart, generate: genRestartFile},
		{name: "parse.jsonl", kindInputs: map[string][]string{"fullname": {"input"}, "containerid": {"input"}}, compute: computeParse, generate: genParseFile},
		{name: "misc.jsonl", kindInputs: misc, compute: computeMisc, generate: genMiscFile},
	}
	for _, v := range restartVariants {
		out = append(out, fileSpec{name: v.file, inputs: []string{"pod", "podStatus"}, compute: computeRestart, gates: v.gates, generate: genRestartGateFile})
	}
	return out
}
