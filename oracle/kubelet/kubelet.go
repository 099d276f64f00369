package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// kubeletBuild says which upstream the generator was built with.
type kubeletBuild struct {
	version string // k8s.io/kubernetes's version, "v1.37.2"
	minor   int    // 37
	goVer   string // the Go release that built the generator
}

// kubelet reads the k8s.io/kubernetes version from the build information
// and checks that the build tags agree with it.
func kubelet() (kubeletBuild, error) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return kubeletBuild{}, errors.New("no build information")
	}
	for _, dep := range info.Deps {
		if dep.Path != "k8s.io/kubernetes" {
			continue
		}
		parts := strings.Split(strings.TrimPrefix(dep.Version, "v"), ".")
		if len(parts) < 2 {
			return kubeletBuild{}, fmt.Errorf("k8s.io/kubernetes version %q", dep.Version)
		}
		minor, err := strconv.Atoi(parts[1])
		if err != nil {
			return kubeletBuild{}, fmt.Errorf("k8s.io/kubernetes version %q: %w", dep.Version, err)
		}
		for _, level := range apiLevels {
			if level.on != (minor >= level.minor) {
				return kubeletBuild{}, fmt.Errorf("built with k8s.io/kubernetes %s but tag kubelet1.%d is %v; build with -tags %s",
					dep.Version, level.minor, level.on, tagsFor(minor))
			}
		}
		return kubeletBuild{version: dep.Version, minor: minor, goVer: runtime.Version()}, nil
	}
	return kubeletBuild{}, errors.New("k8s.io/kubernetes is not in the build")
}

// apiLevels are the minors where upstream's API changed in a way the
// generator follows, with whether the build tags selected the files of
// that minor and later (sinceNNN.go) or of earlier ones (beforeNNN.go).
var apiLevels = []struct {
	minor int
	on    bool
}{{28, since128}, {29, since129}, {30, since130}, {31, since131}, {33, since133}, {35, since135}, {37, since137}}

// tagsFor lists the build tags of a minor: kubelet1.28 up to it.
func tagsFor(minor int) string {
	var tags []string
	for m := 28; m <= minor; m++ {
		tags = append(tags, fmt.Sprintf("kubelet1.%d", m))
	}
	return strings.Join(tags, ",")
}
