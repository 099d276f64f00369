package testing

import "github.com/kubecontainer/kubecontainer/internal/fakes"

// FakeVersion is a kubecontainer.Version that compares as plain text.
type FakeVersion struct {
	Version string
}

// String returns Version.
func (fv *FakeVersion) String() string {
	return fv.Version
}

// Compare compares Version and other byte by byte, as strings, with no
// version parsing: "1.10" is older than "1.9". It returns 1 when Version is
// greater, -1 when it is smaller, 0 when they are equal, and never an error.
func (fv *FakeVersion) Compare(other string) (int, error) {
	return fakes.CompareText(fv.Version, other), nil
}
