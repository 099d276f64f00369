package runtimepod

// First returns the first element of items for which match reports true,
// or nil. Nil elements are passed to match like any other.
func First[T any](items []*T, match func(*T) bool) *T {
	for _, item := range items {
		if match(item) {
			return item
		}
	}
	return nil
}

// FirstIn returns a pointer into items to the first element for which
// match reports true, or nil.
func FirstIn[T any](items []T, match func(*T) bool) *T {
	for i := range items {
		if match(&items[i]) {
			return &items[i]
		}
	}
	return nil
}

// Value returns a shallow copy of *p, or the zero T when p is nil.
func Value[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}
