package defaults

import (
	"encoding/json"
	"testing"

	v1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

// podYAML decodes a Pod manifest written in YAML, failing the test on error.
func podYAML(t *testing.T, doc string) *v1.Pod {
	t.Helper()
	var pod v1.Pod
	if err := yaml.UnmarshalStrict([]byte(doc), &pod); err != nil {
		t.Fatalf("decoding %q: %v", doc, err)
	}
	return &pod
}

// specJSON returns the JSON of pod's spec, failing the test on error.
func specJSON(t *testing.T, pod *v1.Pod) string {
	t.Helper()
	data, err := json.Marshal(pod.Spec)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// assertDefaults applies Pod to the manifest in, compares the spec with the
// manifest want (the Pod the kubelet receives), and checks that Pod leaves
// its own result, and the manifest want, as they are.
func assertDefaults(t *testing.T, in, want string) {
	t.Helper()
	pod := podYAML(t, in)
	Pod(pod)
	if got, w := specJSON(t, pod), specJSON(t, podYAML(t, want)); got != w {
		t.Errorf("Pod(%s)\n got %s\nwant %s", in, got, w)
	}
	again := pod.DeepCopy()
	if dropped := Pod(again); len(dropped) != 0 {
		t.Errorf("Pod twice dropped %q", dropped)
	}
	if got, w := specJSON(t, again), specJSON(t, pod); got != w {
		t.Errorf("Pod twice\n got %s\nwant %s", got, w)
	}
	defaulted := podYAML(t, want)
	Pod(defaulted)
	if got, w := specJSON(t, defaulted), specJSON(t, podYAML(t, want)); got != w {
		t.Errorf("Pod of the defaulted manifest changed it\n got %s\nwant %s", got, w)
	}
}

// The defaults every container gets, as the manifests below show them.
const (
	filled = `terminationMessagePath: /dev/termination-log, terminationMessagePolicy: File`
)

func TestPodContainerDefaults(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "termination message and pull policy",
			in:   `{spec: {containers: [{name: c, image: "foo:v1"}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `}]}}`,
		},
		{
			name: "termination message kept",
			in:   `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: Never, terminationMessagePath: /tmp/m, terminationMessagePolicy: FallbackToLogsOnError}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: Never, terminationMessagePath: /tmp/m, terminationMessagePolicy: FallbackToLogsOnError}]}}`,
		},
		{
			name: "port protocol",
			in:   `{spec: {containers: [{name: c, image: "foo:v1", ports: [{containerPort: 80}, {containerPort: 53, protocol: UDP}]}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, ports: [{containerPort: 80, protocol: TCP}, {containerPort: 53, protocol: UDP}]}]}}`,
		},
		{
			name: "host ports on the host network, init and regular containers",
			in: `{spec: {hostNetwork: true,
				initContainers: [{name: i, image: "foo:v1", ports: [{containerPort: 53, protocol: UDP}]}],
				containers: [{name: c, image: "foo:v1", ports: [{containerPort: 80}, {containerPort: 81, hostPort: 8081}]}]}}`,
			want: `{spec: {hostNetwork: true,
				initContainers: [{name: i, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]}],
				containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, ports: [{containerPort: 80, hostPort: 80, protocol: TCP}, {containerPort: 81, hostPort: 8081, protocol: TCP}]}]}}`,
		},
		{
			name: "no host ports off the host network",
			in:   `{spec: {containers: [{name: c, image: "foo:v1", ports: [{containerPort: 80, protocol: TCP}]}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, ports: [{containerPort: 80, protocol: TCP}]}]}}`,
		},
		{
			name: "env field reference version",
			in: `{spec: {containers: [{name: c, image: "foo:v1", env: [
				{name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}},
				{name: B, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}},
				{name: C, valueFrom: {resourceFieldRef: {resource: limits.cpu}}},
				{name: D, value: d}]}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, env: [
				{name: A, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: metadata.name}}},
				{name: B, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}},
				{name: C, valueFrom: {resourceFieldRef: {resource: limits.cpu}}},
				{name: D, value: d}]}]}}`,
		},
		{
			name: "requests from limits, init and regular containers",
			in: `{spec: {
				initContainers: [{name: i, image: "foo:v1", resources: {limits: {cpu: 1000m}}}],
				containers: [{name: c, image: "foo:v1", resources: {limits: {cpu: "2", memory: 1Gi}, requests: {cpu: 500m}}}]}}`,
			want: `{spec: {
				initContainers: [{name: i, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, resources: {limits: {cpu: "1"}, requests: {cpu: "1"}}}],
				containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, resources: {limits: {cpu: "2", memory: 1Gi}, requests: {cpu: 500m, memory: 1Gi}}}]}}`,
		},
		{
			name: "a zero request is kept",
			in:   `{spec: {containers: [{name: c, image: "foo:v1", resources: {limits: {cpu: "1"}, requests: {cpu: "0"}}}]}}`,
			want: `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, resources: {limits: {cpu: "1"}, requests: {cpu: "0"}}}]}}`,
		},
		{
			name: "ephemeral containers: container defaults, no requests or host ports",
			in: `{spec: {hostNetwork: true, containers: [{name: c, image: "foo:v1"}], ephemeralContainers: [{name: e, image: busybox,
				ports: [{containerPort: 80}], resources: {limits: {cpu: "1"}}, readinessProbe: {httpGet: {port: 80}}}]}}`,
			want: `{spec: {hostNetwork: true, containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `}], ephemeralContainers: [{name: e, image: busybox, imagePullPolicy: Always, ` + filled + `,
				ports: [{containerPort: 80, protocol: TCP}], resources: {limits: {cpu: "1"}},
				readinessProbe: {httpGet: {port: 80, path: /, scheme: HTTP}, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3}}]}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertDefaults(t, tt.in, tt.want)
		})
	}
}

func TestPodProbeDefaults(t *testing.T) {
	const timings = `timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3`
	tests := []struct {
		name, probe, want string
	}{
		{"exec", `{exec: {command: ["true"]}}`, `{exec: {command: ["true"]}, ` + timings + `}`},
		{"no handler", `{}`, `{` + timings + `}`},
		{"timings kept", `{exec: {command: ["true"]}, initialDelaySeconds: 3, timeoutSeconds: 2, periodSeconds: 5, successThreshold: 2, failureThreshold: 7, terminationGracePeriodSeconds: 9}`,
			`{exec: {command: ["true"]}, initialDelaySeconds: 3, timeoutSeconds: 2, periodSeconds: 5, successThreshold: 2, failureThreshold: 7, terminationGracePeriodSeconds: 9}`},
		{"negative timings kept", `{timeoutSeconds: -1, successThreshold: -2}`, `{timeoutSeconds: -1, periodSeconds: 10, successThreshold: -2, failureThreshold: 3}`},
		{"httpGet path and scheme", `{httpGet: {port: 80}}`, `{httpGet: {port: 80, path: /, scheme: HTTP}, ` + timings + `}`},
		{"httpGet kept", `{httpGet: {port: http, path: /healthz, scheme: HTTPS}}`, `{httpGet: {port: http, path: /healthz, scheme: HTTPS}, ` + timings + `}`},
		{"tcpSocket", `{tcpSocket: {port: 80}}`, `{tcpSocket: {port: 80}, ` + timings + `}`},
		{"grpc service", `{grpc: {port: 9090}}`, `{grpc: {port: 9090, service: ""}, ` + timings + `}`},
		{"grpc service kept", `{grpc: {port: 9090, service: health}}`, `{grpc: {port: 9090, service: health}, ` + timings + `}`},
	}
	for _, tt := range tests {
		for _, field := range []string{"livenessProbe", "readinessProbe", "startupProbe"} {
			t.Run(field+"/"+tt.name, func(t *testing.T) {
				in := `{spec: {containers: [{name: c, image: "foo:v1", ` + field + `: ` + tt.probe + `}]}}`
				want := `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, ` + field + `: ` + tt.want + `}]}}`
				assertDefaults(t, in, want)
			})
		}
	}
}

func TestPodLifecycleDefaults(t *testing.T) {
	tests := []struct {
		name, handler, want string
	}{
		{"httpGet", `{httpGet: {port: 80}}`, `{httpGet: {port: 80, path: /, scheme: HTTP}}`},
		{"httpGet kept", `{httpGet: {port: 80, path: /stop, scheme: HTTPS}}`, `{httpGet: {port: 80, path: /stop, scheme: HTTPS}}`},
		{"exec", `{exec: {command: [sleep, "5"]}}`, `{exec: {command: [sleep, "5"]}}`},
		{"tcpSocket", `{tcpSocket: {port: 80}}`, `{tcpSocket: {port: 80}}`},
	}
	for _, tt := range tests {
		for _, hook := range []string{"postStart", "preStop"} {
			t.Run(hook+"/"+tt.name, func(t *testing.T) {
				in := `{spec: {containers: [{name: c, image: "foo:v1", lifecycle: {` + hook + `: ` + tt.handler + `}}]}}`
				want := `{spec: {containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, lifecycle: {` + hook + `: ` + tt.want + `}}]}}`
				assertDefaults(t, in, want)
			})
		}
	}
}

func TestPodGatedFields(t *testing.T) {
	in := `{spec: {hostUsers: false, resourceClaims: [{name: gpu}],
		initContainers: [{name: i, image: "foo:v1", resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}], securityContext: {procMount: Unmasked}}],
		containers: [{name: c, image: "foo:v1", resources: {claims: [{name: gpu}]}, securityContext: {procMount: Default, runAsUser: 1}},
			{name: d, image: "foo:v1", resources: {limits: {cpu: "1"}, claims: [{name: gpu}]}, resizePolicy: [{resourceName: memory, restartPolicy: RestartContainer}]}],
		ephemeralContainers: [{name: e, image: "foo:v1", resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}], securityContext: {procMount: ""}}]}}`
	want := `{spec: {
		initContainers: [{name: i, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, securityContext: {procMount: Default}}],
		containers: [{name: c, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, securityContext: {procMount: Default, runAsUser: 1}},
			{name: d, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, resources: {limits: {cpu: "1"}, requests: {cpu: "1"}}}],
		ephemeralContainers: [{name: e, image: "foo:v1", imagePullPolicy: IfNotPresent, ` + filled + `, securityContext: {procMount: Default}}]}}`
	assertDefaults(t, in, want)

	dropped := Pod(podYAML(t, in))
	wantDropped := []string{
		"spec.initContainers[0].resizePolicy",
		"spec.containers[0].resources.claims",
		"spec.containers[1].resources.claims",
		"spec.containers[1].resizePolicy",
		"spec.ephemeralContainers[0].resizePolicy",
		"spec.hostUsers",
		"spec.resourceClaims",
	}
	if len(dropped) != len(wantDropped) {
		t.Fatalf("dropped %q, want %q", dropped, wantDropped)
	}
	for i := range dropped {
		if dropped[i] != wantDropped[i] {
			t.Errorf("dropped[%d] = %q, want %q", i, dropped[i], wantDropped[i])
		}
	}
}

func TestPodNil(t *testing.T) {
	if dropped := Pod(nil); dropped != nil {
		t.Errorf("Pod(nil) = %q, want nil", dropped)
	}
}

func TestPullPolicyFor(t *testing.T) {
	const digest = "sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2"
	tests := []struct {
		image string
		want  v1.PullPolicy
	}{
		{"foo", v1.PullAlways},
		{"foo:latest", v1.PullAlways},
		{"foo:v1", v1.PullIfNotPresent},
		{"foo:Latest", v1.PullIfNotPresent},
		{"foo@" + digest, v1.PullIfNotPresent},
		{"foo:latest@" + digest, v1.PullAlways},
		{"foo:v1@" + digest, v1.PullIfNotPresent},
		{"foo@sha256:4c2b", v1.PullIfNotPresent},
		{"host:5000/foo", v1.PullAlways},
		{"host:5000/foo:latest", v1.PullAlways},
		{"host:5000/foo:v2", v1.PullIfNotPresent},
		{"localhost/foo", v1.PullAlways},
		{"index.docker.io/foo", v1.PullAlways},
		{"X.io/foo", v1.PullAlways},
		{"Foo", v1.PullIfNotPresent},
		{"Foo/bar", v1.PullIfNotPresent},
		{"x.io/Foo", v1.PullIfNotPresent},
		{"[::1]:5000/foo", v1.PullIfNotPresent},
		{"", v1.PullIfNotPresent},
		{"foo:", v1.PullIfNotPresent},
		{":latest", v1.PullIfNotPresent},
		{" foo", v1.PullIfNotPresent},
		{"a__b", v1.PullAlways},
		{"a___b", v1.PullIfNotPresent},
		{"a----b", v1.PullAlways},
		{"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", v1.PullIfNotPresent},
	}
	for _, tt := range tests {
		if got := pullPolicyFor(tt.image); got != tt.want {
			t.Errorf("pullPolicyFor(%q) = %s, want %s", tt.image, got, tt.want)
		}
		in := `{spec: {containers: [{name: c, image: "` + tt.image + `"}]}}`
		want := `{spec: {containers: [{name: c, image: "` + tt.image + `", imagePullPolicy: ` + string(tt.want) + `, ` + filled + `}]}}`
		assertDefaults(t, in, want)
	}
}

func TestPodKeepsPullPolicy(t *testing.T) {
	for _, policy := range []string{"Always", "IfNotPresent", "Never"} {
		in := `{spec: {containers: [{name: c, image: "foo:latest", imagePullPolicy: ` + policy + `}]}}`
		want := `{spec: {containers: [{name: c, image: "foo:latest", imagePullPolicy: ` + policy + `, ` + filled + `}]}}`
		assertDefaults(t, in, want)
	}
}
