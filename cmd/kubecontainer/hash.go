package main

import "io"

const hashHelp = `Print the kubelet's hash of every container in a manifest.

Usage:
  kubecontainer hash -f FILE [-o table|json] [--kubelet VERSION] [--no-defaults]

For each container (init, regular and ephemeral) of every Pod, Deployment,
ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController and
PodTemplate in FILE, print the hash the kubelet writes into the running
container's io.kubernetes.container.hash annotation, in the same lower-case
hexadecimal. The kubelet restarts a container when the hash of its spec no
longer matches that annotation. FILE is YAML or JSON and may hold several
documents or a List (List, PodList, DeploymentList, ...); "-" reads stdin.
Objects of other kinds are skipped with a warning.

Output: -o json writes each row as soon as it is computed, in input order,
so that a cluster dump of any size is read in flat memory; on an error the
array stops there, unclosed, and the exit status is 2. The table is written
once every row is read.

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
v1.27 API does not: a manifest that sets such a field in a container is
refused (exit status 2), naming it, as its hash cannot be computed here.
1.31 to 1.37 hash only name and image. Older and unknown versions are
refused.

WITHOUT-RESOURCES is the hash with the container's resources left out, which
kubelets v1.27 to v1.30 write into io.kubernetes.container.hashWithoutResources
when in-place pod resize is on. Kubelets v1.31 and later have no such hash:
the column shows "-" and JSON output leaves the field out.

Examples:
  # Hash every container of a pod
  kubecontainer hash -f examples/pod.yaml

  # The hashes of a live object, as a kubelet v1.31 computes them, as JSON
  kubectl get deployment web -o yaml | kubecontainer hash -f - --kubelet 1.31 -o json
`

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

// runHash runs the hash command.
func runHash(args []string, s streams) int {
	c := newCommand("hash", hashHelp, s)
	file := c.fileFlag()
	output := c.outputFlag()
	manifest := c.manifestFlags()
	if _, code, done := c.parse(args, 0); done {
		return code
	}
	opts, err := manifest.loadOptions()
	if err := firstError(err, checkOutput(*output), required("-f FILE", *file)); err != nil {
		return s.fail(err)
	}
	algorithm := opts.decode.Kubelet.Algorithm
	convert := func(e entry) hashRow { return newHashRow(algorithm, e) }
	if err := printRows(s, *output, *file, opts, convert, writeHashTable); err != nil {
		return s.fail(err)
	}
	return exitOK
}

// newHashRow hashes e's container with algorithm.
func newHashRow(algorithm hashAlgorithm, e entry) hashRow {
	row := hashRow{
		Kind:      e.Object.Kind,
		Namespace: e.Object.Namespace,
		Name:      e.Object.Name,
		Container: e.Container.Name,
		Type:      e.Type.String(),
		Hash:      formatHash(algorithm.Hash(e.Container)),
	}
	if algorithm.HashWithoutResources != nil {
		row.HashWithoutResources = formatHash(algorithm.HashWithoutResources(e.Container))
	}
	return row
}

// writeHashTable writes rows as a table.
func writeHashTable(w io.Writer, rows []hashRow) error {
	t := table{header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "HASH", "WITHOUT-RESOURCES"}}
	for _, r := range rows {
		t.add(r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type, r.Hash, orDash(r.HashWithoutResources))
	}
	return t.write(w)
}
