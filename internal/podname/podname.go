package podname

import (
	"fmt"
	"strings"
)

// Separator joins a pod's name and namespace in its full name.
const Separator = "_"

// Build returns the full name "<name>_<namespace>". Nothing is escaped, so
// a name or namespace holding "_" gives a full name that Parse rejects.
func Build(name, namespace string) string {
	return name + Separator + namespace
}

// Parse splits a full name into name and namespace. It must contain
// exactly one "_" with text on both sides; otherwise the error is `failed
// to parse the pod full name <input quoted with %q>` and both strings are
// empty.
func Parse(fullName string) (name, namespace string, err error) {
	name, namespace, found := strings.Cut(fullName, Separator)
	if !found || name == "" || namespace == "" || strings.Contains(namespace, Separator) {
		return "", "", fmt.Errorf("failed to parse the pod full name %q", fullName)
	}
	return name, namespace, nil
}
