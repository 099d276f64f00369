package defaults

import (
	v1 "k8s.io/api/core/v1"
)

const (
	// defaultTerminationMessagePath is where a container writes its
	// termination message unless it says otherwise.
	defaultTerminationMessagePath = "/dev/termination-log"
	// defaultFieldRefAPIVersion is the version a downward API field path
	// is written in unless it says otherwise.
	defaultFieldRefAPIVersion = "v1"
)

// defaultContainer applies the defaults that every kind of container gets
// (init, regular and ephemeral): the termination message, the image pull
// policy, port protocols, probes, lifecycle handlers and env references.
func defaultContainer(c *v1.Container) {
	if c.TerminationMessagePath == "" {
		c.TerminationMessagePath = defaultTerminationMessagePath
	}
	if c.TerminationMessagePolicy == "" {
		c.TerminationMessagePolicy = v1.TerminationMessageReadFile
	}
	if c.ImagePullPolicy == "" {
		c.ImagePullPolicy = pullPolicyFor(c.Image)
	}
	for i := range c.Ports {
		if c.Ports[i].Protocol == "" {
			c.Ports[i].Protocol = v1.ProtocolTCP
		}
	}
	for i := range c.Env {
		defaultEnvSource(c.Env[i].ValueFrom)
	}
	defaultProbe(c.LivenessProbe)
	defaultProbe(c.ReadinessProbe)
	defaultProbe(c.StartupProbe)
	if c.Lifecycle != nil {
		defaultLifecycleHandler(c.Lifecycle.PostStart)
		defaultLifecycleHandler(c.Lifecycle.PreStop)
	}
}

// defaultEnvSource gives a downward API field reference its API version.
func defaultEnvSource(s *v1.EnvVarSource) {
	if s != nil && s.FieldRef != nil && s.FieldRef.APIVersion == "" {
		s.FieldRef.APIVersion = defaultFieldRefAPIVersion
	}
}

// hostPortsFromContainerPorts sets, for a pod on the host's network, the
// host port of every port that has none to its container port.
func hostPortsFromContainerPorts(ports []v1.ContainerPort) {
	for i := range ports {
		if ports[i].HostPort == 0 {
			ports[i].HostPort = ports[i].ContainerPort
		}
	}
}
