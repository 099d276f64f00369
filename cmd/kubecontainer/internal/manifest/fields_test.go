package manifest

import (
	"reflect"
	"strings"
	"testing"
)

// newerPod sets a container field of v1.28 (restartPolicy, on an init
// container), one of v1.33 (lifecycle.stopSignal) and a pod-spec field of
// v1.34 (hostnameOverride).
const newerPod = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostnameOverride: h
  initContainers:
  - {name: sidecar, image: s, restartPolicy: Always}
  containers:
  - name: app
    image: a
    lifecycle: {stopSignal: SIGUSR1}
`

func TestFieldRules(t *testing.T) {
	tests := []struct {
		name      string
		opts      Options
		wantNotes []string
		wantErr   string
		wantKept  []string
	}{{
		name: "v1.27 with its API server's defaulting: all dropped",
		opts: Options{Kubelet: 27},
		wantNotes: []string{
			"document 1 (Pod p): dropped spec.containers[0].lifecycle.stopSignal: not a field of the v1.27 API, which drops it",
			"document 1 (Pod p): dropped spec.hostnameOverride: not a field of the v1.27 API, which drops it",
			"document 1 (Pod p): dropped spec.initContainers[0].restartPolicy: not a field of the v1.27 API, which drops it",
		},
	}, {
		name:    "v1.29 with the v1.27 defaulting: refused, as v1.29 hashes restartPolicy",
		opts:    Options{Kubelet: 29},
		wantErr: "spec.containers[0].lifecycle.stopSignal, spec.initContainers[0].restartPolicy, which kubelet v1.29 may hash",
	}, {
		name: "v1.29 without defaults: its own API's fields kept, the others dropped",
		opts: Options{Kubelet: 29, NoDefaults: true},
		wantNotes: []string{
			"document 1 (Pod p): dropped spec.containers[0].lifecycle.stopSignal: not a field of the v1.29 API, which drops it",
			"document 1 (Pod p): dropped spec.hostnameOverride: not a field of the v1.29 API, which drops it",
		},
		wantKept: []string{"restartPolicy"},
	}, {
		name:      "v1.33: what it has is kept",
		opts:      Options{Kubelet: 33},
		wantNotes: []string{"document 1 (Pod p): dropped spec.hostnameOverride: not a field of the v1.33 API, which drops it"},
		wantKept:  []string{"restartPolicy", "stopSignal"},
	}, {
		name:     "v1.37: nothing dropped",
		opts:     Options{Kubelet: 37},
		wantKept: []string{"restartPolicy", "stopSignal"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.MaxInputSize, tt.opts.Workers = 1<<20, 1
			m, err := decodeManifest([]byte(newerPod), &tt.opts)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var notes []string
			for _, note := range m.Notes {
				if strings.Contains(note, "not a field") {
					notes = append(notes, note)
				}
			}
			if !reflect.DeepEqual(notes, tt.wantNotes) {
				t.Errorf("notes:\n got %q\nwant %q", notes, tt.wantNotes)
			}
			var kept []string
			for _, e := range m.Entries {
				if e.Container.RestartPolicy != nil {
					kept = append(kept, "restartPolicy")
				}
				if e.Container.Lifecycle != nil && e.Container.Lifecycle.StopSignal != nil {
					kept = append(kept, "stopSignal")
				}
			}
			if !reflect.DeepEqual(kept, tt.wantKept) {
				t.Errorf("kept %q, want %q", kept, tt.wantKept)
			}
		})
	}
}
