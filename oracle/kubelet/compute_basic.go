package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// Each compute function reads a line's inputs (the JSON exactly as stored)
// and returns its outputs, computed by upstream from the unmarshalled inputs.

func computeHash(in map[string]json.RawMessage) (line, error) {
	c, err := decode[v1.Container](in, "container")
	if err != nil {
		return nil, err
	}
	return append(line{}.add("hash", kc.HashContainer(&c)), hashExtras(&c)...), nil
}

func computeExpandCommand(in map[string]json.RawMessage) (line, error) {
	c, err := decode[v1.Container](in, "container")
	if err != nil {
		return nil, err
	}
	envs, err := decode[[]kc.EnvVar](in, "envs")
	if err != nil {
		return nil, err
	}
	command, args := kc.ExpandContainerCommandAndArgs(&c, envs)
	out := line{}.add("command", command).add("args", args)
	if raw := rawStrings(command); raw != nil {
		out = out.add("commandRaw", raw)
	}
	if raw := rawStrings(args); raw != nil {
		out = out.add("argsRaw", raw)
	}
	return out, nil
}

func computeExpandStatic(in map[string]json.RawMessage) (line, error) {
	command, err := decode[[]string](in, "command")
	if err != nil {
		return nil, err
	}
	envs, err := decode[[]v1.EnvVar](in, "envs")
	if err != nil {
		return nil, err
	}
	result := kc.ExpandContainerCommandOnlyStatic(command, envs)
	out := line{}.add("result", result)
	if raw := rawStrings(result); raw != nil {
		out = out.add("resultRaw", raw)
	}
	return out, nil
}

func computeExpandSubpath(in map[string]json.RawMessage) (line, error) {
	mount, err := decode[v1.VolumeMount](in, "mount")
	if err != nil {
		return nil, err
	}
	envs, err := decode[[]kc.EnvVar](in, "envs")
	if err != nil {
		return nil, err
	}
	result, rerr := kc.ExpandContainerVolumeMounts(mount, envs)
	out := line{}.add("result", result).add("error", errText(rerr))
	if !utf8.ValidString(result) {
		out = out.add("resultRaw", base64.StdEncoding.EncodeToString([]byte(result)))
	}
	return out, nil
}

func computeParse(in map[string]json.RawMessage) (line, error) {
	kind, err := decode[string](in, "kind")
	if err != nil {
		return nil, err
	}
	input, err := decode[string](in, "input")
	if err != nil {
		return nil, err
	}
	switch kind {
	case "fullname":
		name, namespace, perr := kc.ParsePodFullName(input)
		return line{}.add("name", name).add("namespace", namespace).add("error", errText(perr)), nil
	case "containerid":
		c := parseContainerID(input)
		js, jerr := c.MarshalJSON()
		if jerr != nil {
			return nil, fmt.Errorf("MarshalJSON: %w", jerr)
		}
		perr := (&kc.ContainerID{}).ParseString(input)
		return line{}.
			add("parsed", parsedID{c.Type, c.ID}).
			add("string", c.String()).
			add("json", string(js)).
			add("isEmpty", c.IsEmpty()).
			add("parseStringError", errText(perr)), nil
	}
	return nil, fmt.Errorf("unknown parse kind %q", kind)
}

// parsedID is the "parsed" value of a containerid line.
type parsedID struct {
	Type string
	ID   string
}

// errText is err.Error(), or "" for a nil error.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// rawStrings gives the base64 of every element when some element is not
// valid UTF-8 (encoding/json would replace its bad bytes), else nil.
func rawStrings(s []string) []string {
	bad := false
	for _, e := range s {
		if !utf8.ValidString(e) {
			bad = true
		}
	}
	if !bad {
		return nil
	}
	out := make([]string, len(s))
	for i, e := range s {
		out[i] = base64.StdEncoding.EncodeToString([]byte(e))
	}
	return out
}
