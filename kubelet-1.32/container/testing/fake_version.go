package testing

import "github.com/kubecontainer/kubecontainer/internal/fakes"

// FakeVersion is a Version compared as plain text.
type FakeVersion struct {
	Version string
}

// String returns Version.
func (fv *FakeVersion) String() string {
	return fv.Version
}

// Compare returns 1, 0 or -1 as Version is greater than, equal to or less
// than other byte by byte ("1.10" < "1.9"), and never an error.
func (fv *FakeVersion) Compare(other string) (int, error) {
	return fakes.CompareText(fv.Version, other), nil
}
