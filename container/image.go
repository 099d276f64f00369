package container

// Image is a container image as the runtime reports it.
type Image struct {
	// ID of the image.
	ID string
	// RepoTags are other names the image is known by.
	RepoTags []string
	// RepoDigests are the digests the image is known by.
	RepoDigests []string
	// Size of the image in bytes.
	Size int64
	// Spec is the image as it was asked for, with its annotations.
	Spec ImageSpec
	// Pinned keeps the image from being garbage collected.
	Pinned bool
}

// ImageSpec names an image: today the value of a container's Image field,
// plus annotations passed to the runtime when the image is pulled and
// returned when images are listed.
type ImageSpec struct {
	// Image is the image's name or ID.
	Image string
	// Annotations travel with the image through CRI.
	Annotations []Annotation
}

// Annotation is a name and value pair.
type Annotation struct {
	Name  string
	Value string
}

// ImageStats holds statistics over all images on the machine.
type ImageStats struct {
	// TotalStorageBytes is the storage all images take together.
	TotalStorageBytes uint64
}
