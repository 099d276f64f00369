package main

import (
	"encoding/json"
	"math/rand"
	"strings"
	"time"
)

// gen holds the random source of one generation run.
type gen struct {
	r *rand.Rand
	n int
	// unstable counts random inputs dropped because they did not survive a
	// second marshal/unmarshal byte for byte.
	unstable int
	// panicky counts random inputs dropped because upstream panics on
	// them.
	panicky int
}

// input marshals v as a line input and reports whether it is byte-stable
// under a second unmarshal/marshal.
func input[T any](g *gen, v T) (json.RawMessage, bool) {
	raw, ok := stableJSON(v)
	if !ok {
		g.unstable++
	}
	return raw, ok
}

func (g *gen) intn(n int) int         { return g.r.Intn(n) }
func (g *gen) chance(p float64) bool  { return g.r.Float64() < p }
func pick[T any](g *gen, list ...T) T { return list[g.r.Intn(len(list))] }

// weirdPieces are fragments that stress string escaping and encoding.
var weirdPieces = []string{
	"<", ">", "&", `"`, `\`, "\t", "\n", "\r", "\u2028", "\u2029", "\x7f", "\x01", "\x00", "\x1f",
	"é", "日本", "😀", "\u00a0", "\xff", "\xc3", "a", "b", "nginx", ":", "/", "@sha256:", " ", "%s", "'",
}

// weird returns a random string of weirdPieces, sometimes empty.
func (g *gen) weird() string {
	if g.chance(0.08) {
		return ""
	}
	var b strings.Builder
	for i, n := 0, 1+g.intn(6); i < n; i++ {
		b.WriteString(pick(g, weirdPieces...))
	}
	return b.String()
}

var realisticNames = []string{"nginx", "app", "sidecar", "init", "redis", "db", "c1", "c", "web", "istio-proxy", "log-shipper", "x"}
var realisticImages = []string{"nginx:1.25", "nginx", "busybox:1.36", "busybox", "redis:7", "registry.k8s.io/pause:3.9",
	"ghcr.io/o/app@sha256:0123abcd", "foo/image:v1", "docker.io/library/nginx:latest", "quay.io/prometheus/node-exporter:v1.7.0", ""}

// nameOrWeird returns a realistic name, a weird string or a lower-case
// random identifier.
func (g *gen) nameOrWeird(pool []string) string {
	switch g.intn(6) {
	case 0, 1:
		return g.weird()
	case 2:
		return g.ident()
	}
	return pick(g, pool...)
}

// ident is a random lower-case identifier.
func (g *gen) ident() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789-"
	b := make([]byte, 1+g.intn(12))
	for i := range b {
		b[i] = letters[g.intn(len(letters))]
	}
	return string(b)
}

// hex returns n random hexadecimal digits.
func (g *gen) hex(n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.intn(16)]
	}
	return string(b)
}

var (
	baseInstant = time.Date(2023, 4, 11, 10, 0, 0, 0, time.UTC)
	zonePlusOne = time.FixedZone("", 3600)
	zoneIndia   = time.FixedZone("", -5*3600-30*60)
)

// instant returns one of `count` instants `step` apart from baseInstant,
// sometimes with nanoseconds, sometimes in another zone, sometimes zero.
func (g *gen) instant(count int, step time.Duration) time.Time {
	if g.chance(0.06) {
		return time.Time{}
	}
	t := baseInstant.Add(time.Duration(g.intn(count)) * step)
	if g.intn(5) == 0 {
		t = t.Add(pick(g, time.Duration(1), 500, 999999999, -1))
	}
	switch g.intn(5) {
	case 0:
		t = t.In(zonePlusOne)
	case 1:
		t = t.In(zoneIndia)
	}
	return t
}
