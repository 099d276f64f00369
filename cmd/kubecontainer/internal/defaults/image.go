package defaults

import (
	"strings"

	v1 "k8s.io/api/core/v1"
)

// defaultTag is the tag an image reference names when it has neither a tag
// nor a digest.
const defaultTag = "latest"

// maxNameLength is the longest repository name, domain included, that an
// image reference may have once normalized.
const maxNameLength = 255

// pullPolicyFor returns the image pull policy the API server gives a
// container that has none: Always when its image names the tag "latest"
// (written, or implied by a reference with neither tag nor digest),
// IfNotPresent otherwise, including for an image that is not a valid
// reference.
func pullPolicyFor(image string) v1.PullPolicy {
	tag, ok := imageTag(image)
	if ok && tag == defaultTag {
		return v1.PullAlways
	}
	return v1.PullIfNotPresent
}

// imageTag returns the tag that the image reference image names, after the
// normalization a container runtime applies (docker.io/library/ for a short
// name), "latest" when it has neither tag nor digest, and "" when it has a
// digest only. ok is false when image is not a valid reference.
func imageTag(image string) (tag string, ok bool) {
	if isHexIdentifier(image) {
		return "", false
	}
	domain, rest := splitDomain(image)
	if strings.ToLower(rest) != rest {
		return "", false
	}
	full := domain + "/" + rest
	name, tag, digest, ok := splitReference(full)
	if !ok || !validName(name) || len(name) > maxNameLength || !validDigest(digest) {
		return "", false
	}
	if tag == "" && digest == "" {
		return defaultTag, true
	}
	return tag, true
}

// isHexIdentifier reports whether s is 64 lowercase hexadecimal digits, the
// form of an image ID, which is never a repository name.
func isHexIdentifier(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLowerHex(s[i]) {
			return false
		}
	}
	return true
}

// splitDomain splits image into its registry domain and the rest, with the
// defaults of Docker Hub: a first component that has no '.' or ':' and is
// not "localhost" is no domain, even with capital letters (which then make
// the reference invalid).
func splitDomain(image string) (domain, rest string) {
	i := strings.IndexByte(image, '/')
	if i < 0 || (!strings.ContainsAny(image[:i], ".:") && image[:i] != "localhost") {
		domain, rest = "docker.io", image
	} else {
		domain, rest = image[:i], image[i+1:]
	}
	if domain == "index.docker.io" {
		domain = "docker.io"
	}
	if domain == "docker.io" && !strings.Contains(rest, "/") {
		rest = "library/" + rest
	}
	return domain, rest
}

// splitReference splits a reference into name, tag and digest, checking
// the syntax of the tag and the shape of the digest.
func splitReference(ref string) (name, tag, digest string, ok bool) {
	name = ref
	if i := strings.IndexByte(name, '@'); i >= 0 {
		name, digest = name[:i], name[i+1:]
		if !digestSyntax(digest) {
			return "", "", "", false
		}
	}
	if i := strings.LastIndexByte(name, ':'); i >= 0 && i > strings.LastIndexByte(name, '/') {
		name, tag = name[:i], name[i+1:]
		if !validTag(tag) {
			return "", "", "", false
		}
	}
	return name, tag, digest, true
}

// validName reports whether name is an optional domain followed by one or
// more '/'-separated path components.
func validName(name string) bool {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		if validPathComponent(p) || (i == 0 && len(parts) > 1 && validDomain(p)) {
			continue
		}
		return false
	}
	return true
}

// validPathComponent reports whether p is lowercase alphanumerics separated
// by '.', '_', "__" or one or more '-'.
func validPathComponent(p string) bool {
	if p == "" || !isLowerAlnum(p[0]) || !isLowerAlnum(p[len(p)-1]) {
		return false
	}
	for i := 0; i < len(p); {
		if isLowerAlnum(p[i]) {
			i++
			continue
		}
		// A separator: '.', '_', "__" or a run of '-', then an alphanumeric.
		switch {
		case p[i] == '-':
			for i < len(p) && p[i] == '-' {
				i++
			}
		case strings.HasPrefix(p[i:], "__"):
			i += 2
		case p[i] == '.' || p[i] == '_':
			i++
		default:
			return false
		}
		if i >= len(p) || !isLowerAlnum(p[i]) {
			return false
		}
	}
	return true
}

// validDomain reports whether d is dot-separated host name components with
// an optional numeric port.
func validDomain(d string) bool {
	host := d
	if i := strings.IndexByte(d, ':'); i >= 0 {
		host = d[:i]
		port := d[i+1:]
		if port == "" {
			return false
		}
		for j := 0; j < len(port); j++ {
			if port[j] < '0' || port[j] > '9' {
				return false
			}
		}
	}
	for _, c := range strings.Split(host, ".") {
		if c == "" || !isAlnum(c[0]) || !isAlnum(c[len(c)-1]) {
			return false
		}
		for j := 0; j < len(c); j++ {
			if !isAlnum(c[j]) && c[j] != '-' {
				return false
			}
		}
	}
	return true
}

// validTag reports whether t is a word character followed by at most 127
// word characters, '.' or '-'.
func validTag(t string) bool {
	if t == "" || len(t) > 128 || !isWord(t[0]) {
		return false
	}
	for i := 1; i < len(t); i++ {
		if !isWord(t[i]) && t[i] != '.' && t[i] != '-' {
			return false
		}
	}
	return true
}

// digestSyntax reports whether d has the shape algorithm:hex: the
// algorithm is components of letters and digits, each starting with a
// letter, joined by single '+', '.', '-' or '_'; hex is at least 32
// hexadecimal digits.
func digestSyntax(d string) bool {
	i := strings.IndexByte(d, ':')
	if i <= 0 {
		return false
	}
	alg, hex := d[:i], d[i+1:]
	componentStart := true
	for j := 0; j < len(alg); j++ {
		switch c := alg[j]; {
		case componentStart:
			if !isLetter(c) {
				return false
			}
			componentStart = false
		case strings.IndexByte("+.-_", c) >= 0:
			componentStart = true
		case !isAlnum(c):
			return false
		}
	}
	if componentStart || len(hex) < 32 {
		return false
	}
	for j := 0; j < len(hex); j++ {
		if !isHex(hex[j]) {
			return false
		}
	}
	return true
}

// digestLength returns the number of hexadecimal digits of a digest made
// with algorithm, and false for an algorithm a reference may not use.
func digestLength(algorithm string) (int, bool) {
	switch algorithm {
	case "sha256":
		return 64, true
	case "sha384":
		return 96, true
	case "sha512":
		return 128, true
	}
	return 0, false
}

// validDigest reports whether d is empty or a digest of a known algorithm
// with its exact length in lowercase hexadecimal.
func validDigest(d string) bool {
	if d == "" {
		return true
	}
	i := strings.IndexByte(d, ':')
	if i < 0 {
		return false
	}
	n, ok := digestLength(d[:i])
	if !ok || len(d)-i-1 != n {
		return false
	}
	for j := i + 1; j < len(d); j++ {
		if !isLowerHex(d[j]) {
			return false
		}
	}
	return true
}

func isLowerAlnum(b byte) bool { return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') }
func isLetter(b byte) bool     { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') }
func isAlnum(b byte) bool      { return isLetter(b) || (b >= '0' && b <= '9') }
func isWord(b byte) bool       { return isAlnum(b) || b == '_' }
func isLowerHex(b byte) bool   { return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') }
func isHex(b byte) bool        { return isLowerHex(b) || (b >= 'A' && b <= 'F') }
