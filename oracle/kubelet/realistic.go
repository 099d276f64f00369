package main

import (
	"encoding/json"
	"fmt"

	v1 "k8s.io/api/core/v1"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// The hand-written realistic inputs; each file starts with them.
// Containers and pods are JSON, decoded into the minor's types, so that
// fields a minor lacks (a sidecar's restartPolicy before v1.28, restart
// rules before v1.34, a stop signal before v1.33) simply drop out.

// realisticContainerJSON are the realistic containers of hash.jsonl; the
// first is upstream's hash test container.
var realisticContainerJSON = []string{
	`{"name":"test_container","image":"foo/image:v1"}`,
	`{}`,
	`{"name":"nginx","image":"nginx:1.25","ports":[{"name":"http","containerPort":80,"protocol":"TCP"}]}`,
	`{"name":"redis","image":"redis:7","command":["redis-server"],"args":["--port","$(REDIS_PORT)"],"env":[{"name":"REDIS_PORT","value":"6379"}],
	  "resources":{"limits":{"memory":"256Mi"},"requests":{"cpu":"100m"}}}`,
	`{"name":"app","image":"ghcr.io/example/app:2.3.1","livenessProbe":{"httpGet":{"path":"/healthz","port":"http"},"periodSeconds":10},
	  "readinessProbe":{"tcpSocket":{"port":8080}},"startupProbe":{"exec":{"command":["cat","/tmp/ready"]},"failureThreshold":30},
	  "lifecycle":{"preStop":{"sleep":{"seconds":5}},"stopSignal":"SIGQUIT"}}`,
	`{"name":"istio-proxy","image":"docker.io/istio/proxyv2:1.20.0","restartPolicy":"Always"}`,
	`{"name":"job","image":"busybox:1.36","restartPolicy":"Never","restartPolicyRules":[{"action":"Restart","exitCodes":{"operator":"In","values":[42]}}]}`,
	`{"name":"priv","image":"registry.k8s.io/kube-proxy:v1.29.15","securityContext":{"privileged":true}}`,
	`{"name":"<script>&\"","image":"ünïcödé/ímage:ß"}`,
	`{"name":"tab\tname","image":"line\u2028sep"}`,
	`{"name":"gpu","image":"nvcr.io/nvidia/cuda:12.2.0-base","resources":{"claims":[{"name":"gpu"}]},
	  "resizePolicy":[{"resourceName":"cpu","restartPolicy":"NotRequired"}]}`,
	`{"name":"win","image":"mcr.microsoft.com/windows/nanoserver:ltsc2022","securityContext":{"windowsOptions":{"hostProcess":true}}}`,
	`{"name":"config","image":"app:1","envFrom":[{"prefix":"CFG_","configMapRef":{"name":"cm"}}],
	  "env":[{"name":"POD","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"metadata.name"}}},
	         {"name":"CPU","valueFrom":{"resourceFieldRef":{"containerName":"config","resource":"limits.cpu","divisor":"1m"}}}],
	  "volumeMounts":[{"name":"data","mountPath":"/data","readOnly":true,"recursiveReadOnly":"Enabled","subPathExpr":"$(POD)"}],
	  "volumeDevices":[{"name":"blk","devicePath":"/dev/xvda"}],"terminationMessagePolicy":"FallbackToLogsOnError"}`,
}

// realisticContainers decodes realisticContainerJSON into the minor's
// v1.Container.
func realisticContainers() []v1.Container {
	out := make([]v1.Container, len(realisticContainerJSON))
	for i, text := range realisticContainerJSON {
		if err := json.Unmarshal([]byte(text), &out[i]); err != nil {
			panic(fmt.Sprintf("realistic container %d: %v", i+1, err))
		}
	}
	return out
}

type expansionCase struct {
	container v1.Container
	envs      []kc.EnvVar
}

func realisticExpansions() []expansionCase {
	return []expansionCase{
		{v1.Container{Name: "redis", Command: []string{"redis-server"}, Args: []string{"--port", "$(REDIS_PORT)", "--maxmemory", "$(MAXMEM)mb"}},
			[]kc.EnvVar{{Name: "REDIS_PORT", Value: "6379"}, {Name: "MAXMEM", Value: "256"}}},
		{v1.Container{Name: "sh", Command: []string{"/bin/sh", "-c", "echo $(GREETING) $$(HOME) $(UNSET)"}},
			[]kc.EnvVar{{Name: "GREETING", Value: "hello"}}},
		{v1.Container{Name: "none"}, nil},
		{v1.Container{Name: "empty", Command: []string{}, Args: []string{}}, []kc.EnvVar{}},
		{v1.Container{Name: "dup", Args: []string{"$(A)"}}, []kc.EnvVar{{Name: "A", Value: "first"}, {Name: "A", Value: "last"}}},
		{v1.Container{Name: "nested", Args: []string{"$(A)", "$($(A)", "$()", "$((A)", "$é", "$"}}, []kc.EnvVar{{Name: "A", Value: "$(B)"}, {Name: "", Value: "empty-name"}}},
		{v1.Container{Name: "java", Command: []string{"java", "-Xmx$(HEAP)", "-jar", "/app.jar"}}, []kc.EnvVar{{Name: "HEAP", Value: "512m"}}},
	}
}

type staticCase struct {
	command []string
	envs    []v1.EnvVar
}

func realisticStatic() []staticCase {
	secret := &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "foo"}, Key: "bar"}}
	return []staticCase{
		{[]string{"/bin/sh", "-c", "echo $(ENV_FOO)"}, []v1.EnvVar{{Name: "ENV_FOO", Value: "bar"}}},
		{[]string{"/bin/sh", "-c", "echo $(SECRET)"}, []v1.EnvVar{{Name: "SECRET", ValueFrom: secret}}},
		{[]string{"echo", "$(BOTH)"}, []v1.EnvVar{{Name: "BOTH", Value: "v", ValueFrom: secret}}},
		{nil, []v1.EnvVar{{Name: "A", Value: "1"}}},
		{[]string{}, nil},
		{[]string{"$(A)$(A)", "$$(A)"}, []v1.EnvVar{{Name: "A", Value: "1"}, {Name: "A", Value: "2"}}},
	}
}

