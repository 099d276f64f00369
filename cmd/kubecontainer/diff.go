package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

const diffLong = `Compare two manifests container by container: which would the kubelet restart?

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
added, removed, or resources-only without --in-place-resize), 2 on bad input.`

const diffExample = `  # What would change between two versions of a pod
  kubecontainer diff examples/pod.yaml examples/pod-after.yaml

  # Compare the live object with a local edit
  kubectl get pod web -o yaml | kubecontainer diff - pod.yaml`

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

// newDiffCommand returns the diff command.
func newDiffCommand(s streams, code *int) *cobra.Command {
	var output string
	var flags manifestFlags
	var inPlaceResize bool
	cmd := &cobra.Command{
		Use:     "diff OLD NEW [-o table|json] [--kubelet VERSION] [--no-defaults] [--in-place-resize]",
		Short:   "Compare two manifests: which containers the kubelet would restart",
		Long:    diffLong,
		Example: diffExample,
		Args:    exactArgs(2),
		Run: func(_ *cobra.Command, files []string) {
			*code = runDiff(s, files, output, &flags, inPlaceResize)
		},
	}
	outputFlag(cmd, &output)
	flags.add(cmd)
	cmd.Flags().BoolVar(&inPlaceResize, "in-place-resize", false,
		"Count resources-only changes as no restart: the kubelet resizes in place (InPlacePodVerticalScaling on)")
	return cmd
}

// runDiff runs the diff command on the files OLD and NEW.
func runDiff(s streams, files []string, output string, flags *manifestFlags, inPlaceResize bool) int {
	k, opts, err := flags.options()
	if err := firstError(err, checkOutput(output), oneStdin("OLD", files[0], "NEW", files[1])); err != nil {
		return s.fail(err)
	}
	oldEntries, err := loadKeyed(s, files[0], opts)
	if err != nil {
		return s.fail(err)
	}
	newEntries, err := loadKeyed(s, files[1], opts)
	if err != nil {
		return s.fail(err)
	}
	rows, err := diffEntries(k, oldEntries, newEntries)
	if err != nil {
		return s.fail(err)
	}
	if err := writeRows(s.out, output, rows, diffFormat()); err != nil {
		return s.fail(fmt.Errorf("writing output: %w", err))
	}
	for _, r := range rows {
		if r.Status == statusRestart || r.Status == statusAdded || r.Status == statusRemoved ||
			r.Status == statusResourcesOnly && !inPlaceResize {
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

func keyOf(e manifest.Entry) entryKey {
	return entryKey{e.Object.Kind, e.Object.Namespace, e.Object.Name, e.Type, e.Container.Name}
}

// keyedEntries are the containers of one manifest in input order, with an
// index by key.
type keyedEntries struct {
	list  []manifest.Entry
	index map[entryKey]int
}

// loadKeyed loads the manifest file name; two containers with the same key
// are an error, since diff could not tell which to compare.
func loadKeyed(s streams, name string, opts manifest.Options) (keyedEntries, error) {
	entries, err := manifest.Load(name, s.in, opts, s.warn)
	if err != nil {
		return keyedEntries{}, err
	}
	keyed := keyedEntries{list: entries, index: make(map[entryKey]int, len(entries))}
	for i, e := range entries {
		key := keyOf(e)
		if first, ok := keyed.index[key]; ok {
			return keyedEntries{}, fmt.Errorf("%s: %s: %s container %q is also in %s",
				manifest.DisplayName(name), e.Object, e.Type, e.Container.Name, entries[first].Object.Source)
		}
		keyed.index[key] = i
	}
	return keyed, nil
}

// diffEntries compares every container of the old manifest with its match
// in the new one, in old order, then lists the containers only the new one
// has.
func diffEntries(k kubelets.Kubelet, oldEntries, newEntries keyedEntries) ([]diffRow, error) {
	var rows []diffRow
	for _, o := range oldEntries.list {
		row := newDiffRow(o)
		oldHashes, err := k.Hash(o.Container)
		if err != nil {
			return nil, fmt.Errorf("%s: container %q: %w", o.Object, o.Container.Name, err)
		}
		row.OldHash = formatHash(oldHashes.Hash)
		i, ok := newEntries.index[keyOf(o)]
		if !ok {
			row.Status = statusRemoved
			rows = append(rows, row)
			continue
		}
		n := newEntries.list[i]
		newHashes, err := k.Hash(n.Container)
		if err != nil {
			return nil, fmt.Errorf("%s: container %q: %w", n.Object, n.Container.Name, err)
		}
		row.NewHash = formatHash(newHashes.Hash)
		sameWithoutResources := oldHashes.HasWithoutResources && oldHashes.WithoutResources == newHashes.WithoutResources
		row.Status = verdict(oldHashes.Hash == newHashes.Hash, sameWithoutResources)
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
		h, err := k.Hash(n.Container)
		if err != nil {
			return nil, fmt.Errorf("%s: container %q: %w", n.Object, n.Container.Name, err)
		}
		row.NewHash = formatHash(h.Hash)
		rows = append(rows, row)
	}
	return rows, nil
}

// newDiffRow returns a row naming e's container, with an empty field list.
func newDiffRow(e manifest.Entry) diffRow {
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

// diffFormat is the diff command's table.
func diffFormat() rowFormat[diffRow] {
	return rowFormat[diffRow]{
		header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "STATUS", "OLD-HASH", "NEW-HASH", "FIELDS"},
		cells: func(r diffRow) []string {
			return []string{r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type, r.Status,
				orDash(r.OldHash), orDash(r.NewHash), orDash(strings.Join(r.Fields, ","))}
		},
	}
}
