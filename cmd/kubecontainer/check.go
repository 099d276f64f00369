package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/inspect"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/kubelets"
	"github.com/kubecontainer/kubecontainer/cmd/kubecontainer/internal/manifest"
)

const checkLong = `Compare a manifest with a running container: would the kubelet restart it?

INSPECT.json is the output of "crictl inspect CONTAINER" on the node (one
container, or several one after another or in a JSON array). Its
status.labels name the container and its pod; its status.annotations hold
the hash the kubelet computed when it created the container
(io.kubernetes.container.hash, and io.kubernetes.container.hashWithoutResources
when in-place pod resize is on). Each running container is matched with the
container of the same name in FILE (by pod namespace and name when several
have that name) and gets a verdict:

  unchanged       the manifest's hash equals the running container's
  resources-only  only the hash without resources is equal: the kubelet
                  resizes the container in place
  restart         the hashes differ: the kubelet restarts the container

The manifest's hashes are of the pod the kubelet receives, after the v1.27
API server's defaulting, unless --no-defaults (see "kubecontainer hash
--help", which also says what each --kubelet version does).

Exit status: 0 when no container would restart, 1 when one would, 2 on bad
input.`

const checkExample = `  # On the node: is the running container still the one the pod describes?
  crictl inspect 4f3c2a1b > inspect.json
  kubectl get pod web -o yaml | kubecontainer check -f - --running inspect.json`

// checkRow is one line of the check command's output. Kind and name are
// the manifest object's; namespace and pod are the running pod's.
type checkRow struct {
	Kind                         string `json:"kind"`
	Namespace                    string `json:"namespace"`
	Name                         string `json:"name"`
	Container                    string `json:"container"`
	Type                         string `json:"type"`
	Pod                          string `json:"pod"`
	ContainerID                  string `json:"containerID,omitempty"`
	RunningHash                  string `json:"runningHash"`
	ManifestHash                 string `json:"manifestHash"`
	RunningHashWithoutResources  string `json:"runningHashWithoutResources,omitempty"`
	ManifestHashWithoutResources string `json:"manifestHashWithoutResources,omitempty"`
	Verdict                      string `json:"verdict"`
	Reason                       string `json:"reason"`
}

// newCheckCommand returns the check command.
func newCheckCommand(s streams, code *int) *cobra.Command {
	var file, inspectFile, output string
	var flags manifestFlags
	cmd := &cobra.Command{
		Use:     "check -f FILE --running INSPECT.json [-o table|json] [--kubelet VERSION] [--no-defaults]",
		Short:   "Compare a manifest with a running container (crictl inspect)",
		Long:    checkLong,
		Example: checkExample,
		Args:    noArgs,
		Run: func(*cobra.Command, []string) {
			*code = runCheck(s, file, inspectFile, output, &flags)
		},
	}
	fileFlag(cmd, &file)
	cmd.Flags().StringVar(&inspectFile, "running", "", "`INSPECT.json`: the output of crictl inspect, - for stdin")
	outputFlag(cmd, &output)
	flags.add(cmd)
	return cmd
}

// runCheck runs the check command.
func runCheck(s streams, file, inspectFile, output string, flags *manifestFlags) int {
	k, opts, err := flags.options()
	err = firstError(err, checkOutput(output), required("-f FILE", file),
		required("--running INSPECT.json", inspectFile), oneStdin("-f", file, "--running", inspectFile))
	if err != nil {
		return s.fail(err)
	}
	entries, err := manifest.Load(file, s.in, opts, s.warn)
	if err != nil {
		return s.fail(err)
	}
	running, err := readInspect(inspectFile, s.in, opts.MaxInputSize)
	if err != nil {
		return s.fail(err)
	}
	rows := make([]checkRow, 0, len(running))
	for _, rc := range running {
		e, err := matchRunning(entries, rc)
		if err != nil {
			return s.fail(fmt.Errorf("%s: %s: %w", manifest.DisplayName(inspectFile), rc.Source, err))
		}
		row, err := checkContainer(k, e, rc)
		if err != nil {
			return s.fail(fmt.Errorf("%s: %s: container %q: %w", manifest.DisplayName(file), e.Object, e.Container.Name, err))
		}
		if row.Verdict == statusRestart && k.HasHashWithoutResources() && opts.NoDefaults && e.Container.TerminationMessagePath == "" {
			s.warn(fmt.Sprintf("%s: %s: container %q has no terminationMessagePath, a default the API server adds: "+
				"the manifest's hash differs from the kubelet's when defaults are missing (drop --no-defaults)",
				manifest.DisplayName(file), e.Object, e.Container.Name))
		}
		rows = append(rows, row)
	}
	if err := writeRows(s.out, output, rows, checkFormat()); err != nil {
		return s.fail(fmt.Errorf("writing output: %w", err))
	}
	for _, r := range rows {
		if r.Verdict == statusRestart {
			return exitRestart
		}
	}
	return exitOK
}

