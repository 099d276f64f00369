package fakes

// ImageRef answers GetImageRef: id and nil when an image has that ID, ""
// and missErr otherwise. idOf reads an image's ID.
func ImageRef[I any](images []I, idOf func(I) string, id string, missErr error) (string, error) {
	for _, image := range images {
		if idOf(image) == id {
			return id, nil
		}
	}
	return "", missErr
}

// RemoveImage deletes the first image whose ID is id from images, in place
// (the tail shifts left in the same backing array), and returns the shorter
// slice. As the kubelet's fake does, it removes the first image when none
// has that ID, and panics on an empty list.
func RemoveImage[I any](images []I, idOf func(I) string, id string) []I {
	index := 0
	for i, image := range images {
		if idOf(image) == id {
			index = i
			break
		}
	}
	return append(images[:index], images[index+1:]...)
}
