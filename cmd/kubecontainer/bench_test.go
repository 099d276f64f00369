package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"text/tabwriter"

	"github.com/davecgh/go-spew/spew"
	v1 "k8s.io/api/core/v1"
)

// benchmarkPod is one pod of the generated cluster dump, as
// `kubectl get pods -A -o json` prints it: defaulted spec and a status.
const benchmarkPod = `{
 "apiVersion": "v1", "kind": "Pod",
 "metadata": {"name": "web-%[1]d-5d9c7b6f4-x2x9k", "namespace": "team-%[2]d", "uid": "8a5d3c2e-%08[1]d",
  "labels": {"app": "web-%[1]d", "pod-template-hash": "5d9c7b6f4"}, "creationTimestamp": "2024-05-01T10:00:00Z",
  "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-%[1]d-5d9c7b6f4", "uid": "1b2c", "controller": true, "blockOwnerDeletion": true}]},
 "spec": {
  "containers": [{
   "name": "app", "image": "registry.example.com/team-%[2]d/web:1.%[1]d.0",
   "args": ["--port=8080", "--log-level=info"],
   "env": [{"name": "POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}}, {"name": "MODE", "value": "production"}],
   "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
   "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}, "requests": {"cpu": "250m", "memory": "128Mi"}},
   "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080, "scheme": "HTTP"}, "timeoutSeconds": 1, "periodSeconds": 10, "successThreshold": 1, "failureThreshold": 3},
   "volumeMounts": [{"name": "kube-api-access-abcde", "readOnly": true, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}],
   "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"
  }, {
   "name": "log-shipper", "image": "fluent/fluent-bit:3.0.%[2]d",
   "resources": {"limits": {"memory": "64Mi"}, "requests": {"cpu": "10m", "memory": "64Mi"}},
   "volumeMounts": [{"name": "kube-api-access-abcde", "readOnly": true, "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}],
   "terminationMessagePath": "/dev/termination-log", "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"
  }],
  "volumes": [{"name": "kube-api-access-abcde", "projected": {"defaultMode": 420, "sources": [{"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}]}}],
  "restartPolicy": "Always", "terminationGracePeriodSeconds": 30, "dnsPolicy": "ClusterFirst",
  "serviceAccountName": "default", "serviceAccount": "default", "nodeName": "node-%[2]d",
  "securityContext": {}, "schedulerName": "default-scheduler", "enableServiceLinks": true, "preemptionPolicy": "PreemptLowerPriority", "priority": 0,
  "tolerations": [{"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}]
 },
 "status": {"phase": "Running", "hostIP": "10.0.0.%[2]d", "podIP": "10.1.%[2]d.%[1]d", "qosClass": "Burstable", "startTime": "2024-05-01T10:00:01Z",
  "conditions": [{"type": "Ready", "status": "True", "lastProbeTime": null, "lastTransitionTime": "2024-05-01T10:00:05Z"}],
  "containerStatuses": [{"name": "app", "ready": true, "restartCount": 0, "image": "registry.example.com/team-%[2]d/web:1.%[1]d.0",
   "imageID": "registry.example.com/web@sha256:0123", "containerID": "containerd://abc%[1]d", "started": true,
   "state": {"running": {"startedAt": "2024-05-01T10:00:03Z"}}, "lastState": {}}]}
}`

// writePods writes a v1 List of n pods, about 3 kB each, to w, and
// flushes it.
func writePods(w *bufio.Writer, n int) error {
	// A bufio.Writer keeps the first write error and returns it from Flush.
	_, _ = w.WriteString(`{"apiVersion": "v1", "items": [`)
	for i := 0; i < n; i++ {
		if i > 0 {
			_ = w.WriteByte(',')
		}
		_, _ = fmt.Fprintf(w, benchmarkPod, i, i%50)
	}
	_, _ = w.WriteString(`], "kind": "List", "metadata": {"resourceVersion": ""}}`)
	return w.Flush()
}

// generateList returns a v1 List of n pods.
func generateList(n int) []byte {
	var b bytes.Buffer
	// Writing to a bytes.Buffer cannot fail.
	_ = writePods(bufio.NewWriter(&b), n)
	return b.Bytes()
}

// referenceEnv, when set, makes the test binary run the reference program
// (referenceMain) instead of the tests: the benchmark runs both programs as
// processes, to measure each one's peak RSS.
const referenceEnv = "KUBECONTAINER_BENCH_REFERENCE"

// referenceMain is the straightforward program: read the file, decode the
// whole List with encoding/json, hash each container as kubelet v1.27
// does, with go-spew, and write the rows as "kubecontainer hash" does, as
// a table or as JSON. Its arguments are FILE and the output format.
func referenceMain(args []string, w io.Writer) error {
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	rows, err := referenceHashList(data)
	if err != nil {
		return err
	}
	if args[1] == outputJSON {
		out, err := json.MarshalIndent(rows, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(out, '\n'))
		return err
	}
	// The tabwriter holds the rows until Flush, which reports an error.
	tw := tabwriter.NewWriter(w, 0, 8, 3, ' ', 0)
	_, _ = fmt.Fprintln(tw, "KIND\tNAMESPACE\tNAME\tCONTAINER\tTYPE\tHASH\tWITHOUT-RESOURCES")
	for _, r := range rows {
		_, _ = fmt.Fprintln(tw, strings.Join([]string{r.Kind, r.Namespace, r.Name, r.Container, r.Type, r.Hash, r.HashWithoutResources}, "\t"))
	}
	return tw.Flush()
}

