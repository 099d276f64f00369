package main

import (
	"fmt"
	"strings"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

const diffHelp = `Compare two manifests container by container: which would the kubelet restart?

Usage:
  kubecontainer diff OLD NEW [-o table|json] [--kubelet VERSION] [--no-defaults] [--in-place-resize]

Containers are matched by object kind, namespace and name, container type
(init, regular, ephemeral) and container name. Each gets a status:

  unchanged       same hash: the kubelet keeps the container running
  restart         the hash differs: the kubelet restarts the container
  resources-only  the hash differs but the hash without resources is equal:
                  only resources changed. Kubelets v1.27 to v1.30 resize such
                  a container in place when the InPlacePodVerticalScaling
                  feature gate is on (alpha in v1.27, off by default) and
                  restart it otherwise; --in-place-resize says it is on.
  added, removed  the container is in one manifest only: the pod changes

FIELDS lists the JSON paths of the container fields that differ (image,
env[0].value, resources.limits.cpu, ...). With --kubelet 1.31 or later only
name and image are hashed: a container whose other fields differ is still
unchanged for the kubelet, and FIELDS still lists them.

The hashes are of the pods the kubelet receives, after the v1.27 API
server's defaulting, unless --no-defaults (see "kubecontainer hash --help",
which also says what each --kubelet version does). For controllers (Deployment,
StatefulSet, ...) any change to the pod template rolls out new pods whatever
the hashes say; the statuses tell what the kubelet would do to a pod updated
in place.

Exit status: 0 when no container would restart, 1 when one would (restart,
added, removed, or resources-only without --in-place-resize), 2 on bad input.

Examples:
  # What would change between two versions of a pod
  kubecontainer diff examples/pod.yaml examples/pod-after.yaml

  # Compare the live object with a local edit
  kubectl get pod web -o yaml | kubecontainer diff - pod.yaml
`

// Statuses of diff and verdicts of check.
const (
	statusUnchanged     = "unchanged"
	statusRestart       = "restart"
	statusResourcesOnly = "resources-only"
	statusAdded         = "added"
	statusRemoved       = "removed"
)

// diffRow is one line of the diff command's output.
type diffRow struct {
	Kind      string   `json:"kind"`
	Namespace string   `json:"namespace"`
	Name      string   `json:"name"`
	Container string   `json:"container"`
	Type      string   `json:"type"`
	Status    string   `json:"status"`
	OldHash   string   `json:"oldHash,omitempty"`
	NewHash   string   `json:"newHash,omitempty"`
	Fields    []string `json:"fields"`
}

// runDiff runs the diff command.
func runDiff(args []string, s streams) int {
	c := newCommand("diff", diffHelp, s)
	output := c.outputFlag()
	manifest := c.manifestFlags()
	inPlaceResize := c.flags.Bool("in-place-resize", false,
		"Count resources-only changes as no restart: the kubelet resizes in place (InPlacePodVerticalScaling on)")
	files, code, done := c.parse(args, 2)
	if done {
		return code
	}
	opts, err := manifest.loadOptions()
	if err := firstError(err, checkOutput(*output), oneStdin("OLD", files[0], "NEW", files[1])); err != nil {
		return s.fail(err)
	}
	algorithm := opts.decode.Kubelet.Algorithm
	oldEntries, err := loadKeyed(s, files[0], opts)
	if err != nil {
		return s.fail(err)
	}
	newEntries, err := loadKeyed(s, files[1], opts)
	if err != nil {
		return s.fail(err)
	}
	rows, err := diffEntries(algorithm, oldEntries, newEntries)
	if err != nil {
		return s.fail(err)
	}
	if err := writeDiffRows(s, *output, rows); err != nil {
		return s.fail(fmt.Errorf("writing output: %w", err))
	}
	for _, r := range rows {
		if r.Status == statusRestart || r.Status == statusAdded || r.Status == statusRemoved ||
			r.Status == statusResourcesOnly && !*inPlaceResize {
			return exitRestart
		}
	}
	return exitOK
}

// entryKey identifies a container across two manifests.
type entryKey struct {
	kind, namespace, name string
	typ                   podspec.Kind
	container             string
}

func keyOf(e entry) entryKey {
	return entryKey{e.Object.Kind, e.Object.Namespace, e.Object.Name, e.Type, e.Container.Name}
}

// keyedEntries are the containers of one manifest in input order, with an
// index by key.
type keyedEntries struct {
	list  []entry
	index map[entryKey]int
}

// loadKeyed loads the manifest file name; two containers with the same key
// are an error, since diff could not tell which to compare.
func loadKeyed(s streams, name string, opts loadOptions) (keyedEntries, error) {
	entries, err := s.load(name, opts)
	if err != nil {
		return keyedEntries{}, err
	}
	keyed := keyedEntries{list: entries, index: make(map[entryKey]int, len(entries))}
	for i, e := range entries {
		key := keyOf(e)
		if first, ok := keyed.index[key]; ok {
			return keyedEntries{}, fmt.Errorf("%s: %s: %s container %q is also in %s",
				displayName(name), e.Object, e.Type, e.Container.Name, entries[first].Object.Source)
		}
		keyed.index[key] = i
	}
	return keyed, nil
}

// diffEntries compares every container of the old manifest with its match
// in the new one, in old order, then lists the containers only the new one
// has.
func diffEntries(algorithm hashAlgorithm, oldEntries, newEntries keyedEntries) ([]diffRow, error) {
	var rows []diffRow
	for _, o := range oldEntries.list {
		row := newDiffRow(o)
		row.OldHash = formatHash(algorithm.Hash(o.Container))
		i, ok := newEntries.index[keyOf(o)]
		if !ok {
			row.Status = statusRemoved
			rows = append(rows, row)
			continue
		}
		n := newEntries.list[i]
		newHash := algorithm.Hash(n.Container)
		row.NewHash = formatHash(newHash)
		sameWithoutResources := algorithm.HashWithoutResources != nil &&
			algorithm.HashWithoutResources(o.Container) == algorithm.HashWithoutResources(n.Container)
		row.Status = verdict(row.OldHash == row.NewHash, sameWithoutResources)
		fields, err := changedPaths(o.Container, n.Container)
		if err != nil {
			return nil, fmt.Errorf("comparing %s container %q: %w", o.Object, o.Container.Name, err)
		}
		if fields != nil {
			row.Fields = fields
		}
		rows = append(rows, row)
	}
	for _, n := range newEntries.list {
		if _, ok := oldEntries.index[keyOf(n)]; ok {
			continue
		}
		row := newDiffRow(n)
		row.Status = statusAdded
		row.NewHash = formatHash(algorithm.Hash(n.Container))
		rows = append(rows, row)
	}
	return rows, nil
}

// newDiffRow returns a row naming e's container, with an empty field list.
func newDiffRow(e entry) diffRow {
	return diffRow{
		Kind:      e.Object.Kind,
		Namespace: e.Object.Namespace,
		Name:      e.Object.Name,
		Container: e.Container.Name,
		Type:      e.Type.String(),
		Fields:    []string{},
	}
}

// verdict returns what the kubelet does with a container whose spec changed
// from one hash to another: nothing when the hashes are equal, a resize when
// only the hash without resources is, otherwise a restart.
func verdict(sameHash, sameWithoutResources bool) string {
	switch {
	case sameHash:
		return statusUnchanged
	case sameWithoutResources:
		return statusResourcesOnly
	default:
		return statusRestart
	}
}

// writeDiffRows writes rows in the output format.
func writeDiffRows(s streams, output string, rows []diffRow) error {
	if output == outputJSON {
		return writeJSONRows(s.out, rows)
	}
	t := table{header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "STATUS", "OLD-HASH", "NEW-HASH", "FIELDS"}}
	for _, r := range rows {
		t.add(r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type, r.Status,
			orDash(r.OldHash), orDash(r.NewHash), orDash(strings.Join(r.Fields, ",")))
	}
	return t.write(s.out)
}