type subpathCase struct {
	mount v1.VolumeMount
	envs  []kc.EnvVar
}

func realisticSubpaths() []subpathCase {
	logs := func(expr string) v1.VolumeMount {
		return v1.VolumeMount{Name: "logs", MountPath: "/var/log/nginx", SubPathExpr: expr}
	}
	return []subpathCase{
		{logs("$(POD_NAMESPACE)/$(POD_NAME)"), []kc.EnvVar{{Name: "POD_NAME", Value: "web-0"}, {Name: "POD_NAMESPACE", Value: "prod"}}},
		{logs("$(POD_NAMESPACE)/$(POD_NAME)"), []kc.EnvVar{{Name: "POD_NAME", Value: "web-0"}, {Name: "POD_NAMESPACE", Value: ""}}},
		{logs("$(B)/$(A)/$()"), nil},
		{logs(""), nil},
		{logs("static/path"), []kc.EnvVar{}},
		{logs("$$(POD_NAME)"), []kc.EnvVar{{Name: "POD_NAME", Value: "x"}}},
	}
}

// realisticPodJSON are the realistic pods of pods.jsonl.
var realisticPodJSON = []string{
	`{"metadata":{"name":"web-0","namespace":"prod","uid":"8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"},"spec":{
	  "initContainers":[{"name":"wait-for-db","image":"busybox:1.36"}],
	  "containers":[{"name":"nginx","image":"nginx:1.25","ports":[{"name":"http","containerPort":80,"protocol":"TCP"},{"containerPort":443,"hostPort":8443,"protocol":"TCP"}]},
	    {"name":"dns","image":"coredns","ports":[{"containerPort":53,"protocol":"UDP"},{"containerPort":53,"protocol":"TCP"},{"containerPort":53,"protocol":"UDP","hostIP":"::1"}]}]}}`,
	`{"kind":"Pod","apiVersion":"v1","metadata":{"name":"kube-proxy-abcde","namespace":"kube-system","uid":"8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"},
	  "spec":{"hostNetwork":true,"containers":[{"name":"kube-proxy","image":"registry.k8s.io/kube-proxy:v1.29.15","securityContext":{"privileged":true}}]}}`,
	`{"metadata":{"name":"win-hpc","namespace":"default","uid":"8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"},"spec":{"hostNetwork":true,
	  "securityContext":{"windowsOptions":{"hostProcess":true}},
	  "containers":[{"name":"a","image":"mcr.microsoft.com/windows/nanoserver"},{"name":"b","securityContext":{"windowsOptions":{"hostProcess":false}}}]}}`,
	`{"metadata":{"name":"app","namespace":"default","uid":"8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"},"spec":{
	  "containers":[{"name":"app","image":"app:1"}],"ephemeralContainers":[{"name":"debugger","image":"busybox","targetContainerName":"app"}]}}`,
	`{"metadata":{"name":"sidecar-demo","namespace":"default","uid":"8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"},"spec":{
	  "initContainers":[{"name":"log-shipper","image":"fluent-bit","restartPolicy":"Always"}],
	  "containers":[{"name":"app","image":"app:1","ports":[{"name":"metrics","containerPort":9090}]}]}}`,
	`{}`,
}

// realisticPods decodes realisticPodJSON into the minor's v1.Pod.
func realisticPods() []v1.Pod {
	out := make([]v1.Pod, len(realisticPodJSON))
	for i, text := range realisticPodJSON {
		if err := json.Unmarshal([]byte(text), &out[i]); err != nil {
			panic(fmt.Sprintf("realistic pod %d: %v", i+1, err))
		}
	}
	return out
}
