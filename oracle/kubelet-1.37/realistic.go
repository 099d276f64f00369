package main

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
	kc "k8s.io/kubernetes/pkg/kubelet/container"
)

// The hand-written realistic inputs; each file starts with them.

func realisticContainers() []v1.Container {
	always := v1.ContainerRestartPolicyAlways
	never := v1.ContainerRestartPolicyNever
	sig := v1.SIGQUIT
	priv := true
	return []v1.Container{
		{Name: "test_container", Image: "foo/image:v1"}, // upstream's hash test container
		{},
		{Name: "nginx", Image: "nginx:1.25", Ports: []v1.ContainerPort{{Name: "http", ContainerPort: 80, Protocol: v1.ProtocolTCP}}},
		{Name: "redis", Image: "redis:7", Command: []string{"redis-server"}, Args: []string{"--port", "$(REDIS_PORT)"},
			Env:       []v1.EnvVar{{Name: "REDIS_PORT", Value: "6379"}},
			Resources: v1.ResourceRequirements{Limits: v1.ResourceList{v1.ResourceMemory: resource.MustParse("256Mi")}, Requests: v1.ResourceList{v1.ResourceCPU: resource.MustParse("100m")}}},
		{Name: "app", Image: "ghcr.io/example/app:2.3.1",
			LivenessProbe:  &v1.Probe{ProbeHandler: v1.ProbeHandler{HTTPGet: &v1.HTTPGetAction{Path: "/healthz", Port: intstr.FromString("http")}}, PeriodSeconds: 10},
			ReadinessProbe: &v1.Probe{ProbeHandler: v1.ProbeHandler{TCPSocket: &v1.TCPSocketAction{Port: intstr.FromInt32(8080)}}},
			StartupProbe:   &v1.Probe{ProbeHandler: v1.ProbeHandler{Exec: &v1.ExecAction{Command: []string{"cat", "/tmp/ready"}}}, FailureThreshold: 30},
			Lifecycle:      &v1.Lifecycle{PreStop: &v1.LifecycleHandler{Sleep: &v1.SleepAction{Seconds: 5}}, StopSignal: &sig}},
		{Name: "istio-proxy", Image: "docker.io/istio/proxyv2:1.20.0", RestartPolicy: &always},
		{Name: "job", Image: "busybox:1.36", RestartPolicy: &never, RestartPolicyRules: []v1.ContainerRestartRule{
			{Action: v1.ContainerRestartRuleActionRestart, ExitCodes: &v1.ContainerRestartRuleOnExitCodes{Operator: v1.ContainerRestartRuleOnExitCodesOpIn, Values: []int32{42}}}}},
		{Name: "priv", Image: "registry.k8s.io/kube-proxy:v1.37.2", SecurityContext: &v1.SecurityContext{Privileged: &priv}},
		{Name: "<script>&\"", Image: "ünïcödé/ímage:ß"},
		{Name: "tab\tname", Image: "line\u2028sep"},
		{Name: "gpu", Image: "nvcr.io/nvidia/cuda:12.2.0-base", Resources: v1.ResourceRequirements{Claims: []v1.ResourceClaim{{Name: "gpu"}}},
			ResizePolicy: []v1.ContainerResizePolicy{{ResourceName: v1.ResourceCPU, RestartPolicy: v1.NotRequired}}},
		{Name: "win", Image: "mcr.microsoft.com/windows/nanoserver:ltsc2022", SecurityContext: &v1.SecurityContext{WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: &priv}}},
	}
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

func realisticPods() []v1.Pod {
	always := v1.ContainerRestartPolicyAlways
	yes, no := true, false
	meta := func(name, ns string) v1.Pod {
		var p v1.Pod
		p.Name, p.Namespace, p.UID = name, ns, "8c0f7f0e-4c8b-4d7e-9d25-0a1b2c3d4e5f"
		return p
	}
	web := meta("web-0", "prod")
	web.Spec.InitContainers = []v1.Container{{Name: "wait-for-db", Image: "busybox:1.36"}}
	web.Spec.Containers = []v1.Container{
		{Name: "nginx", Image: "nginx:1.25", Ports: []v1.ContainerPort{{Name: "http", ContainerPort: 80, Protocol: v1.ProtocolTCP}, {ContainerPort: 443, HostPort: 8443, Protocol: v1.ProtocolTCP}}},
		{Name: "dns", Image: "coredns", Ports: []v1.ContainerPort{{ContainerPort: 53, Protocol: v1.ProtocolUDP}, {ContainerPort: 53, Protocol: v1.ProtocolTCP}, {ContainerPort: 53, Protocol: v1.ProtocolUDP, HostIP: "::1"}}},
	}
	proxy := meta("kube-proxy-abcde", "kube-system")
	proxy.APIVersion, proxy.Kind = "v1", "Pod"
	proxy.Spec.HostNetwork = true
	proxy.Spec.Containers = []v1.Container{{Name: "kube-proxy", Image: "registry.k8s.io/kube-proxy:v1.37.2", SecurityContext: &v1.SecurityContext{Privileged: &yes}}}
	win := meta("win-hpc", "default")
	win.Spec.SecurityContext = &v1.PodSecurityContext{WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: &yes}}
	win.Spec.HostNetwork = true
	win.Spec.Containers = []v1.Container{{Name: "a", Image: "mcr.microsoft.com/windows/nanoserver"}, {Name: "b", SecurityContext: &v1.SecurityContext{WindowsOptions: &v1.WindowsSecurityContextOptions{HostProcess: &no}}}}
	debug := meta("app", "default")
	debug.Spec.Containers = []v1.Container{{Name: "app", Image: "app:1"}}
	debug.Spec.EphemeralContainers = []v1.EphemeralContainer{{EphemeralContainerCommon: v1.EphemeralContainerCommon{Name: "debugger", Image: "busybox"}, TargetContainerName: "app"}}
	sidecar := meta("sidecar-demo", "default")
	sidecar.Spec.InitContainers = []v1.Container{{Name: "log-shipper", Image: "fluent-bit", RestartPolicy: &always}}
	sidecar.Spec.Containers = []v1.Container{{Name: "app", Image: "app:1", Ports: []v1.ContainerPort{{Name: "metrics", ContainerPort: 9090}}}}
	empty := v1.Pod{}
	return []v1.Pod{web, proxy, win, debug, sidecar, empty}
}