// readInspect reads and parses the crictl inspect output in file name ("-"
// for stdin), at most limit bytes of it.
func readInspect(name string, stdin io.Reader, limit int64) ([]inspect.Container, error) {
	in, err := manifest.Open(name, stdin, limit)
	if err != nil {
		return nil, err
	}
	defer func() { _ = in.Close() }()
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", manifest.DisplayName(name), manifest.TooLargeError(limit, err))
	}
	running, err := inspect.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", manifest.DisplayName(name), err)
	}
	return running, nil
}

// matchRunning returns the manifest's container for rc: the only one with
// rc's name, or else the only one of those whose object can have made rc's
// pod.
func matchRunning(entries []manifest.Entry, rc inspect.Container) (manifest.Entry, error) {
	var byName, byPod []manifest.Entry
	for _, e := range entries {
		if e.Container.Name != rc.Name {
			continue
		}
		byName = append(byName, e)
		if couldMakePod(e.Object, rc.PodNamespace, rc.PodName) {
			byPod = append(byPod, e)
		}
	}
	switch {
	case len(byName) == 1:
		return byName[0], nil
	case len(byName) == 0:
		return manifest.Entry{}, fmt.Errorf("no container named %q in the manifest", rc.Name)
	case len(byPod) == 1:
		return byPod[0], nil
	}
	var candidates []string
	for _, e := range byName {
		candidates = append(candidates, e.Object.String())
	}
	return manifest.Entry{}, fmt.Errorf("%d containers named %q could belong to pod %s/%s: %s",
		len(byName), rc.Name, rc.PodNamespace, rc.PodName, strings.Join(candidates, ", "))
}

// couldMakePod reports whether obj can be, or can have created, the pod
// namespace/name: a Pod by its name, a controller by the prefix "name-" of
// the names it gives its pods. An object without namespace or name could be
// any.
func couldMakePod(obj manifest.Object, namespace, name string) bool {
	if obj.Namespace != "" && obj.Namespace != namespace {
		return false
	}
	if obj.Name == "" {
		return true
	}
	if obj.Kind == "Pod" {
		return obj.Name == name
	}
	return strings.HasPrefix(name, obj.Name+"-")
}

// checkContainer compares the manifest's container e with the running
// container rc, as k hashes it.
func checkContainer(k kubelets.Kubelet, e manifest.Entry, rc inspect.Container) (checkRow, error) {
	h, err := k.Hash(e.Container)
	if err != nil {
		return checkRow{}, err
	}
	row := checkRow{
		Kind:         e.Object.Kind,
		Namespace:    rc.PodNamespace,
		Name:         e.Object.Name,
		Container:    rc.Name,
		Type:         e.Type.String(),
		Pod:          rc.PodName,
		ContainerID:  rc.ID,
		RunningHash:  formatHash(rc.Hash),
		ManifestHash: formatHash(h.Hash),
	}
	compareWithoutResources := rc.HasHashWithoutResources && h.HasWithoutResources
	if compareWithoutResources {
		row.RunningHashWithoutResources = formatHash(rc.HashWithoutResources)
		row.ManifestHashWithoutResources = formatHash(h.WithoutResources)
	}
	row.Verdict = verdict(h.Hash == rc.Hash, compareWithoutResources && h.WithoutResources == rc.HashWithoutResources)
	switch row.Verdict {
	case statusUnchanged:
		row.Reason = "hash equals " + inspect.HashAnnotation
	case statusResourcesOnly:
		row.Reason = "only resources differ: hash without resources equals " + inspect.HashWithoutResourcesAnnotation + ", the kubelet resizes in place"
	default:
		row.Reason = "hash differs from " + inspect.HashAnnotation
		if compareWithoutResources {
			row.Reason = "hash and hash without resources differ from the annotations"
		}
		other := k.Other()
		if otherHashes, err := other.Hash(e.Container); err == nil && otherHashes.Hash == rc.Hash {
			row.Reason += fmt.Sprintf("; the running hash is the %s hash of this container: use --kubelet 1.%d", other, other.Minor())
		}
	}
	return row, nil
}

// checkFormat is the check command's table.
func checkFormat() rowFormat[checkRow] {
	return rowFormat[checkRow]{
		header: []string{"NAMESPACE", "POD", "CONTAINER", "TYPE", "RUNNING-HASH", "MANIFEST-HASH", "VERDICT", "REASON"},
		cells: func(r checkRow) []string {
			return []string{r.Namespace, r.Pod, r.Container, r.Type, r.RunningHash, r.ManifestHash, r.Verdict, r.Reason}
		},
	}
}
