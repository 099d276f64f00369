package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
)

const expandLong = `Print each container's command and args after the kubelet's $(VAR) expansion.

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
image's entrypoint or cmd applies), [] in JSON output. As for hash, rows are
written as they are computed, and an error leaves a JSON array open.

The expansion is that of the --kubelet version, done by the library's line
of that kubelet where there is one: up to v1.32 the byte after a lone "$" is
re-encoded as a character ("$é" becomes invalid UTF-8), from v1.35 the
whole character is kept. For v1.33 and v1.34, which no golden data pins, an
expansion that the two rules would do differently is refused.`

const expandExample = `  # How the kubelet will run each container of a pod
  kubecontainer expand -f examples/pod.yaml

  # The same as JSON
  kubecontainer expand -f examples/pod.yaml -o json`

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

// expandFormat is the expand command's table.
func expandFormat() rowFormat[expandRow] {
	return rowFormat[expandRow]{
		header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "COMMAND", "ARGS", "RUNTIME-ENV"},
		cells: func(r expandRow) []string {
			return []string{r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type,
				quoteList(r.Command), quoteList(r.Args), orDash(strings.Join(r.RuntimeEnv, ","))}
		},
	}
}

// newExpandCommand returns the expand command.
func newExpandCommand(s streams, code *int) *cobra.Command {
	var file, output string
	var flags manifestFlags
	cmd := &cobra.Command{
		Use:     "expand -f FILE [-o table|json] [--kubelet VERSION] [--no-defaults]",
		Short:   "Print commands and args after the kubelet's $(VAR) expansion",
		Long:    expandLong,
		Example: expandExample,
		Args:    noArgs,
		Run: func(*cobra.Command, []string) {
			*code = runExpand(s, file, output, &flags)
		},
	}
	fileFlag(cmd, &file)
	outputFlag(cmd, &output)
	flags.add(cmd)
	return cmd
}

// runExpand runs the expand command.
func runExpand(s streams, file, output string, flags *manifestFlags) int {
	k, opts, err := flags.options()
	if err := firstError(err, checkOutput(output), required("-f FILE", file)); err != nil {
		return s.fail(err)
	}
	convert := func(e manifest.Entry) (expandRow, error) { return newExpandRow(k, e) }
	if err := printRows(s, output, file, opts, convert, expandFormat()); err != nil {
		return s.fail(err)
	}
	return exitOK
}

// newExpandRow expands the command and args of e's container as k does.
func newExpandRow(k kubelets.Kubelet, e manifest.Entry) (expandRow, error) {
	env, runtimeEnv, err := staticEnv(k, e.Container)
	if err != nil {
		return expandRow{}, err
	}
	command, args, err := k.ExpandCommandAndArgs(e.Container, env)
	if err != nil {
		return expandRow{}, err
	}
	return expandRow{
		Kind:       e.Object.Kind,
		Namespace:  e.Object.Namespace,
		Name:       e.Object.Name,
		Container:  e.Container.Name,
		Type:       e.Type.String(),
		Command:    orEmpty(command),
		Args:       orEmpty(args),
		RuntimeEnv: runtimeEnv,
	}, nil
}

// orEmpty returns list, or an empty list for nil, which JSON writes as [].
func orEmpty(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

// staticEnv returns the variables of c's environment that the manifest
// decides, in order, and names the ones known only at run time. Each
// literal value is expanded as k does with the variables defined before
// it; a later entry of the same name replaces an earlier one, and a later
// valueFrom entry makes the variable a run-time one.
func staticEnv(k kubelets.Kubelet, c *v1.Container) (env []kubelets.EnvVar, runtimeEnv []string, err error) {
	runtimeEnv = []string{}
	for _, from := range c.EnvFrom {
		runtimeEnv = append(runtimeEnv, envFromText(from))
	}
	for _, e := range c.Env {
		if e.ValueFrom != nil {
			env = withoutVar(env, e.Name)
			runtimeEnv = append(runtimeEnv, e.Name)
			continue
		}
		// The value is expanded before it replaces the variable: it
		// may refer to the variable's earlier value.
		value, err := k.ExpandValue(e.Value, env)
		if err != nil {
			return nil, nil, fmt.Errorf("env %s: %w", e.Name, err)
		}
		env = append(withoutVar(env, e.Name), kubelets.EnvVar{Name: e.Name, Value: value})
	}
	return env, runtimeEnv, nil
}

// withoutVar returns env without the variables called name.
func withoutVar(env []kubelets.EnvVar, name string) []kubelets.EnvVar {
	out := env[:0]
	for _, e := range env {
		if e.Name != name {
			out = append(out, e)
		}
	}
	return out
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
