package main

import (
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/util/intstr"
)

var quantities = []string{"100m", "0", "1", "1.5", "250m", "64Mi", "1Gi", "1e3", "0.1", "1Ki", "123456789", "2.5Gi", "500M"}

func (g *gen) quantity() resource.Quantity {
	return resource.MustParse(pick(g, quantities...))
}

func (g *gen) resourceList() v1.ResourceList {
	if g.chance(0.3) {
		return nil
	}
	rl := v1.ResourceList{}
	for i, n := 0, g.intn(4); i < n; i++ {
		rl[pick(g, v1.ResourceCPU, v1.ResourceMemory, v1.ResourceEphemeralStorage, "example.com/gpu", "hugepages-2Mi")] = g.quantity()
	}
	return rl
}

func (g *gen) envVars() []v1.EnvVar {
	var out []v1.EnvVar
	for i, n := 0, g.intn(4); i < n; i++ {
		e := v1.EnvVar{Name: pick(g, "A", "B", "POD_NAME", "LOG_LEVEL", "", "é")}
		switch g.intn(6) {
		case 0:
			e.ValueFrom = &v1.EnvVarSource{FieldRef: &v1.ObjectFieldSelector{APIVersion: "v1", FieldPath: "metadata.name"}}
		case 1:
			e.ValueFrom = &v1.EnvVarSource{SecretKeyRef: &v1.SecretKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "s"}, Key: "k", Optional: g.boolPtr()}}
		case 2:
			e.ValueFrom = &v1.EnvVarSource{ConfigMapKeyRef: &v1.ConfigMapKeySelector{LocalObjectReference: v1.LocalObjectReference{Name: "cm"}, Key: "k"}}
		case 3:
			e.ValueFrom = &v1.EnvVarSource{ResourceFieldRef: &v1.ResourceFieldSelector{ContainerName: "c", Resource: "limits.cpu", Divisor: resource.MustParse("1m")}}
		default:
			e.Value = pick(g, "x", "", "$(A)", "info", g.weird())
		}
		out = append(out, e)
	}
	return out
}

func (g *gen) probe() *v1.Probe {
	if g.chance(0.7) {
		return nil
	}
	p := &v1.Probe{InitialDelaySeconds: int32(g.intn(30)), PeriodSeconds: int32(g.intn(20)), FailureThreshold: int32(g.intn(5))}
	switch g.intn(4) {
	case 0:
		p.Exec = &v1.ExecAction{Command: []string{"cat", "/tmp/healthy"}}
	case 1:
		p.HTTPGet = &v1.HTTPGetAction{Path: "/healthz", Port: pick(g, intstr.FromInt32(8080), intstr.FromString("http")), HTTPHeaders: []v1.HTTPHeader{{Name: "X", Value: "y"}}}
	case 2:
		p.TCPSocket = &v1.TCPSocketAction{Port: intstr.FromInt32(int32(1 + g.intn(65535)))}
	case 3:
		p.GRPC = &v1.GRPCAction{Port: 9090}
	}
	return p
}

func (g *gen) lifecycle() *v1.Lifecycle {
	if g.chance(0.8) {
		return nil
	}
	l := &v1.Lifecycle{}
	if g.chance(0.5) {
		l.PostStart = &v1.LifecycleHandler{Exec: &v1.ExecAction{Command: []string{"sh", "-c", "echo hi"}}}
	}
	if g.chance(0.5) {
		l.PreStop = &v1.LifecycleHandler{Sleep: &v1.SleepAction{Seconds: 5}}
	}
	if g.chance(0.3) {
		sig := pick(g, v1.SIGTERM, v1.SIGKILL, v1.SIGQUIT)
		l.StopSignal = &sig
	}
	return l
}

func (g *gen) containerSecurityContext() *v1.SecurityContext {
	if g.chance(0.5) {
		return nil
	}
	sc := &v1.SecurityContext{Privileged: g.boolPtr()}
	if g.chance(0.3) {
		sc.WindowsOptions = &v1.WindowsSecurityContextOptions{HostProcess: g.boolPtr()}
	}
	if g.chance(0.3) {
		uid := int64(g.intn(70000))
		sc.RunAsUser = &uid
		sc.RunAsNonRoot = g.boolPtr()
	}
	if g.chance(0.2) {
		sc.Capabilities = &v1.Capabilities{Add: []v1.Capability{"NET_ADMIN"}, Drop: []v1.Capability{"ALL"}}
	}
	if g.chance(0.2) {
		sc.ReadOnlyRootFilesystem = g.boolPtr()
		sc.AllowPrivilegeEscalation = g.boolPtr()
	}
	return sc
}

