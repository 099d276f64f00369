// Package installtest holds the install test: it serves the project's
// released modules at the version of versions.yaml from a file-system module
// proxy, packed as a proxy packs them, and uses them as a user does, from
// modules with no replace directive of their own: a consumer of every
// kubelet line is built and tested, and the command is installed with
// `go install ...@VERSION` and run (ARCHITECTURE.md, "Modules").
package installtest
