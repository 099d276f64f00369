package main

import (
	"fmt"
	"regexp"
	"strconv"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// Kubelet minor versions this build can answer for.
const (
	// oldestKubelet is the first kubelet whose hash this build computes:
	// manifests are decoded into the v1.27 API types.
	oldestKubelet = 27
	// lastWholeSpecKubelet is the last kubelet that hashes the whole
	// container spec; later ones hash only name and image.
	lastWholeSpecKubelet = 30
	// newestKubelet is the newest kubelet this build knows.
	newestKubelet = 37
)

// supportedKubelets describes the --kubelet values for help and messages.
const supportedKubelets = "1.27 (the default), 1.28, 1.29, 1.30, and 1.31 to 1.37"

// A hashAlgorithm is the way a range of kubelet versions hashes a container
// spec into the io.kubernetes.container.hash annotation.
type hashAlgorithm struct {
	// Name names the algorithm for messages: "kubelet v1.27".
	Name string
	// Version is the --kubelet value that selects it: "1.27".
	Version string
	// Hash hashes a container.
	Hash func(*v1.Container) uint64
	// HashWithoutResources hashes a container with its resources left
	// out, or is nil when these kubelets have no such hash.
	HashWithoutResources func(*v1.Container) uint64
}

// wholeSpec is the algorithm of kubelet v1.27 to v1.30: the whole container
// spec, as encoding/json writes it.
func wholeSpec() hashAlgorithm {
	return hashAlgorithm{
		Name:                 "kubelet v1.27",
		Version:              "1.27",
		Hash:                 container.HashContainer,
		HashWithoutResources: container.HashContainerWithoutResources,
	}
}

// nameAndImage is the algorithm of kubelet v1.31 and later: only the
// container's name and image.
func nameAndImage() hashAlgorithm {
	return hashAlgorithm{Name: "kubelet v1.31", Version: "1.31", Hash: hashNameAndImage}
}

// hashNameAndImage is the kubelet v1.31 hash of c.
func hashNameAndImage(c *v1.Container) uint64 {
	return uint64(hash.NameAndImage(c.Name, c.Image))
}

// otherAlgorithm returns the algorithm that a is not, to tell users when a
// running container was hashed by the other one.
func otherAlgorithm(a hashAlgorithm) hashAlgorithm {
	if a.HashWithoutResources == nil {
		return wholeSpec()
	}
	return nameAndImage()
}

// A kubelet is the kubelet version a command answers for.
type kubelet struct {
	// Minor is the minor version: 27 for kubelet v1.27.16.
	Minor int
	// Algorithm is the hash algorithm of that version.
	Algorithm hashAlgorithm
}

// refusesNewerFields reports whether a container field that the v1.27 API
// does not know makes the hash impossible to compute: kubelets v1.28 to
// v1.30 hash the whole spec with types that may know it, while the v1.27
// API server drops it (v1.27) and kubelets v1.31 and later ignore it.
func (k kubelet) refusesNewerFields() bool {
	return k.Minor > oldestKubelet && k.Minor <= lastWholeSpecKubelet
}

// appliesDefaults reports whether the API server's defaults can change the
// hash: only for kubelets that hash the whole spec.
func (k kubelet) appliesDefaults() bool {
	return k.Minor <= lastWholeSpecKubelet
}

// kubeletVersionSyntax is 1.MINOR or 1.MINOR.PATCH, with an optional "v"
// and no leading zeros.
var kubeletVersionSyntax = regexp.MustCompile(`^v?1\.(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,3}))?$`)

// parseKubelet parses a --kubelet value: "1.27", "v1.27" or "1.27.16".
func parseKubelet(s string) (kubelet, error) {
	match := kubeletVersionSyntax.FindStringSubmatch(s)
	if match == nil {
		return kubelet{}, fmt.Errorf("invalid kubelet version %q (want 1.MINOR or 1.MINOR.PATCH, e.g. 1.27 or v1.31.2; supported: %s)",
			s, supportedKubelets)
	}
	// At most three digits: Atoi cannot fail.
	minor, _ := strconv.Atoi(match[1])
	switch {
	case minor < oldestKubelet:
		return kubelet{}, fmt.Errorf("kubelet version %q is not supported: this build computes the hashes of kubelets %s", s, supportedKubelets)
	case minor > newestKubelet:
		return kubelet{}, fmt.Errorf("kubelet version %q is unknown to this build: it computes the hashes of kubelets %s", s, supportedKubelets)
	case minor <= lastWholeSpecKubelet:
		return kubelet{Minor: minor, Algorithm: wholeSpec()}, nil
	default:
		return kubelet{Minor: minor, Algorithm: nameAndImage()}, nil
	}
}

// formatHash writes a hash as the kubelet writes it in the annotation.
func formatHash(h uint64) string {
	return strconv.FormatUint(h, 16)
}
