package container

import (
	"reflect"
	"testing"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// expansions are this line's expansions, for the checks both lines share.
var expansions = helpercheck.Expansions[EnvVar]{
	CommandAndArgs:    ExpandContainerCommandAndArgs,
	CommandOnlyStatic: ExpandContainerCommandOnlyStatic,
	VolumeMounts:      ExpandContainerVolumeMounts,
}

func TestExpandContainerCommandAndArgsGolden(t *testing.T) {
	helpercheck.Walk(t, "expand_command.jsonl", readGolden(t, "expand_command.jsonl"), expansions.CheckCommand)
}

func TestExpandContainerCommandOnlyStaticGolden(t *testing.T) {
	helpercheck.Walk(t, "expand_static.jsonl", readGolden(t, "expand_static.jsonl"), expansions.CheckStatic)
}

func TestExpandContainerVolumeMountsGolden(t *testing.T) {
	helpercheck.Walk(t, "expand_subpath.jsonl", readGolden(t, "expand_subpath.jsonl"), expansions.CheckSubpath)
}

func TestExpandContainerCommandAndArgs(t *testing.T) {
	envs := []EnvVar{
		{Name: "A", Value: "first"},
		{Name: "B", Value: "b"},
		{Name: "", Value: "empty-name"},
		{Name: "$(A", Value: "dollar-paren-A"},
		{Name: "(A", Value: "paren-A"},
		{Name: "V", Value: "$(B)"},
		{Name: "E", Value: ""},
		{Name: "A", Value: "a"}, // the last duplicate wins
	}
	tests := []struct {
		name, in, want string
	}{
		{"plain", "/bin/sh", "/bin/sh"},
		{"reference", "--x=$(A)", "--x=a"},
		{"undefined reference", "$(UNDEFINED)", "$(UNDEFINED)"},
		{"empty value", "[$(E)]", "[]"},
		{"escaped reference", "$$(A)", "$(A)"},
		{"name up to first paren", "$($(A)", "dollar-paren-A"},
		{"empty name", "$()", "empty-name"},
		{"name with opening paren", "$((A)", "paren-A"},
		{"unterminated", "$(A", "$(A"},
		{"unterminated then reference-like", "x$(A$(B", "x$(A$(B"},
		{"lone dollar", "$", "$"},
		{"trailing dollar", "5$", "5$"},
		{"dollar before ASCII", "$A$1", "$A$1"},
		{"dollar before non-ASCII", "$é", "$\xc3\x83\xa9"},
		{"value not expanded again", "$(V)", "$(B)"},
	}
	for _, tt := range tests {
		tt := tt
		t.Run(tt.name, func(t *testing.T) {
			container := &v1.Container{Command: []string{tt.in}, Args: []string{"-", tt.in}}
			command, args := ExpandContainerCommandAndArgs(container, envs)
			if len(command) != 1 || command[0] != tt.want {
				t.Errorf("command = %q, want [%q]", command, tt.want)
			}
			if len(args) != 2 || args[0] != "-" || args[1] != tt.want {
				t.Errorf("args = %q, want [\"-\" %q]", args, tt.want)
			}
		})
	}
}

func TestExpandContainerCommandAndArgsNil(t *testing.T) {
	envs := []EnvVar{{Name: "A", Value: "a"}}
	tests := []struct {
		name      string
		container *v1.Container
		nilCmd    bool
		nilArgs   bool
	}{
		{"nil container", nil, true, true},
		{"no command or args", &v1.Container{}, true, true},
		{"empty lists", &v1.Container{Command: []string{}, Args: []string{}}, true, true},
		{"command only", &v1.Container{Command: []string{"$(A)"}}, false, true},
		{"args only", &v1.Container{Args: []string{""}}, true, false},
	}
	for _, tt := range tests {
		command, args := ExpandContainerCommandAndArgs(tt.container, envs)
		if (command == nil) != tt.nilCmd || (args == nil) != tt.nilArgs {
			t.Errorf("%s: got command %#v, args %#v", tt.name, command, args)
		}
	}
}

func TestExpandContainerCommandAndArgsDoesNotModifyInput(t *testing.T) {
	container := &v1.Container{Command: []string{"$(A)"}, Args: []string{"plain"}}
	command, args := ExpandContainerCommandAndArgs(container, []EnvVar{{Name: "A", Value: "a"}})
	if container.Command[0] != "$(A)" || command[0] != "a" {
		t.Errorf("command: container has %q, result %q", container.Command, command)
	}
	args[0] = "changed"
	if container.Args[0] != "plain" {
		t.Errorf("the result shares its backing array with container.Args")
	}
}

func TestExpandContainerCommandOnlyStatic(t *testing.T) {
	secret := &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{Key: "k"}}
	envs := []v1.EnvVar{
		{Name: "A", Value: "a"},
		{Name: "SECRET", ValueFrom: secret},
		{Name: "BOTH", Value: "static", ValueFrom: secret},
		{Name: "DUP", Value: "first"},
		{Name: "DUP", Value: "last"},
		{Name: "LATE", Value: "value"},
		{Name: "LATE", ValueFrom: secret}, // the last one wins, even without Value
	}
	tests := []struct {
		command []string
		want    []string
	}{
		{nil, nil},
		{[]string{}, nil},
		{[]string{""}, []string{""}},
		{[]string{"$(A)", "$(SECRET)", "$(BOTH)", "$(DUP)", "$(LATE)", "$(NONE)", "$$(A)"},
			[]string{"a", "", "static", "last", "", "$(NONE)", "$(A)"}},
	}
	for _, tt := range tests {
		got := ExpandContainerCommandOnlyStatic(tt.command, envs)
		if (got == nil) != (tt.want == nil) || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ExpandContainerCommandOnlyStatic(%#v) = %#v, want %#v", tt.command, got, tt.want)
		}
	}
}

