package runtimepod

// Filter returns, in order, the elements of items for which keep reports
// true. The result is never nil: when nothing is kept it is empty.
func Filter[T any](items []*T, keep func(*T) bool) []*T {
	kept := []*T{}
	for _, item := range items {
		if keep(item) {
			kept = append(kept, item)
		}
	}
	return kept
}

// Convert returns convert(item), in order, for every element of items for
// which keep reports true. The result stays nil when nothing is kept, as
// the kubelet's running-pod conversion leaves it.
func Convert[S, T any](items []*S, keep func(*S) bool, convert func(*S) *T) []*T {
	var converted []*T
	for _, item := range items {
		if keep(item) {
			converted = append(converted, convert(item))
		}
	}
	return converted
}
