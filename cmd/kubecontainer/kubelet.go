package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/container"
	"github.com/kubecontainer/kubecontainer/internal/hash"
)

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

// wholeSpec is the algorithm of kubelet v1.16 to v1.30: the whole container
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
// container's name and image, written as {"image":…,"name":…}.
func nameAndImage() hashAlgorithm {
	return hashAlgorithm{Name: "kubelet v1.31", Version: "1.31", Hash: hashNameAndImage}
}

// hashNameAndImage hashes the JSON of c's name and image through the same
// text and FNV-1a steps as the whole-spec hash.
func hashNameAndImage(c *v1.Container) uint64 {
	fields := struct {
		Image string `json:"image"`
		Name  string `json:"name"`
	}{Image: c.Image, Name: c.Name}
	// Encoding a struct of two strings cannot fail.
	data, _ := json.Marshal(fields)
	return uint64(hash.Bytes(data))
}

// otherAlgorithm returns the algorithm that a is not, to tell users when a
// running container was hashed by the other one.
func otherAlgorithm(a hashAlgorithm) hashAlgorithm {
	if a.HashWithoutResources == nil {
		return wholeSpec()
	}
	return nameAndImage()
}

// parseKubeletVersion returns the hash algorithm of kubelet version s:
// "1.27", "v1.27" or "1.27.16".
func parseKubeletVersion(s string) (hashAlgorithm, error) {
	invalid := fmt.Errorf("invalid kubelet version %q (want 1.MINOR, e.g. 1.27 or 1.31)", s)
	parts := strings.Split(strings.TrimPrefix(s, "v"), ".")
	if len(parts) < 2 || len(parts) > 3 || parts[0] != "1" {
		return hashAlgorithm{}, invalid
	}
	numbers := make([]int, len(parts))
	for i, part := range parts {
		n, err := strconv.Atoi(part)
		if err != nil || n < 0 {
			return hashAlgorithm{}, invalid
		}
		numbers[i] = n
	}
	minor := numbers[1]
	switch {
	case minor < 16:
		return hashAlgorithm{}, fmt.Errorf("kubelet version %q is not supported (want 1.16 or later)", s)
	case minor <= 30:
		return wholeSpec(), nil
	default:
		return nameAndImage(), nil
	}
}

// formatHash writes a hash as the kubelet writes it in the annotation.
func formatHash(h uint64) string {
	return strconv.FormatUint(h, 16)
}
