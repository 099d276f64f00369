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

// EnvVarEntries reads a line's env list.
type EnvVarEntries[E EnvVar] struct{}

// LastIndex returns the index of the last entry called name, or -1.
func (EnvVarEntries[E]) LastIndex(envs []E, name string) int {
	for i := len(envs) - 1; i >= 0; i-- {
		if envPair(envs[i]).Name == name {
			return i
		}
	}
	return -1
}

// Entry returns the entry's name and value.
func (EnvVarEntries[E]) Entry(e *E) (name, value string) {
	pair := envPair(*e)
	return pair.Name, pair.Value
}

// APIEnvVarEntries reads a container's env list, mapping each entry to its
// Value whatever its ValueFrom.
type APIEnvVarEntries struct{}

// LastIndex returns the index of the last entry called name, or -1.
func (APIEnvVarEntries) LastIndex(envs []v1.EnvVar, name string) int {
	for i := len(envs) - 1; i >= 0; i-- {
		if envs[i].Name == name {
			return i
		}
	}
	return -1
}

// Entry returns the entry's name and Value.
func (APIEnvVarEntries) Entry(e *v1.EnvVar) (name, value string) {
	return e.Name, e.Value
}
