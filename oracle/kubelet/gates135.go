//go:build kubelet1.35 && !kubelet1.36

package main

// v1.35's ShouldContainerBeRestarted reads ContainerRestartRules (default
// true) and RestartAllContainersOnContainerExits (default false, and only
// on with NodeDeclaredFeatures); the status cache reads EventedPLEG
// (-find-gates).

var readGates = []string{"ContainerRestartRules", "RestartAllContainersOnContainerExits", "EventedPLEG"}

var restartVariants = []gateVariant{
	{"restart_rules_off.jsonl", map[string]bool{"ContainerRestartRules": false}},
	{"restart_all_on.jsonl", map[string]bool{"RestartAllContainersOnContainerExits": true, "NodeDeclaredFeatures": true}},
}
