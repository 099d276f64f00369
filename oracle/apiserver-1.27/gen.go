package main

import (
	"fmt"
	"math/rand"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	batchv1 "k8s.io/api/batch/v1"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	k8sruntime "k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// generator builds random Pod specs that exercise every container field
// the API server defaults or drops: each optional field is present or
// absent at random, so the data shows both the default and its absence.
type generator struct {
	r *rand.Rand
}

func (g generator) chance(p float64) bool { return g.r.Float64() < p }

func (g generator) pick(options ...string) string { return options[g.r.Intn(len(options))] }

var images = []string{
	"nginx", "nginx:latest", "nginx:1.25", "nginx:Latest", "nginx:LATEST",
	"registry.k8s.io/pause:3.9", "host:5000/foo", "host:5000/foo:latest", "host:5000/foo:v2",
	"foo@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2",
	"foo:latest@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2",
	"foo:v1@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2",
	"foo@sha256:short", "", "Foo", "foo:", ":latest", "foo bar", "docker.io/library/busybox",
	"busybox:latest ", " busybox", "localhost/foo:latest", "a/b/c:latest", "ghcr.io/o/r:sha-1234",
	"foo:-bad", "foo@", "@sha256:abc", "UPPER/case:latest", "quay.io/x/y@sha512:" +
		"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
}

// quantities are the resources a container may ask for, in a fixed order
// (the output depends on the seed only), with the values to pick from.
var quantities = []struct {
	name   v1.ResourceName
	values []string
}{
	{v1.ResourceCPU, []string{"100m", "1000m", "1", "0.5", "2", "250m", "0", "1.5"}},
	{v1.ResourceMemory, []string{"128Mi", "1Gi", "512M", "1e9", "1024Ki", "0", "1.5Gi", "100"}},
	{v1.ResourceEphemeralStorage, []string{"1Gi", "500Mi"}},
	{"nvidia.com/gpu", []string{"1", "2"}},
	{"hugepages-2Mi", []string{"64Mi"}},
}

func (g generator) resources() v1.ResourceRequirements {
	var rr v1.ResourceRequirements
	for _, q := range quantities {
		name, values := q.name, q.values
		if g.chance(0.35) {
			if rr.Limits == nil {
				rr.Limits = v1.ResourceList{}
			}
			rr.Limits[name] = resource.MustParse(values[g.r.Intn(len(values))])
		}
		if g.chance(0.25) {
			if rr.Requests == nil {
				rr.Requests = v1.ResourceList{}
			}
			rr.Requests[name] = resource.MustParse(values[g.r.Intn(len(values))])
		}
	}
	if g.chance(0.1) {
		rr.Limits = v1.ResourceList{}
	}
	if g.chance(0.1) {
		rr.Requests = v1.ResourceList{}
	}
	if g.chance(0.1) {
		rr.Claims = []v1.ResourceClaim{{Name: "gpu"}}
	}
	return rr
}

func (g generator) port(i int) v1.ContainerPort {
	p := v1.ContainerPort{ContainerPort: int32(80 + g.r.Intn(9000))}
	if g.chance(0.5) {
		p.Name = fmt.Sprintf("p%d", i)
	}
	if g.chance(0.5) {
		p.Protocol = v1.Protocol(g.pick("TCP", "UDP", "SCTP", "tcp"))
	}
	if g.chance(0.3) {
		p.HostPort = int32(30000 + g.r.Intn(2000))
	}
	if g.chance(0.2) {
		p.HostPort = p.ContainerPort
	}
	if g.chance(0.1) {
		p.HostIP = "0.0.0.0"
	}
	return p
}

func (g generator) intOrString() intstr.IntOrString {
	if g.chance(0.5) {
		return intstr.FromInt(8080)
	}
	return intstr.FromString("http")
}

func (g generator) httpGet() *v1.HTTPGetAction {
	h := &v1.HTTPGetAction{Port: g.intOrString()}
	if g.chance(0.5) {
		h.Path = g.pick("/", "/healthz", "/ready")
	}
	if g.chance(0.4) {
		h.Scheme = v1.URIScheme(g.pick("HTTP", "HTTPS"))
	}
	if g.chance(0.2) {
		h.Host = "127.0.0.1"
	}
	if g.chance(0.2) {
		h.HTTPHeaders = []v1.HTTPHeader{{Name: "X-Probe", Value: "1"}}
	}
	return h
}

func (g generator) probe() *v1.Probe {
	p := &v1.Probe{}
	switch g.r.Intn(6) {
	case 0:
		p.Exec = &v1.ExecAction{Command: []string{"cat", "/tmp/healthy"}}
	case 1, 2:
		p.HTTPGet = g.httpGet()
	case 3:
		p.TCPSocket = &v1.TCPSocketAction{Port: g.intOrString()}
		if g.chance(0.2) {
			p.TCPSocket.Host = "localhost"
		}
	case 4:
		p.GRPC = &v1.GRPCAction{Port: 9090}
		if g.chance(0.5) {
			s := g.pick("", "health", "grpc.health.v1.Health")
			p.GRPC.Service = &s
		}
	case 5: // no handler
	}
	if g.chance(0.4) {
		p.InitialDelaySeconds = int32(g.r.Intn(30))
	}
	if g.chance(0.4) {
		p.TimeoutSeconds = int32(g.r.Intn(5))
	}
	if g.chance(0.4) {
		p.PeriodSeconds = int32(g.r.Intn(30))
	}
	if g.chance(0.4) {
		p.SuccessThreshold = int32(g.r.Intn(3))
	}
	if g.chance(0.4) {
		p.FailureThreshold = int32(g.r.Intn(6))
	}
	if g.chance(0.2) {
		t := int64(g.r.Intn(60))
		p.TerminationGracePeriodSeconds = &t
	}
	return p
}

func (g generator) lifecycleHandler() *v1.LifecycleHandler {
	h := &v1.LifecycleHandler{}
	switch g.r.Intn(4) {
	case 0:
		h.Exec = &v1.ExecAction{Command: []string{"sh", "-c", "sleep 5"}}
	case 1, 2:
		h.HTTPGet = g.httpGet()
	case 3:
		h.TCPSocket = &v1.TCPSocketAction{Port: g.intOrString()}
	}
	return h
}

func (g generator) env() []v1.EnvVar {
	var env []v1.EnvVar
	for i, n := 0, g.r.Intn(5); i < n; i++ {
		e := v1.EnvVar{Name: fmt.Sprintf("E%d", i)}
		switch g.r.Intn(5) {
		case 0:
			e.Value = "v"
		case 1:
			e.ValueFrom = &v1.EnvVarSource{FieldRef: &v1.ObjectFieldSelector{FieldPath: g.pick("metadata.name", "status.podIP", "spec.nodeName")}}
			if g.chance(0.4) {
				e.ValueFrom.FieldRef.APIVersion = g.pick("v1", "v2")
			}
		case 2:
			e.ValueFrom = &v1.EnvVarSource{ResourceFieldRef: &v1.ResourceFieldSelector{Resource: g.pick("limits.cpu", "requests.memory")}}
			if g.chance(0.3) {
				e.ValueFrom.ResourceFieldRef.ContainerName = "c0"
			}
			if g.chance(0.5) {
				e.ValueFrom.ResourceFieldRef.Divisor = resource.MustParse(g.pick("1", "1m", "1Mi", "1000m", "0"))
			}
		case 3:
			e.ValueFrom = &v1.EnvVarSource{ConfigMapKeyRef: &v1.ConfigMapKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "cm"}, Key: "k"}}
		case 4:
			e.ValueFrom = &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "s"}, Key: "k"}}
		}
		env = append(env, e)
	}
	if g.chance(0.1) {
		env = []v1.EnvVar{}
	}
	return env
}

