package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

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

// generateList returns a v1 List of n pods, about 1.7 kB each.
func generateList(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"apiVersion": "v1", "items": [`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, benchmarkPod, i, i%50)
	}
	b.WriteString(`], "kind": "List", "metadata": {"resourceVersion": ""}}`)
	return b.Bytes()
}

// referenceHashList is the straightforward program: decode the whole List
// with encoding/json, then hash each container as kubelet v1.27 does, with
// go-spew.
func referenceHashList(data []byte) ([]uint64, error) {
	var list struct {
		Items []v1.Pod `json:"items"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, err
	}
	printer := spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true, SpewKeys: true}
	var hashes []uint64
	for i := range list.Items {
		spec := &list.Items[i].Spec
		containers := append(append([]v1.Container{}, spec.InitContainers...), spec.Containers...)
		for _, e := range spec.EphemeralContainers {
			containers = append(containers, v1.Container(e.EphemeralContainerCommon))
		}
		for j := range containers {
			encoded, err := json.Marshal(&containers[j])
			if err != nil {
				return nil, err
			}
			hasher := fnv.New32a()
			if _, err := printer.Fprintf(hasher, "%#v", encoded); err != nil {
				return nil, err
			}
			hashes = append(hashes, uint64(hasher.Sum32()))
		}
	}
	return hashes, nil
}

// heapSampler records the peak of the heap's object bytes while it runs.
type heapSampler struct {
	stop chan struct{}
	done sync.WaitGroup
	peak uint64
}

// startHeapSampler collects garbage and starts sampling every millisecond.
func startHeapSampler() *heapSampler {
	runtime.GC()
	h := &heapSampler{stop: make(chan struct{})}
	h.done.Add(1)
	go func() {
		defer h.done.Done()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		ticker := time.NewTicker(time.Millisecond)
		defer ticker.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > h.peak {
				h.peak = v
			}
			select {
			case <-h.stop:
				return
			case <-ticker.C:
			}
		}
	}()
	return h
}

// stopMB stops sampling and returns the peak in MB above base bytes.
func (h *heapSampler) stopMB(base uint64) float64 {
	close(h.stop)
	h.done.Wait()
	if h.peak < base {
		return 0
	}
	return float64(h.peak-base) / 1e6
}

// heapObjects returns the heap's object bytes after a collection.
func heapObjects() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// BenchmarkHashList compares "kubecontainer hash -o json" on a cluster
// dump (a List of pods, as kubectl get pods -A -o json prints it) with the
// straightforward program, referenceHashList. peak-heap-MB is the largest
// heap seen during the runs, above the heap that holds the input.
//
// Both read the List from a file, as a user runs them.
func BenchmarkHashList(b *testing.B) {
	for _, pods := range []int{2000, 20000} {
		size, file := writeList(b, pods)
		b.Run(fmt.Sprintf("pods=%d/impl=ours", pods), func(b *testing.B) {
			b.SetBytes(size)
			// As main sets them for the command.
			defer tuneGC()()
			base := heapObjects()
			sampler := startHeapSampler()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var stderr bytes.Buffer
				if code := run([]string{"hash", "-f", file, "-o", "json"}, nil, io.Discard, &stderr); code != 0 {
					b.Fatalf("exit status %d: %s", code, stderr.String())
				}
			}
			b.StopTimer()
			b.ReportMetric(sampler.stopMB(base), "peak-heap-MB")
		})
		b.Run(fmt.Sprintf("pods=%d/impl=reference", pods), func(b *testing.B) {
			b.SetBytes(size)
			base := heapObjects()
			sampler := startHeapSampler()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				data, err := os.ReadFile(file)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := referenceHashList(data); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(sampler.stopMB(base), "peak-heap-MB")
		})
	}
}

// writeList writes a List of n pods to a temporary file and returns its
// size and name.
func writeList(b *testing.B, n int) (int64, string) {
	b.Helper()
	data := generateList(n)
	file := filepath.Join(b.TempDir(), fmt.Sprintf("pods-%d.json", n))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return int64(len(data)), file
}

// TestReferenceHashListAgrees checks that the benchmark's two programs
// compute the same hashes.
func TestReferenceHashListAgrees(t *testing.T) {
	data := generateList(20)
	want, err := referenceHashList(data)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"hash", "-f", "-", "-o", "json"}, bytes.NewReader(data), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	var rows []hashRow
	if err := json.Unmarshal(stdout.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i, row := range rows {
		if row.Hash != formatHash(want[i]) {
			t.Errorf("row %d (%s/%s): hash %s, want %s", i, row.Name, row.Container, row.Hash, formatHash(want[i]))
		}
	}
}
