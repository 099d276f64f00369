//go:build kubelet1.36

package main

// From v1.36 ShouldContainerBeRestarted reads ContainerRestartRules and
// RestartAllContainersOnContainerExits, both on by default; the registry
// refuses the first off without the second. The status cache reads
// EventedPLEG (-find-gates, v1.36 and v1.37).

var readGates = []string{"ContainerRestartRules", "RestartAllContainersOnContainerExits", "EventedPLEG"}

var restartVariants = []gateVariant{
	{"restart_rules_off.jsonl", map[string]bool{"ContainerRestartRules": false, "RestartAllContainersOnContainerExits": false}},
	{"restart_all_off.jsonl", map[string]bool{"RestartAllContainersOnContainerExits": false}},
}
