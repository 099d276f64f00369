package main

import (
	"strings"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// fill appends lines made by next until there are count of them; next
// reports false for an input that did not round-trip (it is dropped).
func fill(lines []line, count int, next func() (line, bool)) []line {
	for len(lines) < count {
		if l, ok := next(); ok {
			lines = append(lines, l)
		}
	}
	return lines
}

func genHashFile(g *gen) []line {
	var lines []line
	for _, c := range realisticContainers() {
		raw, _ := stableJSON(c)
		lines = append(lines, line{}.addRaw("container", raw))
	}
	return fill(lines, g.n, func() (line, bool) {
		var c v1.Container
		switch {
		case g.chance(0.08):
			all := realisticContainers()
			c = all[g.intn(len(all))]
			mutate := g.randomContainer()
			switch g.intn(3) {
			case 0:
				c.Name = mutate.Name
			case 1:
				c.Image = mutate.Image
			default:
				c.Env = mutate.Env
			}
		default:
			c = g.randomContainer()
		}
		raw, ok := input(g, c)
		return line{}.addRaw("container", raw), ok
	})
}

// expansionTokens build command, args and subPathExpr strings.
var expansionTokens = []string{"$(A)", "$(B)", "$(C)", "$(UNDEF)", "$$", "$", "$(", ")", "$()", "$((A)", "$($(A)", "$é", "$(A", "$$(A)",
	"$(é)", "$(A B)", "text", "/", " ", "-", "é", "<&>", "\t", "$(POD_NAME)", "$$$", "$(LONG_NAME_1)", "x"}

func (g *gen) expansion() string {
	var b strings.Builder
	for i, n := 0, g.intn(6); i < n; i++ {
		b.WriteString(pick(g, expansionTokens...))
	}
	return b.String()
}

func (g *gen) expansionList() []string {
	switch g.intn(6) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	out := make([]string, 1+g.intn(4))
	for i := range out {
		out[i] = g.expansion()
	}
	return out
}

var envNames = []string{"A", "B", "C", "", "A B", "é", "$(A)", "POD_NAME", "LONG_NAME_1", "UNDEF2"}
var envValues = []string{"1", "", "$(B)", "$$", "value with spaces", "é", "<&>", "x/y", "$(A)", "\t", "v"}

// kcEnvs is null, empty, or a list of container.EnvVar with duplicates.
func (g *gen) kcEnvs() []kc.EnvVar {
	switch g.intn(7) {
	case 0:
		return nil
	case 1:
		return []kc.EnvVar{}
	}
	var out []kc.EnvVar
	for i, n := 0, 1+g.intn(5); i < n; i++ {
		out = append(out, kc.EnvVar{Name: pick(g, envNames...), Value: pick(g, envValues...)})
	}
	return out
}

func genExpandCommandFile(g *gen) []line {
	var lines []line
	for _, e := range realisticExpansions() {
		lines = append(lines, line{}.add("container", e.container).add("envs", e.envs))
	}
	return fill(lines, g.n, func() (line, bool) {
		c := v1.Container{Name: pick(g, realisticNames...), Command: g.expansionList(), Args: g.expansionList()}
		craw, ok1 := input(g, c)
		eraw, ok2 := input(g, g.kcEnvs())
		return line{}.addRaw("container", craw).addRaw("envs", eraw), ok1 && ok2
	})
}

// apiEnvs is null, empty, or a list of v1.EnvVar, some with valueFrom.
func (g *gen) apiEnvs() []v1.EnvVar {
	switch g.intn(7) {
	case 0:
		return nil
	case 1:
		return []v1.EnvVar{}
	}
	var out []v1.EnvVar
	for i, n := 0, 1+g.intn(5); i < n; i++ {
		e := v1.EnvVar{Name: pick(g, envNames...)}
		switch g.intn(4) {
		case 0:
			e.ValueFrom = &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "foo"}, Key: "bar"}}
		case 1:
			e.Value = pick(g, envValues...)
			e.ValueFrom = &v1.EnvVarSource{FieldRef: &v1.ObjectFieldSelector{FieldPath: "metadata.name"}}
		default:
			e.Value = pick(g, envValues...)
		}
		out = append(out, e)
	}
	return out
}