// restartRules gives a container-level restart policy and 0-2 rules, or
// neither.
func (g *gen) restartRules(c *v1.Container, p float64) {
	if !g.chance(p) {
		return
	}
	policy := v1.ContainerRestartPolicy(pick(g, "Always", "OnFailure", "Never", "", "Sometimes"))
	c.RestartPolicy = &policy
	for i, n := 0, g.intn(3); i < n; i++ {
		rule := v1.ContainerRestartRule{Action: v1.ContainerRestartRuleAction(pick(g, "Restart", "RestartAllContainers", "", "Kill"))}
		if !g.chance(0.2) {
			ec := &v1.ContainerRestartRuleOnExitCodes{Operator: v1.ContainerRestartRuleOnExitCodesOperator(pick(g, "In", "NotIn", "", "Bogus"))}
			for j, m := 0, g.intn(4); j < m; j++ {
				ec.Values = append(ec.Values, pick(g, int32(0), 1, 2, 42, 137, -1))
			}
			rule.ExitCodes = ec
		}
		c.RestartPolicyRules = append(c.RestartPolicyRules, rule)
	}
}

// randomContainer is a container whose every field may be set.
func (g *gen) randomContainer() v1.Container {
	c := v1.Container{
		Name:  g.nameOrWeird(realisticNames),
		Image: g.nameOrWeird(realisticImages),
	}
	if g.chance(0.15) {
		return c
	}
	if g.chance(0.4) {
		c.Command = []string{"sh", "-c", pick(g, "echo $(A)", "sleep 3600", g.weird())}
	}
	if g.chance(0.3) {
		c.Args = []string{"--port", "$(PORT)", g.weird()}
	}
	if g.chance(0.3) {
		c.WorkingDir = pick(g, "/app", "", "/tmp")
	}
	for i, n := 0, g.intn(3); i < n; i++ {
		c.Ports = append(c.Ports, g.containerPort())
	}
	if g.chance(0.2) {
		c.EnvFrom = []v1.EnvFromSource{{Prefix: "CFG_", ConfigMapRef: &v1.ConfigMapEnvSource{LocalObjectReference: v1.LocalObjectReference{Name: "cm"}}}}
	}
	c.Env = g.envVars()
	c.Resources = v1.ResourceRequirements{Limits: g.resourceList(), Requests: g.resourceList()}
	if g.chance(0.1) {
		c.Resources.Claims = []v1.ResourceClaim{{Name: "gpu", Request: pick(g, "", "r")}}
	}
	if g.chance(0.2) {
		c.ResizePolicy = []v1.ContainerResizePolicy{{ResourceName: v1.ResourceCPU, RestartPolicy: v1.NotRequired}, {ResourceName: v1.ResourceMemory, RestartPolicy: v1.RestartContainer}}
	}
	g.restartRules(&c, 0.15)
	if g.chance(0.3) {
		c.VolumeMounts = []v1.VolumeMount{{Name: "data", MountPath: "/data", ReadOnly: g.chance(0.5), SubPath: pick(g, "", "x"), SubPathExpr: pick(g, "", "$(POD_NAME)")}}
	}
	if g.chance(0.1) {
		c.VolumeDevices = []v1.VolumeDevice{{Name: "blk", DevicePath: "/dev/xvda"}}
	}
	c.LivenessProbe = g.probe()
	c.ReadinessProbe = g.probe()
	c.StartupProbe = g.probe()
	c.Lifecycle = g.lifecycle()
	if g.chance(0.2) {
		c.TerminationMessagePath = "/dev/termination-log"
		c.TerminationMessagePolicy = pick(g, v1.TerminationMessageReadFile, v1.TerminationMessageFallbackToLogsOnError)
	}
	if g.chance(0.3) {
		c.ImagePullPolicy = pick(g, v1.PullAlways, v1.PullIfNotPresent, v1.PullNever, "")
	}
	c.SecurityContext = g.containerSecurityContext()
	if g.chance(0.1) {
		c.Stdin, c.StdinOnce, c.TTY = g.chance(0.5), g.chance(0.5), g.chance(0.5)
	}
	return c
}

var hostIPs = []string{"", "0.0.0.0", "127.0.0.1", "10.0.0.1", "192.168.1.10", "::", "::1", "fe80::1", "2001:db8::10",
	"::ffff:10.0.0.1", "not-an-ip", "010.001.002.003", "fe80::1%eth0", "[::1]"}

func (g *gen) containerPort() v1.ContainerPort {
	p := v1.ContainerPort{
		ContainerPort: pick(g, int32(80), 443, 8080, 53, 0, 65535),
		Protocol:      v1.Protocol(pick(g, "TCP", "UDP", "SCTP", "", "tcp")),
		HostIP:        pick(g, hostIPs...),
	}
	if g.chance(0.4) {
		p.HostPort = pick(g, int32(80), 8080, 0, 30000)
	}
	if g.chance(0.3) {
		p.Name = pick(g, "http", "dns", "", "metrics")
	}
	return p
}
