package fakes

import (
	"sync"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// ContainerDir returns dir when the container has a termination message
// path and "" otherwise: the PodContainerDir of the options the fake
// runtime helper generates.
func ContainerDir(container *v1.Container, dir string) string {
	if container.TerminationMessagePath == "" {
		return ""
	}
	return dir
}

// DNSConfig returns a new DNSConfig holding the given slices themselves.
func DNSConfig(servers, searches, options []string) *runtimeapi.DNSConfig {
	return &runtimeapi.DNSConfig{Servers: servers, Searches: searches, Options: options}
}

// PodDir returns the fake helper's pod directory: "/poddir/" and the UID.
func PodDir(uid types.UID) string {
	return "/poddir/" + string(uid)
}

// RunInContainer remembers a command runner's last call: id and cmd (the
// caller's slice, not a copy) go to *lastID and *lastCmd while mu is held.
// It returns stdout as a non-nil byte slice.
func RunInContainer[ID any](mu *sync.Mutex, lastID *ID, lastCmd *[]string, id ID, cmd []string, stdout string) []byte {
	mu.Lock()
	defer mu.Unlock()
	*lastID = id
	*lastCmd = cmd
	return []byte(stdout)
}
