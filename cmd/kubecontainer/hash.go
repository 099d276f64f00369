package main

import (
	"github.com/spf13/cobra"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
)

const hashLong = `Print the kubelet's hash of every container in a manifest.

For each container (init, regular and ephemeral) of every Pod, Deployment,
ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController and
PodTemplate in FILE, print the hash the kubelet writes into the running
container's io.kubernetes.container.hash annotation, in the same lower-case
hexadecimal. The kubelet restarts a container when the hash of its spec no
longer matches that annotation. FILE is YAML or JSON and may hold several
documents or a List (List, PodList, DeploymentList, ...); "-" reads stdin.
Objects of other kinds are skipped with a warning.

Output: rows are written as they are computed, in input order, so that a
cluster dump of any size is read in flat memory: -o json one row at a time,
the table in chunks of 500 rows, each aligned on its own (as "kubectl get
--chunk-size" prints). On an error the output stops there, a JSON array
unclosed, and the exit status is 2.

Defaults: the kubelet hashes the pod its API server stored, after
defaulting, so by default the v1.27 API server's defaulting of a Pod is
applied first (for a workload, to the pod its controller creates from the
template): terminationMessagePath, imagePullPolicy, probe timings, port
protocols, ... Fields the v1.27 API server drops (newer fields, fields of
features off by default) are dropped with a warning. A manifest that already
carries the defaults, as "kubectl get -o yaml" prints it, hashes the same.
--no-defaults hashes the containers exactly as written.

Kubelet versions: --kubelet 1.27 (the default) answers for a v1.27 node.
1.28, 1.29 and 1.30 hash the whole spec too, with types that know fields the
v1.27 API does not: with the v1.27 defaulting, a manifest that sets such a
field in a container is refused (exit status 2), naming it, as its hash
cannot be computed exactly; with --no-defaults it is hashed as that kubelet
hashes it. 1.31 to 1.37 hash only name and image. A field that the API of
the kubelet's version does not have is dropped with a warning, as that
kubelet never sees it. Older and unknown versions are refused.

WITHOUT-RESOURCES is the hash with the container's resources left out, which
kubelets v1.27 to v1.30 write into io.kubernetes.container.hashWithoutResources
when in-place pod resize is on. Kubelets v1.31 and later have no such hash:
the column shows "-" and JSON output leaves the field out.`

const hashExample = `  # Hash every container of a pod
  kubecontainer hash -f examples/pod.yaml

  # The hashes of a live object, as a kubelet v1.31 computes them, as JSON
  kubectl get deployment web -o yaml | kubecontainer hash -f - --kubelet 1.31 -o json`

// hashRow is one line of the hash command's output.
type hashRow struct {
	Kind                 string `json:"kind"`
	Namespace            string `json:"namespace"`
	Name                 string `json:"name"`
	Container            string `json:"container"`
	Type                 string `json:"type"`
	Hash                 string `json:"hash"`
	HashWithoutResources string `json:"hashWithoutResources,omitempty"`
}

// hashFormat is the hash command's table.
func hashFormat() rowFormat[hashRow] {
	return rowFormat[hashRow]{
		header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "HASH", "WITHOUT-RESOURCES"},
		cells: func(r hashRow) []string {
			return []string{r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type, r.Hash, orDash(r.HashWithoutResources)}
		},
	}
}

// newHashCommand returns the hash command.
func newHashCommand(s streams, code *int) *cobra.Command {
	var file, output string
	var flags manifestFlags
	cmd := &cobra.Command{
		Use:     "hash -f FILE [-o table|json] [--kubelet VERSION] [--no-defaults]",
		Short:   "Print the kubelet's hash of every container in a manifest",
		Long:    hashLong,
		Example: hashExample,
		Args:    noArgs,
		Run: func(*cobra.Command, []string) {
			*code = runHash(s, file, output, &flags)
		},
	}
	fileFlag(cmd, &file)
	outputFlag(cmd, &output)
	flags.add(cmd)
	return cmd
}

// runHash runs the hash command.
func runHash(s streams, file, output string, flags *manifestFlags) int {
	k, opts, err := flags.options()
	if err := firstError(err, checkOutput(output), required("-f FILE", file)); err != nil {
		return s.fail(err)
	}
	convert := func(e manifest.Entry) (hashRow, error) { return newHashRow(k, e) }
	if err := printRows(s, output, file, opts, convert, hashFormat()); err != nil {
		return s.fail(err)
	}
	return exitOK
}

// newHashRow hashes e's container as k does.
func newHashRow(k kubelets.Kubelet, e manifest.Entry) (hashRow, error) {
	h, err := k.Hash(e.Container)
	if err != nil {
		return hashRow{}, err
	}
	row := hashRow{
		Kind:      e.Object.Kind,
		Namespace: e.Object.Namespace,
		Name:      e.Object.Name,
		Container: e.Container.Name,
		Type:      e.Type.String(),
		Hash:      formatHash(h.Hash),
	}
	if h.HasWithoutResources {
		row.HashWithoutResources = formatHash(h.WithoutResources)
	}
	return row, nil
}