// referenceHashList decodes the List data and returns a row for each
// container, hashed with go-spew as the kubelet does.
func referenceHashList(data []byte) ([]hashRow, error) {
	var list struct {
		Items []v1.Pod `json:"items"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, err
	}
	var rows []hashRow
	for i := range list.Items {
		pod := &list.Items[i]
		add := func(typ string, c v1.Container) error {
			hash, err := spewHash(&c)
			if err != nil {
				return err
			}
			c.Resources = v1.ResourceRequirements{}
			withoutResources, err := spewHash(&c)
			if err != nil {
				return err
			}
			rows = append(rows, hashRow{Kind: pod.Kind, Namespace: pod.Namespace, Name: pod.Name, Container: c.Name,
				Type: typ, Hash: formatHash(hash), HashWithoutResources: formatHash(withoutResources)})
			return nil
		}
		for _, c := range pod.Spec.InitContainers {
			if err := add("init", c); err != nil {
				return nil, err
			}
		}
		for _, c := range pod.Spec.Containers {
			if err := add("regular", c); err != nil {
				return nil, err
			}
		}
		for _, e := range pod.Spec.EphemeralContainers {
			if err := add("ephemeral", v1.Container(e.EphemeralContainerCommon)); err != nil {
				return nil, err
			}
		}
	}
	return rows, nil
}

// spewHash is the kubelet's hash of c: its JSON, printed by go-spew, into
// FNV-1a.
func spewHash(c *v1.Container) (uint64, error) {
	encoded, err := json.Marshal(c)
	if err != nil {
		return 0, err
	}
	printer := spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}
	hasher := fnv.New32a()
	if _, err := printer.Fprintf(hasher, "%#v", encoded); err != nil {
		return 0, err
	}
	return uint64(hasher.Sum32()), nil
}

// runProcess runs a program to completion with its output discarded and
// returns its peak resident set size in bytes.
//
// Linux counts in a child's peak the peak of the process that started it,
// whose memory the child shares until it runs its program: the test's own
// peak is reset to its current size first (/proc/self/clear_refs), which
// the benchmark keeps small.
func runProcess(b *testing.B, cmd *exec.Cmd) int64 {
	b.Helper()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o644); err != nil {
		b.Fatalf("resetting the test's peak RSS: %v", err)
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s: %v: %s", cmd, err, stderr.String())
	}
	usage, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		b.Fatal("no resource usage of the process")
	}
	// Linux reports ru_maxrss in kilobytes.
	return usage.Maxrss * 1024
}

// selfRSS returns the test process's resident set size in bytes, the
// floor of what runProcess can measure.
func selfRSS(b *testing.B) int64 {
	b.Helper()
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kB int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kB); err != nil {
				b.Fatal(err)
			}
			return kB * 1024
		}
	}
	b.Fatal("no VmRSS in /proc/self/status")
	return 0
}

// BenchmarkHashList compares "kubecontainer hash" on a cluster dump (a List
// of pods, as kubectl get pods -A -o json prints it), with the table output
// and with -o json, with the straightforward program (referenceMain), in
// the same run. Both run as processes, each reading the file: peak-RSS-MB
// is the largest peak resident set size of the process over the runs, and
// launcher-RSS-MB the size of the test process that starts them, below
// which no peak can be measured.
func BenchmarkHashList(b *testing.B) {
	for _, pods := range []int{2000, 20000} {
		size, file := writeList(b, pods)
		for _, output := range []string{outputTable, outputJSON} {
			programs := []struct {
				impl string
				cmd  func() *exec.Cmd
			}{
				{"ours", func() *exec.Cmd { return exec.Command(binary, "hash", "-f", file, "-o", output) }},
				{"reference", func() *exec.Cmd {
					cmd := exec.Command(os.Args[0], file, output)
					cmd.Env = append(os.Environ(), referenceEnv+"=1")
					return cmd
				}},
			}
			for _, p := range programs {
				b.Run(fmt.Sprintf("pods=%d/output=%s/impl=%s", pods, output, p.impl), func(b *testing.B) {
					b.SetBytes(size)
					debug.FreeOSMemory()
					b.ReportMetric(float64(selfRSS(b))/1e6, "launcher-RSS-MB")
					var peak int64
					for i := 0; i < b.N; i++ {
						if rss := runProcess(b, p.cmd()); rss > peak {
							peak = rss
						}
					}
					b.ReportMetric(float64(peak)/1e6, "peak-RSS-MB")
				})
			}
		}
	}
}

// writeList writes a List of n pods to a temporary file, without holding
// it in memory, and returns its size and name.
func writeList(b *testing.B, n int) (int64, string) {
	b.Helper()
	file := filepath.Join(b.TempDir(), fmt.Sprintf("pods-%d.json", n))
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	if err := writePods(bufio.NewWriter(f), n); err != nil {
		b.Fatal(err)
	}
	info, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return info.Size(), file
}

// TestReferenceAgrees checks that the benchmark's two programs write the
// same rows, in both output formats.
func TestReferenceAgrees(t *testing.T) {
	data := generateList(20)
	file := filepath.Join(t.TempDir(), "pods.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, output := range []string{outputTable, outputJSON} {
		var want, got, stderr bytes.Buffer
		if err := referenceMain([]string{file, output}, &want); err != nil {
			t.Fatal(err)
		}
		if code := run([]string{"hash", "-f", file, "-o", output}, nil, &got, &stderr); code != 0 {
			t.Fatalf("exit status %d: %s", code, stderr.String())
		}
		if got.String() != want.String() {
			t.Errorf("-o %s: the reference wrote\n%s\nkubecontainer\n%s", output, want.String(), got.String())
		}
	}
}