func (g generator) securityContext() *v1.SecurityContext {
	sc := &v1.SecurityContext{}
	if g.chance(0.4) {
		pm := v1.ProcMountType(g.pick("Default", "Unmasked", "", "Weird"))
		sc.ProcMount = &pm
	}
	if g.chance(0.3) {
		f := g.chance(0.5)
		sc.Privileged = &f
	}
	if g.chance(0.3) {
		u := int64(1000)
		sc.RunAsUser = &u
	}
	if g.chance(0.2) {
		sc.Capabilities = &v1.Capabilities{Add: []v1.Capability{"NET_ADMIN"}}
	}
	if g.chance(0.2) {
		sc.SeccompProfile = &v1.SeccompProfile{Type: v1.SeccompProfileTypeRuntimeDefault}
	}
	if g.chance(0.1) {
		sc.SeccompProfile = &v1.SeccompProfile{Type: v1.SeccompProfileTypeLocalhost}
	}
	if g.chance(0.1) {
		hp := g.chance(0.5)
		sc.WindowsOptions = &v1.WindowsSecurityContextOptions{HostProcess: &hp}
	}
	if g.chance(0.1) {
		sc.SELinuxOptions = &v1.SELinuxOptions{Level: "s0:c1"}
	}
	if g.chance(0.1) {
		f := g.chance(0.5)
		sc.AllowPrivilegeEscalation = &f
		sc.ReadOnlyRootFilesystem = &f
		sc.RunAsNonRoot = &f
	}
	return sc
}