func TestExpandContainerVolumeMounts(t *testing.T) {
	envs := []EnvVar{
		{Name: "POD", Value: "web-0"},
		{Name: "NS", Value: "prod"},
		{Name: "EMPTY", Value: ""},
		{Name: "LATE", Value: "set"},
		{Name: "LATE", Value: ""}, // the last one wins: missing
		{Name: "", Value: ""},
	}
	tests := []struct {
		expr, want, err string
	}{
		{"", "", ""},
		{"plain/path", "plain/path", ""},
		{"$(NS)/$(POD)", "prod/web-0", ""},
		{"$$(NS)/$(POD)", "$(NS)/web-0", ""},
		{"$(NS", "$(NS", ""},
		{"$é", "$\xc3\x83\xa9", ""},
		{"$(NONE)", "", "missing value for NONE"},
		{"$(EMPTY)", "", "missing value for EMPTY"},
		{"$(LATE)", "", "missing value for LATE"},
		{"$(B)/$(A)/$(B)/$(POD)", "", "missing value for A, B"},
		{"$()/$(a)/$(B)", "", "missing value for , B, a"},
	}
	for _, tt := range tests {
		got, err := ExpandContainerVolumeMounts(v1.VolumeMount{Name: "v", SubPathExpr: tt.expr}, envs)
		errText := ""
		if err != nil {
			errText = err.Error()
		}
		if got != tt.want || errText != tt.err {
			t.Errorf("ExpandContainerVolumeMounts(%q) = %q, %q; want %q, %q", tt.expr, got, errText, tt.want, tt.err)
		}
	}
}

func TestExpandContainerCommandAndArgsAllocations(t *testing.T) {
	container := &v1.Container{
		Command: []string{"/usr/local/bin/etcd", "--data-dir=/var/lib/etcd"},
		Args:    []string{"--listen-client-urls=https://0.0.0.0:2379", "--name=$(POD_NAME)"},
	}
	envs := []EnvVar{{Name: "POD_NAME", Value: "etcd-0"}, {Name: "POD_IP", Value: "10.0.0.1"}}
	// One array for both lists, one string for the one changed element.
	allocs := testing.AllocsPerRun(100, func() {
		ExpandContainerCommandAndArgs(container, envs)
	})
	if allocs != 2 {
		t.Errorf("ExpandContainerCommandAndArgs allocates %v times per call, want 2", allocs)
	}
}
