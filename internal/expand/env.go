package expand

import (
	v1 "k8s.io/api/core/v1"
)

// EnvVar is satisfied by every kubelet line's EnvVar: a struct of exactly
// a Name and a Value.
type EnvVar interface {
	~struct {
		Name  string
		Value string
	}
}

// envPair is the struct type every EnvVar has underneath.
type envPair = struct {
	Name  string
	Value string
}

// envReader tells envValues how to read an env list whose entries have
// type E. Implementations are empty structs, so that calling them costs a
// method call per lookup, not a closure call per entry.
type envReader[E any] interface {
	// lastIndex returns the index of the last entry called name, or -1.
	// It is the hot loop, so it is a plain typed loop rather than calls
	// of nameValue.
	lastIndex(envs []E, name string) int
	// nameValue returns an entry's name and value.
	nameValue(e *E) (name, value string)
}

// lineEnvVars reads a line's []EnvVar.
type lineEnvVars[E EnvVar] struct{}

func (lineEnvVars[E]) lastIndex(envs []E, name string) int {
	for i := len(envs) - 1; i >= 0; i-- {
		if envPair(envs[i]).Name == name {
			return i
		}
	}
	return -1
}

func (lineEnvVars[E]) nameValue(e *E) (name, value string) {
	pair := envPair(*e)
	return pair.Name, pair.Value
}

// apiEnvVars reads a container's []v1.EnvVar, taking each entry's Value
// whatever its ValueFrom.
type apiEnvVars struct{}

func (apiEnvVars) lastIndex(envs []v1.EnvVar, name string) int {
	for i := len(envs) - 1; i >= 0; i-- {
		if envs[i].Name == name {
			return i
		}
	}
	return -1
}

func (apiEnvVars) nameValue(e *v1.EnvVar) (name, value string) {
	return e.Name, e.Value
}