func (g generator) container(name string) v1.Container {
	c := v1.Container{Name: name, Image: g.image()}
	if g.chance(0.2) {
		c.Command = []string{"/bin/sh", "-c", "echo $(E0)"}
	}
	if g.chance(0.1) {
		c.Args = []string{"--v=2"}
	}
	if g.chance(0.1) {
		c.WorkingDir = "/work"
	}
	for i, n := 0, g.r.Intn(3); i < n; i++ {
		c.Ports = append(c.Ports, g.port(i))
	}
	if g.chance(0.05) {
		c.Ports = []v1.ContainerPort{}
	}
	c.Env = g.env()
	if g.chance(0.1) {
		c.EnvFrom = []v1.EnvFromSource{{ConfigMapRef: &v1.ConfigMapEnvSource{LocalObjectReference: v1.LocalObjectReference{Name: "cm"}}}}
	}
	if g.chance(0.8) {
		c.Resources = g.resources()
	}
	if g.chance(0.2) {
		c.ResizePolicy = []v1.ContainerResizePolicy{{ResourceName: v1.ResourceCPU, RestartPolicy: v1.NotRequired}}
		if g.chance(0.5) {
			c.ResizePolicy = append(c.ResizePolicy, v1.ContainerResizePolicy{ResourceName: v1.ResourceMemory, RestartPolicy: v1.RestartContainer})
		}
	}
	if g.chance(0.2) {
		c.VolumeMounts = []v1.VolumeMount{{Name: "data", MountPath: "/data"}}
		if g.chance(0.3) {
			mp := v1.MountPropagationMode(g.pick("None", "HostToContainer", "Bidirectional", ""))
			c.VolumeMounts[0].MountPropagation = &mp
		}
		if g.chance(0.3) {
			c.VolumeMounts[0].SubPathExpr = "$(E0)"
			c.VolumeMounts[0].ReadOnly = true
		}
	}
	if g.chance(0.05) {
		c.VolumeDevices = []v1.VolumeDevice{{Name: "blk", DevicePath: "/dev/xvda"}}
	}
	if g.chance(0.05) {
		c.StdinOnce = true
	}
	if g.chance(0.4) {
		c.LivenessProbe = g.probe()
	}
	if g.chance(0.4) {
		c.ReadinessProbe = g.probe()
	}
	if g.chance(0.3) {
		c.StartupProbe = g.probe()
	}
	if g.chance(0.3) {
		c.Lifecycle = &v1.Lifecycle{}
		if g.chance(0.6) {
			c.Lifecycle.PostStart = g.lifecycleHandler()
		}
		if g.chance(0.6) {
			c.Lifecycle.PreStop = g.lifecycleHandler()
		}
	}
	if g.chance(0.4) {
		c.TerminationMessagePath = g.pick("/dev/termination-log", "/tmp/msg", "")
	}
	if g.chance(0.4) {
		c.TerminationMessagePolicy = v1.TerminationMessagePolicy(g.pick("File", "FallbackToLogsOnError"))
	}
	if g.chance(0.4) {
		c.ImagePullPolicy = v1.PullPolicy(g.pick("Always", "IfNotPresent", "Never"))
	}
	if g.chance(0.3) {
		c.SecurityContext = g.securityContext()
	}
	if g.chance(0.05) {
		c.Stdin, c.TTY = true, true
	}
	return c
}

func (g generator) ephemeral(name string) v1.EphemeralContainer {
	c := g.container(name)
	ec := v1.EphemeralContainer{EphemeralContainerCommon: v1.EphemeralContainerCommon(c)}
	if g.chance(0.5) {
		ec.TargetContainerName = "c0"
	}
	return ec
}

func (g generator) podSpec() v1.PodSpec {
	var s v1.PodSpec
	for i, n := 0, 1+g.r.Intn(3); i < n; i++ {
		s.Containers = append(s.Containers, g.container(fmt.Sprintf("c%d", i)))
	}
	for i, n := 0, g.r.Intn(3)-1; i < n; i++ {
		s.InitContainers = append(s.InitContainers, g.container(fmt.Sprintf("init%d", i)))
	}
	if g.chance(0.25) {
		for i, n := 0, 1+g.r.Intn(2); i < n; i++ {
			s.EphemeralContainers = append(s.EphemeralContainers, g.ephemeral(fmt.Sprintf("debug%d", i)))
		}
	}
	if g.chance(0.25) {
		s.HostNetwork = true
	}
	if g.chance(0.1) {
		s.ResourceClaims = []v1.PodResourceClaim{{Name: "gpu"}}
	}
	if g.chance(0.1) {
		b := g.chance(0.5)
		s.HostUsers = &b
	}
	if g.chance(0.2) {
		s.Volumes = []v1.Volume{{Name: "data", VolumeSource: v1.VolumeSource{EmptyDir: &v1.EmptyDirVolumeSource{}}}}
	}
	if g.chance(0.2) {
		s.RestartPolicy = v1.RestartPolicy(g.pick("Always", "OnFailure", "Never"))
	}
	return s
}

