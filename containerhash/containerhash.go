package containerhash

import (
	"errors"
	"fmt"
	"strings"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/apifields"
	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// The kubelet minor versions this package knows.
const (
	// OldestMinor is the oldest kubelet minor whose hashes New computes.
	OldestMinor = 27
	// LastWholeContainerMinor is the last kubelet minor that hashes the
	// whole container; later ones hash its name and image.
	LastWholeContainerMinor = 30
	// NewestMinor is the newest kubelet minor whose hashes New computes.
	NewestMinor = 37
)

// ErrUnknownMinor is returned by New for a minor outside OldestMinor to
// NewestMinor.
var ErrUnknownMinor = errors.New("unknown kubelet minor version")

// A Kubelet computes the container hashes of one kubelet minor version.
// Its zero value is not usable; New returns one. It is safe for concurrent
// use.
type Kubelet struct {
	minor int
	// newer are the container fields this build's types have and the
	// kubelet's API does not.
	newer apifields.Paths[v1.Container]
}

// New returns the hashes of kubelet v1.minor: 27 for v1.27.16. It returns
// an error wrapping ErrUnknownMinor when minor is not between OldestMinor
// and NewestMinor.
func New(minor int) (Kubelet, error) {
	if minor < OldestMinor || minor > NewestMinor {
		return Kubelet{}, fmt.Errorf("kubelet v1.%d: %w (known: v1.%d to v1.%d)", minor, ErrUnknownMinor, OldestMinor, NewestMinor)
	}
	fields := apifields.NotIn(apifields.ContainerFields(), minor)
	return Kubelet{minor: minor, newer: apifields.Resolve[v1.Container](fields)}, nil
}

// Minor returns the kubelet's minor version.
func (k Kubelet) Minor() int { return k.minor }

// HashesWholeContainer reports whether the kubelet hashes the whole
// container (v1.27 to v1.30) rather than its name and image.
func (k Kubelet) HashesWholeContainer() bool { return k.minor <= LastWholeContainerMinor }

// HasHashWithoutResources reports whether the kubelet also computes the
// hash without resources (v1.27 to v1.30).
func (k Kubelet) HasHashWithoutResources() bool { return k.HashesWholeContainer() }

// NewerFields returns the JSON paths of the fields set in c that the
// kubelet's API does not have ("restartPolicy", "env[2].valueFrom.fileKeyRef"),
// in a fixed order; none for a nil c.
func (k Kubelet) NewerFields(c *v1.Container) []string {
	return k.newer.Find(c, "")
}

// Hashes are the hashes a kubelet computes for a container.
type Hashes struct {
	// Hash is the value of the io.kubernetes.container.hash label, which
	// the kubelet writes in lower-case hexadecimal.
	Hash uint64
	// WithoutResources is the hash with the container's resources left
	// out, when HasWithoutResources is true (kubelets v1.27 to v1.30).
	WithoutResources    uint64
	HasWithoutResources bool
}

// Hash returns the hashes the kubelet computes for c. For a kubelet that
// hashes the whole container, it returns a *NewerFieldsError when c sets
// fields the kubelet's API does not have (NewerFields). A nil c is an
// error.
func (k Kubelet) Hash(c *v1.Container) (Hashes, error) {
	if k.minor == 0 {
		return Hashes{}, errors.New("containerhash: the zero Kubelet (use New)")
	}
	if c == nil {
		return Hashes{}, errors.New("containerhash: nil container")
	}
	if !k.HashesWholeContainer() {
		return Hashes{Hash: hash.ContainerNameAndImage(c)}, nil
	}
	if newer := k.NewerFields(c); len(newer) > 0 {
		return Hashes{}, &NewerFieldsError{Minor: k.minor, Fields: newer}
	}
	return Hashes{
		Hash:                hash.WholeContainer(c),
		WithoutResources:    hash.WholeContainerWithoutResources(c),
		HasWithoutResources: true,
	}, nil
}

// A NewerFieldsError says that a container sets fields that a kubelet
// which hashes the whole container does not have in its API, so that its
// hash cannot be computed from this container.
type NewerFieldsError struct {
	// Minor is the kubelet's minor version.
	Minor int
	// Fields are the JSON paths of the fields, as NewerFields returns them.
	Fields []string
}

func (e *NewerFieldsError) Error() string {
	noun := "field"
	if len(e.Fields) > 1 {
		noun = "fields"
	}
	return fmt.Sprintf("kubelet v1.%d hashes the whole container, and its API has no %s %s",
		e.Minor, noun, strings.Join(e.Fields, ", "))
}
