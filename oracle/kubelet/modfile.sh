#!/bin/sh
# modfile.sh VERSION writes kubelet-1.NN.mod (and its .sum) for
# k8s.io/kubernetes VERSION (v1.29.15): the module requires that version,
# replaces each staging repository it requires at v0.0.0 by the same patch
# (v0.29.15), as the kubelet is built, and requires the root module at the
# version of versions.yaml, replaced by the checkout. Then `go mod tidy`
# fills in the rest. For the newest minor, rename the files to go.mod and
# go.sum.
set -eu
version=$1
minor=$(echo "$version" | cut -d. -f2)
patch=$(echo "$version" | cut -d. -f3)
mod=kubelet-1.$minor.mod
upstream=$(go mod download -json "k8s.io/kubernetes@$version" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
gover=$(sed -n 's/^go //p' "$upstream")
root=$(sed -n 's/^    version: //p' ../../versions.yaml | head -1)
{
	echo "module github.com/kubecontainer/kubecontainer/oracle/kubelet"
	echo
	echo "go $gover"
	echo
	echo "require k8s.io/kubernetes $version"
	echo
	echo "require github.com/kubecontainer/kubecontainer $root"
	echo
	echo "replace github.com/kubecontainer/kubecontainer => ../.."
	echo
	echo "replace ("
	sed -n 's/^[[:space:]]*\(k8s\.io\/[a-z0-9-]*\) v0\.0\.0$/\t\1 => \1 v0.'"$minor.$patch"'/p' "$upstream"
	echo ")"
} > "$mod"
rm -f "kubelet-1.$minor.sum"
go mod tidy -modfile="$mod"
