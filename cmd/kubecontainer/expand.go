package main

import (
	"fmt"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/container"
)

const expandHelp = `Print each container's command and args after the kubelet's $(VAR) expansion.

Usage:
  kubecontainer expand -f FILE [-o table|json]

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
image's entrypoint or cmd applies).

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
	if _, code, done := c.parse(args, 0); done {
		return code
	}
	if err := firstError(checkOutput(*output), required("-f FILE", *file)); err != nil {
		return s.fail(err)
	}
	entries, err := s.load(*file)
	if err != nil {
		return s.fail(err)
	}
	rows := make([]expandRow, 0, len(entries))
	for _, e := range entries {
		envs, runtimeEnv := staticEnv(e.Container)
		command, args := container.ExpandContainerCommandAndArgs(e.Container, envs)
		rows = append(rows, expandRow{
			Kind:       e.Object.Kind,
			Namespace:  e.Object.Namespace,
			Name:       e.Object.Name,
			Container:  e.Container.Name,
			Type:       string(e.Type),
			Command:    command,
			Args:       args,
			RuntimeEnv: runtimeEnv,
		})
	}
	if err := writeExpandRows(s, *output, rows); err != nil {
		return s.fail(fmt.Errorf("writing output: %w", err))
	}
	return exitOK
}

// staticEnv returns the variables of c's environment that the manifest
// decides, in the kubelet's order, and names the ones known only at run
// time. A literal value is expanded with the variables defined before it; a
// later valueFrom entry of the same name makes the variable a run-time one.
func staticEnv(c *v1.Container) (envs []container.EnvVar, runtimeEnv []string) {
	runtimeEnv = []string{}
	for _, from := range c.EnvFrom {
		runtimeEnv = append(runtimeEnv, envFromText(from))
	}
	for _, e := range c.Env {
		if e.ValueFrom != nil {
			envs = withoutVar(envs, e.Name)
			runtimeEnv = append(runtimeEnv, e.Name)
			continue
		}
		value := e.Value
		if value != "" {
			expanded, _ := container.ExpandContainerCommandAndArgs(&v1.Container{Command: []string{value}}, envs)
			value = expanded[0]
		}
		envs = append(envs, container.EnvVar{Name: e.Name, Value: value})
	}
	return envs, runtimeEnv
}

// withoutVar returns envs without the entries named name.
func withoutVar(envs []container.EnvVar, name string) []container.EnvVar {
	kept := envs[:0]
	for _, e := range envs {
		if e.Name != name {
			kept = append(kept, e)
		}
	}
	return kept
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

// writeExpandRows writes rows in the output format.
func writeExpandRows(s streams, output string, rows []expandRow) error {
	if output == outputJSON {
		return writeJSON(s.out, rows)
	}
	t := table{header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "COMMAND", "ARGS", "RUNTIME-ENV"}}
	for _, r := range rows {
		t.add(r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type,
			quoteList(r.Command), quoteList(r.Args), orDash(strings.Join(r.RuntimeEnv, ",")))
	}
	return t.write(s.out)
}
