package expand

import (
	"encoding/json"
	"fmt"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/golden"
)

// benchEnvVar stands for a line's EnvVar.
type benchEnvVar struct {
	Name  string
	Value string
}

// lookupInput is one ContainerCommandAndArgs call.
type lookupInput struct {
	Container v1.Container  `json:"container"`
	Envs      []benchEnvVar `json:"envs"`
}

// lookupSink keeps the expansions of BenchmarkEnvLookup alive.
var lookupSink string

// expandContainer expands the container's command and arguments with
// lookup, as ContainerCommandAndArgs does, into lookupSink.
func expandContainer(in *lookupInput, lookup Lookup) {
	for _, s := range in.Container.Command {
		lookupSink = Expand(s, lookup)
	}
	for _, s := range in.Container.Args {
		lookupSink = Expand(s, lookup)
	}
}

// lookupStrategies are the ways of answering the lookups of one
// ContainerCommandAndArgs call from its env list that BenchmarkEnvLookup
// compares: ours (envValues: maxScans backward scans, then a map), the
// form it replaced (backward scans until they have visited four times the
// list's length plus 256 entries, then a map), a backward scan alone, a
// map built at once, and a map built at the first lookup. Each makes its
// lookup inside the call, as production code does, so that escape
// analysis treats them alike.
func lookupStrategies() []struct {
	name   string
	expand func(in *lookupInput)
} {
	return []struct {
		name   string
		expand func(in *lookupInput)
	}{
		{name: "ours", expand: func(in *lookupInput) {
			values := envValues[benchEnvVar, lineEnvVars[benchEnvVar]]{entries: in.Envs}
			expandContainer(in, values.Lookup)
		}},
		{name: "scan-budget", expand: expandScanBudget},
		{name: "scan", expand: func(in *lookupInput) {
			envs := in.Envs
			expandContainer(in, func(name string) (string, bool) {
				for i := len(envs) - 1; i >= 0; i-- {
					if envs[i].Name == name {
						return envs[i].Value, true
					}
				}
				return "", false
			})
		}},
		{name: "map", expand: func(in *lookupInput) {
			byName := make(map[string]string, len(in.Envs))
			for _, e := range in.Envs {
				byName[e.Name] = e.Value
			}
			expandContainer(in, func(name string) (string, bool) {
				value, ok := byName[name]
				return value, ok
			})
		}},
		{name: "lazy-map", expand: func(in *lookupInput) {
			envs := in.Envs
			var byName map[string]string
			expandContainer(in, func(name string) (string, bool) {
				if byName == nil {
					byName = make(map[string]string, len(envs))
					for _, e := range envs {
						byName[e.Name] = e.Value
					}
				}
				value, ok := byName[name]
				return value, ok
			})
		}},
	}
}

// expandScanBudget expands in with the lookup envValues had before:
// backward scans until they have visited 4*len(envs)+256 entries in all,
// then a map.
func expandScanBudget(in *lookupInput) {
	envs := in.Envs
	budget := 4*len(envs) + 256
	var byName map[string]string
	expandContainer(in, func(name string) (string, bool) {
		if byName != nil {
			value, ok := byName[name]
			return value, ok
		}
		i := len(envs) - 1
		for i >= 0 && envs[i].Name != name {
			i--
		}
		visited := len(envs) - i
		if i < 0 { // a scan that finds nothing visits every entry
			visited = len(envs)
		}
		if budget -= visited; budget < 0 {
			byName = make(map[string]string, len(envs))
			for _, e := range envs {
				byName[e.Name] = e.Value
			}
		}
		if i < 0 {
			return "", false
		}
		return envs[i].Value, true
	})
}

// lookupInputSet is a named list of calls.
type lookupInputSet struct {
	name   string
	inputs []lookupInput
}

// lookupInputSets returns the inputs of BenchmarkEnvLookup: the first 200
// calls of the v1.27 golden expand_command.jsonl (fewer than 10 env
// entries, up to 19 references), and generated calls with longer lists.
func lookupInputSets(b *testing.B) []lookupInputSet {
	var goldenInputs []lookupInput
	for _, line := range golden.Read(b, "../../container/testdata", "expand_command.jsonl")[:200] {
		var in lookupInput
		if err := json.Unmarshal(line.Data, &in); err != nil {
			b.Fatalf("%s: %v", line.Where, err)
		}
		goldenInputs = append(goldenInputs, in)
	}
	sets := []lookupInputSet{{name: "golden200", inputs: goldenInputs}}
	for _, size := range []struct{ envs, refs int }{{8, 4}, {64, 4}, {512, 4}, {512, 64}, {4096, 256}} {
		in := lookupInput{Envs: make([]benchEnvVar, size.envs)}
		for i := range in.Envs {
			in.Envs[i] = benchEnvVar{Name: fmt.Sprintf("SERVICE_%d_PORT", i), Value: fmt.Sprint(i)}
		}
		for i := 0; i < size.refs; i++ {
			in.Container.Args = append(in.Container.Args, fmt.Sprintf("--port=$(SERVICE_%d_PORT)", i*7919%size.envs))
		}
		sets = append(sets, lookupInputSet{name: fmt.Sprintf("%denvs-%drefs", size.envs, size.refs), inputs: []lookupInput{in}})
	}
	return sets
}

// BenchmarkEnvLookup compares the lookups an expansion can use, each on
// the whole work of ContainerCommandAndArgs but the result slices: make
// the lookup, expand the command and the arguments.
func BenchmarkEnvLookup(b *testing.B) {
	for _, set := range lookupInputSets(b) {
		for _, strategy := range lookupStrategies() {
			inputs, expand := set.inputs, strategy.expand
			b.Run("input="+set.name+"/impl="+strategy.name, func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					expand(&inputs[i%len(inputs)])
				}
			})
		}
	}
}
