// Package containergc is the kubelet's container garbage collector, the
// GC that NewContainerGC returns, written once for every kubelet line and
// generic over the line's GCPolicy type. It checks the policy's minimum age
// and hands every run to the runtime's GarbageCollect with the policy and
// whether all pod sources are ready.
package containergc
