// Package fakes holds the logic of the kubelet's test doubles that every
// kubelet line shares: recorded calls and the assertions on them, the
// one-token bucket that holds image pulls, the image and pod bookkeeping of
// the fake runtime, FakeOS's file table, the plain-text version comparison,
// the command runner's memory and the status cache that asks its runtime.
//
// Each line's container/testing package declares the fakes with the
// kubelet's exact fields and signatures; their methods call in here, so a
// behavior both kubelets share is written once. Functions are generic over
// a line's own types where those types differ (pods, images, statuses).
//
// Nothing here copies defensively: slices handed in are kept and slices
// handed out are shared, as the kubelet's fakes do.
package fakes
