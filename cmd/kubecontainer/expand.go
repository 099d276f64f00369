package main

import (
	"io"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/expand"
)

const expandHelp = `Print each container's command and args after the kubelet's $(VAR) expansion.

Usage:
  kubecontainer expand -f FILE [-o table|json] [--no-defaults]

The kubelet replaces $(VAR) in a container's command and args with the value
of the environment variable VAR; $$ stands for a literal $, and a reference
to an undefined variable stays as written. Here the environment is what the
manifest alone decides: the env entries with a literal value, each value
first expanded with the entries before it, as the kubelet does.

Variables whose value is known only at run time are listed under
RUNTIME-ENV and their references stay as written: env entries with valueFrom
(secrets, config maps, pod fields, resources) and everything envFrom brings
in (shown as PREFIX*=configMap/NAME or PREFIX*=secret/NAME). The service
variables the kubelet adds (enableServiceLinks) are not known here either.

COMMAND and ARGS are JSON arrays; "-" means the container sets none (the
image's entrypoint or cmd applies), [] in JSON output. As for hash, -o json
rows are written as they are computed, and an error leaves the array open.

Examples:
  # How the kubelet will run each container of a pod
  kubecontainer expand -f examples/pod.yaml

  # The same as JSON
  kubecontainer expand -f examples/pod.yaml -o json
`

// expandRow is one line of the expand command's output.
type expandRow struct {
	Kind       string   `json:"kind"`
	Namespace  string   `json:"namespace"`
	Name       string   `json:"name"`
	Container  string   `json:"container"`
	Type       string   `json:"type"`
	Command    []string `json:"command"`
	Args       []string `json:"args"`
	RuntimeEnv []string `json:"runtimeEnv"`
}

// runExpand runs the expand command.
func runExpand(args []string, s streams) int {
	c := newCommand("expand", expandHelp, s)
	file := c.fileFlag()
	output := c.outputFlag()
	manifest := c.manifestFlags()
	if _, code, done := c.parse(args, 0); done {
		return code
	}
	opts, err := manifest.loadOptions()
	if err := firstError(err, checkOutput(*output), required("-f FILE", *file)); err != nil {
		return s.fail(err)
	}
	if err := printRows(s, *output, *file, opts, newExpandRow, writeExpandTable); err != nil {
		return s.fail(err)
	}
	return exitOK
}

// newExpandRow expands the command and args of e's container.
func newExpandRow(e entry) expandRow {
	env, runtimeEnv := staticEnv(e.Container)
	return expandRow{
		Kind:       e.Object.Kind,
		Namespace:  e.Object.Namespace,
		Name:       e.Object.Name,
		Container:  e.Container.Name,
		Type:       e.Type.String(),
		Command:    expandAll(e.Container.Command, env),
		Args:       expandAll(e.Container.Args, env),
		RuntimeEnv: runtimeEnv,
	}
}

// expandAll returns each of list expanded with env, as the kubelet expands
// a container's command and args; an empty list gives an empty one.
func expandAll(list []string, env map[string]string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = expand.Expand(s, lookupIn(env))
	}
	return out
}

// lookupIn returns the expansion lookup of env.
func lookupIn(env map[string]string) expand.Lookup {
	return func(name string) (string, bool) {
		value, ok := env[name]
		return value, ok
	}
}

// staticEnv returns the variables of c's environment that the manifest
// decides, and names the ones known only at run time. Each literal value is
// expanded with the variables defined before it; a later entry of the same
// name replaces an earlier one, and a later valueFrom entry makes the
// variable a run-time one.
func staticEnv(c *v1.Container) (env map[string]string, runtimeEnv []string) {
	env = make(map[string]string, len(c.Env))
	runtimeEnv = []string{}
	for _, from := range c.EnvFrom {
		runtimeEnv = append(runtimeEnv, envFromText(from))
	}
	for _, e := range c.Env {
		if e.ValueFrom != nil {
			delete(env, e.Name)
			runtimeEnv = append(runtimeEnv, e.Name)
			continue
		}
		env[e.Name] = expand.Expand(e.Value, lookupIn(env))
	}
	return env, runtimeEnv
}

// envFromText describes an envFrom source: PREFIX*=configMap/NAME.
func envFromText(from v1.EnvFromSource) string {
	source := "unknown"
	switch {
	case from.ConfigMapRef != nil:
		source = "configMap/" + from.ConfigMapRef.Name
	case from.SecretRef != nil:
		source = "secret/" + from.SecretRef.Name
	}
	return from.Prefix + "*=" + source
}

// writeExpandTable writes rows as a table.
func writeExpandTable(w io.Writer, rows []expandRow) error {
	t := table{header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "COMMAND", "ARGS", "RUNTIME-ENV"}}
	for _, r := range rows {
		t.add(r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type,
			quoteList(r.Command), quoteList(r.Args), orDash(strings.Join(r.RuntimeEnv, ",")))
	}
	return t.write(w)
}
