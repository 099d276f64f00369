package main

import "fmt"

const hashHelp = `Print the kubelet's hash of every container in a manifest.

Usage:
  kubecontainer hash -f FILE [-o table|json] [--kubelet VERSION]

For each container (init, regular and ephemeral) of every Pod, Deployment,
ReplicaSet, StatefulSet, DaemonSet, Job, CronJob, ReplicationController and
PodTemplate in FILE, print the hash the kubelet writes into the running
container's io.kubernetes.container.hash annotation, in the same lower-case
hexadecimal. The kubelet restarts a container when the hash of its spec no
longer matches that annotation. FILE is YAML or JSON and may hold several
documents or a List; "-" reads stdin. Objects of other kinds are skipped with
a warning.

Defaults: the hash is of the container exactly as the manifest writes it.
The kubelet hashes the pod the API server stored, after defaulting, so the two
agree only when the manifest already carries those defaults
(terminationMessagePath, terminationMessagePolicy, imagePullPolicy, probe
timings, port protocols, ...), as the output of "kubectl get -o yaml" does.
No defaults are added here. With --kubelet 1.31 or later only name and image
count, so defaults do not matter.

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
	kubelet := c.kubeletFlag()
	if _, code, done := c.parse(args, 0); done {
		return code
	}
	algorithm, err := parseKubeletVersion(*kubelet)
	if err := firstError(err, checkOutput(*output), required("-f FILE", *file)); err != nil {
		return s.fail(err)
	}
	entries, err := s.load(*file)
	if err != nil {
		return s.fail(err)
	}
	rows := make([]hashRow, 0, len(entries))
	for _, e := range entries {
		row := hashRow{
			Kind:      e.Object.Kind,
			Namespace: e.Object.Namespace,
			Name:      e.Object.Name,
			Container: e.Container.Name,
			Type:      string(e.Type),
			Hash:      formatHash(algorithm.Hash(e.Container)),
		}
		if algorithm.HashWithoutResources != nil {
			row.HashWithoutResources = formatHash(algorithm.HashWithoutResources(e.Container))
		}
		rows = append(rows, row)
	}
	if err := writeHashRows(s, *output, rows); err != nil {
		return s.fail(fmt.Errorf("writing output: %w", err))
	}
	return exitOK
}

// writeHashRows writes rows in the output format.
func writeHashRows(s streams, output string, rows []hashRow) error {
	if output == outputJSON {
		return writeJSON(s.out, rows)
	}
	t := table{header: []string{"KIND", "NAMESPACE", "NAME", "CONTAINER", "TYPE", "HASH", "WITHOUT-RESOURCES"}}
	for _, r := range rows {
		t.add(r.Kind, orNone(r.Namespace), orNone(r.Name), r.Container, r.Type, r.Hash, orDash(r.HashWithoutResources))
	}
	return t.write(s.out)
}
