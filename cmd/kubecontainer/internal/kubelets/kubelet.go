package kubelets

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/containerhash"
	"github.com/kubecontainer/kubecontainer/internal/expand"
)

// Supported describes the versions Parse accepts, for help and messages.
const Supported = "1.27 (the default) to 1.37"

// EnvVar is a variable of a container's environment: the type every
// line's EnvVar has underneath.
type EnvVar = struct {
	Name  string
	Value string
}

// A Kubelet is the rules of the kubelet minor version a command answers
// for.
type Kubelet struct {
	minor  int
	hashes containerhash.Kubelet
	// line is the library's line of this minor, or nil.
	line *line
}

// kubeletVersionSyntax is 1.MINOR or 1.MINOR.PATCH, with an optional "v"
// and no leading zeros.
var kubeletVersionSyntax = regexp.MustCompile(`^v?1\.(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,3}))?$`)

// Parse parses a --kubelet value: "1.27", "v1.27" or "1.27.16".
func Parse(s string) (Kubelet, error) {
	match := kubeletVersionSyntax.FindStringSubmatch(s)
	if match == nil {
		return Kubelet{}, fmt.Errorf("invalid kubelet version %q (want 1.MINOR or 1.MINOR.PATCH, e.g. 1.27 or v1.31.2; supported: %s)",
			s, Supported)
	}
	// At most three digits: Atoi cannot fail.
	minor, _ := strconv.Atoi(match[1])
	switch {
	case minor < containerhash.OldestMinor:
		return Kubelet{}, fmt.Errorf("kubelet version %q is not supported: this build answers for kubelets %s", s, Supported)
	case minor > containerhash.NewestMinor:
		return Kubelet{}, fmt.Errorf("kubelet version %q is unknown to this build: it answers for kubelets %s", s, Supported)
	}
	return New(minor)
}

// New returns the rules of kubelet v1.minor.
func New(minor int) (Kubelet, error) {
	hashes, err := containerhash.New(minor)
	if err != nil {
		return Kubelet{}, err
	}
	k := Kubelet{minor: minor, hashes: hashes}
	if l, ok := lines()[minor]; ok {
		k.line = &l
	}
	return k, nil
}

// Minor returns the minor version: 27 for kubelet v1.27.
func (k Kubelet) Minor() int { return k.minor }

// String names the kubelet: "kubelet v1.27".
func (k Kubelet) String() string { return fmt.Sprintf("kubelet v1.%d", k.minor) }

// HasLine reports whether the library has a line of this minor, whose
// functions the rules call.
func (k Kubelet) HasLine() bool { return k.line != nil }

// HasHashWithoutResources reports whether the kubelet computes the hash
// without resources (v1.27 to v1.30).
func (k Kubelet) HasHashWithoutResources() bool { return k.hashes.HasHashWithoutResources() }

// Hash returns the kubelet's hashes of c, computed by its line where the
// library has one, else by package containerhash. A container that sets
// fields the kubelet's API does not have is refused as containerhash
// refuses it.
func (k Kubelet) Hash(c *v1.Container) (containerhash.Hashes, error) {
	if k.line == nil {
		return k.hashes.Hash(c)
	}
	if k.hashes.HashesWholeContainer() {
		if newer := k.hashes.NewerFields(c); len(newer) > 0 {
			return containerhash.Hashes{}, &containerhash.NewerFieldsError{Minor: k.minor, Fields: newer}
		}
	}
	h := containerhash.Hashes{Hash: k.line.hash(c)}
	if k.line.hashWithoutResources != nil {
		h.WithoutResources, h.HasWithoutResources = k.line.hashWithoutResources(c), true
	}
	return h, nil
}

// Other returns the kubelet of the other hash algorithm, to tell users
// when a running container was hashed by it: v1.31 for the kubelets that
// hash the whole container, v1.27 for the others.
func (k Kubelet) Other() Kubelet {
	minor := containerhash.LastWholeContainerMinor + 1
	if !k.hashes.HashesWholeContainer() {
		minor = containerhash.OldestMinor
	}
	// Both minors are known: New cannot fail.
	other, _ := New(minor)
	return other
}

// ExpandCommandAndArgs returns c's command and args after the kubelet's
// $(VAR) expansion from env, through its line's
// ExpandContainerCommandAndArgs where the library has one. For a minor
// whose rule for a "$" before a non-ASCII character is not known, an
// expansion that the two rules would do differently is an error.
func (k Kubelet) ExpandCommandAndArgs(c *v1.Container, env []EnvVar) (command, args []string, err error) {
	if k.line != nil {
		command, args = k.line.expand(c, env)
		return command, args, nil
	}
	rules, known := expansionRules(k.minor)
	command, args = expand.ContainerCommandAndArgs(rules, c, env)
	if !known {
		other := expand.Options{WholeCharacters: !rules.WholeCharacters}
		otherCommand, otherArgs := expand.ContainerCommandAndArgs(other, c, env)
		if !reflect.DeepEqual(command, otherCommand) || !reflect.DeepEqual(args, otherArgs) {
			return nil, nil, fmt.Errorf("%s: %w", k, errUnknownExpansion)
		}
	}
	return command, args, nil
}

// ExpandValue returns value after the kubelet's expansion from env, as
// ExpandCommandAndArgs expands an argument.
func (k Kubelet) ExpandValue(value string, env []EnvVar) (string, error) {
	command, _, err := k.ExpandCommandAndArgs(&v1.Container{Command: []string{value}}, env)
	if err != nil {
		return "", err
	}
	return command[0], nil
}

// errUnknownExpansion says that the expansion of a minor without a line
// differs between the two rules and it is not known which the kubelet has.
var errUnknownExpansion = errors.New(`how it expands a "$" before a non-ASCII character is not known ` +
	`(the byte alone up to v1.32, the whole character from v1.35), and here the two differ`)

// expansionRules returns the expansion rules of a minor without a line of
// its own, and whether they are known. The golden data of the lines shows
// the v1.27 rule up to v1.32 and whole characters from v1.35; v1.33 and
// v1.34 are not pinned by any.
func expansionRules(minor int) (rules expand.Options, known bool) {
	switch {
	case minor <= 32:
		return expand.Options{}, true
	case minor >= 35:
		return expand.Options{WholeCharacters: true}, true
	}
	return expand.Options{}, false
}