func genExpandStaticFile(g *gen) []line {
	var lines []line
	for _, e := range realisticStatic() {
		lines = append(lines, line{}.add("command", e.command).add("envs", e.envs))
	}
	return fill(lines, g.n/2, func() (line, bool) {
		craw, ok1 := input(g, g.expansionList())
		eraw, ok2 := input(g, g.apiEnvs())
		return line{}.addRaw("command", craw).addRaw("envs", eraw), ok1 && ok2
	})
}

func genExpandSubpathFile(g *gen) []line {
	var lines []line
	for _, e := range realisticSubpaths() {
		lines = append(lines, line{}.add("mount", e.mount).add("envs", e.envs))
	}
	return fill(lines, g.n/2, func() (line, bool) {
		m := v1.VolumeMount{Name: pick(g, "logs", "data"), MountPath: "/var/log", SubPathExpr: g.expansion()}
		if g.chance(0.2) {
			m.SubPath = "static"
		}
		mraw, ok1 := input(g, m)
		eraw, ok2 := input(g, g.kcEnvs())
		return line{}.addRaw("mount", mraw).addRaw("envs", eraw), ok1 && ok2
	})
}

func genPodsFile(g *gen) []line {
	var lines []line
	for _, p := range realisticPods() {
		raw, _ := stableJSON(p)
		lines = append(lines, line{}.addRaw("pod", raw))
	}
	return fill(lines, g.n/4, func() (line, bool) {
		raw, ok := input(g, g.portsPod())
		return line{}.addRaw("pod", raw), ok
	})
}

func (g *gen) restartLine() (line, bool) { return g.restartLineWith(false) }

// restartLineWith makes a restart.jsonl input; lean leaves out the active
// statuses (ShouldContainerBeRestarted does not read them) to keep the
// gate files small.
func (g *gen) restartLineWith(lean bool) (line, bool) {
	pod := g.restartPod(0.5, false)
	ps := g.podStatus(&pod)
	if lean {
		setField(&ps, "ActiveContainerStatuses", nil)
	}
	praw, ok1 := input(g, pod)
	sraw, ok2 := input(g, ps)
	return line{}.addRaw("pod", praw).addRaw("podStatus", sraw), ok1 && ok2
}

func genRestartFile(g *gen) []line { return fill(nil, g.n/2, g.restartLine) }
func genRestartGateFile(g *gen) []line {
	return fill(nil, g.n/4, func() (line, bool) { return g.restartLineWith(true) })
}

// Fixed parse edge cases come first (fullname at odd, containerid at even
// lines).
var fixedFullNames = []string{"", "a_b", "a_b_c", "_b", "a_", "_", "__", "name_ns", "é_ü", "a b_c\td"}
var fixedContainerIDs = []string{"", "://", "docker://abc", `"docker://abc"`, `""docker://abc""`, "docker://", "://abc", "docker://a://b",
	"no-separator", "containerd:/abc", "cri-o://\x01", "a\"b://c", "<&>://é", "\t://\t"}

var idPieces = []string{"://", "docker", "containerd", "abc123", "", ":", "/", `"`, "\t", "\x01", "<&>", "é", "cri-o", "a:b"}

func (g *gen) parseInput(pieces []string) string {
	var b strings.Builder
	for i, n := 0, g.intn(5); i < n; i++ {
		b.WriteString(pick(g, pieces...))
	}
	return b.String()
}

func genParseFile(g *gen) []line {
	var lines []line
	fullnames, ids := 0, 0
	for len(lines) < g.n/4 {
		if len(lines)%2 == 0 {
			in := g.parseInput([]string{"_", "a", "web-0", "", "é", "ns", "-", "__"})
			if fullnames < len(fixedFullNames) {
				in = fixedFullNames[fullnames]
			}
			fullnames++
			lines = append(lines, line{}.add("kind", "fullname").add("input", in))
			continue
		}
		in := g.parseInput(idPieces)
		if ids < len(fixedContainerIDs) {
			in = fixedContainerIDs[ids]
		}
		ids++
		lines = append(lines, line{}.add("kind", "containerid").add("input", in))
	}
	return lines
}
