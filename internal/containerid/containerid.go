package containerid

import (
	"fmt"
	"strconv"
	"strings"
)

// Separator separates the runtime type from the ID in the text form.
const Separator = "://"

// Format returns the text form "<typ>://<id>"; empty parts give "://".
func Format(typ, id string) string {
	return typ + Separator + id
}

// Parse splits the text form of a container ID into its type and ID, as
// the kubelet's ContainerID.ParseString does. Every leading and trailing
// double quote of data is ignored first. What remains must contain the
// separator "://" exactly once, and either side may be empty. Otherwise
// the error is `invalid container ID: <data quoted with %q>`.
func Parse(data string) (typ, id string, err error) {
	unquoted := strings.Trim(data, `"`)
	typ, id, found := strings.Cut(unquoted, Separator)
	if !found || strings.Contains(id, Separator) {
		return "", "", fmt.Errorf("invalid container ID: %q", data)
	}
	return typ, id, nil
}

// MarshalJSON returns the text form of the ID quoted with Go syntax (fmt's
// %q), as the kubelet's MarshalJSON does. For printable text without `"`
// and `\` that is a JSON string; a control character comes out as a Go
// escape such as \x01, which is not valid JSON.
func MarshalJSON(typ, id string) []byte {
	return strconv.AppendQuote(nil, Format(typ, id))
}