var workloadKinds = []string{"Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicationController", "PodTemplate"}

// manifest returns the i-th random manifest: a Pod about half the time,
// otherwise a workload whose template carries a random spec.
func (g generator) manifest(i int) k8sruntime.Object {
	name := fmt.Sprintf("r%d", i)
	spec := g.podSpec()
	meta := metav1.ObjectMeta{Name: name, Labels: map[string]string{"app": name}}
	if g.chance(0.15) {
		meta.Annotations = map[string]string{
			"container.seccomp.security.alpha.kubernetes.io/" + g.pick("c0", "c1", "init0", "debug0"): g.pick("runtime/default", "unconfined", "localhost/p.json", "docker/default"),
		}
	}
	tmpl := v1.PodTemplateSpec{ObjectMeta: metav1.ObjectMeta{Labels: meta.Labels, Annotations: meta.Annotations}, Spec: spec}
	selector := &metav1.LabelSelector{MatchLabels: meta.Labels}
	if g.chance(0.5) {
		return &v1.Pod{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Pod"}, ObjectMeta: meta, Spec: spec}
	}
	kind := workloadKinds[g.r.Intn(len(workloadKinds))]
	if kind == "Job" || kind == "CronJob" {
		if tmpl.Spec.RestartPolicy == "" || tmpl.Spec.RestartPolicy == v1.RestartPolicyAlways {
			tmpl.Spec.RestartPolicy = v1.RestartPolicyNever
		}
	}
	apps := metav1.TypeMeta{APIVersion: "apps/v1", Kind: kind}
	batch := metav1.TypeMeta{APIVersion: "batch/v1", Kind: kind}
	core := metav1.TypeMeta{APIVersion: "v1", Kind: kind}
	switch kind {
	case "Deployment":
		return &appsv1.Deployment{TypeMeta: apps, ObjectMeta: meta, Spec: appsv1.DeploymentSpec{Selector: selector, Template: tmpl}}
	case "ReplicaSet":
		return &appsv1.ReplicaSet{TypeMeta: apps, ObjectMeta: meta, Spec: appsv1.ReplicaSetSpec{Selector: selector, Template: tmpl}}
	case "StatefulSet":
		return &appsv1.StatefulSet{TypeMeta: apps, ObjectMeta: meta, Spec: appsv1.StatefulSetSpec{Selector: selector, ServiceName: name, Template: tmpl}}
	case "DaemonSet":
		return &appsv1.DaemonSet{TypeMeta: apps, ObjectMeta: meta, Spec: appsv1.DaemonSetSpec{Selector: selector, Template: tmpl}}
	case "Job":
		return &batchv1.Job{TypeMeta: batch, ObjectMeta: meta, Spec: batchv1.JobSpec{Template: tmpl}}
	case "CronJob":
		return &batchv1.CronJob{TypeMeta: batch, ObjectMeta: meta, Spec: batchv1.CronJobSpec{Schedule: "*/5 * * * *",
			JobTemplate: batchv1.JobTemplateSpec{Spec: batchv1.JobSpec{Template: tmpl}}}}
	case "ReplicationController":
		return &v1.ReplicationController{TypeMeta: core, ObjectMeta: meta, Spec: v1.ReplicationControllerSpec{Selector: meta.Labels, Template: &tmpl}}
	}
	return &v1.PodTemplate{TypeMeta: core, ObjectMeta: meta, Template: tmpl}
}

// image returns a known image form or a random string built from the
// characters of image references, valid or not.
func (g generator) image() string {
	if g.chance(0.5) {
		return images[g.r.Intn(len(images))]
	}
	parts := []string{"a", "b0", "Foo", "x.io", "x.io:5000", "localhost", "localhost:80", "1.2.3.4", "[::1]:5000",
		"my-repo", "my__repo", "my_repo", "a.b", "a--b", "-a", "a-", "_a", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
	var s string
	for i, n := 0, 1+g.r.Intn(3); i < n; i++ {
		if i > 0 {
			s += "/"
		}
		s += parts[g.r.Intn(len(parts))]
	}
	switch g.r.Intn(6) {
	case 0:
		s += ":latest"
	case 1:
		s += ":" + g.pick("v1", "1.0", "Latest", "_x", ".x", "-x", "x_y.z-w", "", "latest:")
	case 2:
		s += "@" + g.pick("sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2",
			"sha256:4C2B0C3D8E0F5F8A6A1E6D9A1F0D1B2C3D4E5F60718293A4B5C6D7E8F9A0B1C2",
			"sha256:0123456789abcdef0123456789abcdef", "md5:0123456789abcdef0123456789abcdef",
			"sha384:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	case 3:
		s = strings.Repeat("a", 250) + "/" + s
	}
	if g.chance(0.1) {
		s += ":latest@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2"
	}
	return s
}
