package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// ImageSpec names an image as the kubelet asks a runtime for it.
type ImageSpec struct {
	// Image is the image's name, as a container's spec gives it, or its ID.
	Image string
	// RuntimeHandler is the runtime handler the image is pulled for.
	RuntimeHandler string
	// Annotations go to the runtime with a pull and come back when images
	// are listed.
	Annotations []Annotation
}

// Annotation is a name and a value attached to an image or a container.
type Annotation struct {
	Name  string
	Value string
}

// Image describes an image present on the node.
type Image struct {
	// ID is the image's ID.
	ID string
	// RepoTags are the names the image is known by.
	RepoTags []string
	// RepoDigests are the digests the image is known by.
	RepoDigests []string
	// Size is the image's size in bytes.
	Size int64
	// Spec is the image's ImageSpec, annotations included.
	Spec ImageSpec
	// Pinned images are never garbage collected.
	Pinned bool
}

// ImageStats sums up the images present on the node.
type ImageStats struct {
	// TotalStorageBytes is the storage all images take together.
	TotalStorageBytes uint64
}

// ImageVolumes maps the names of a pod's image volumes to their images.
type ImageVolumes = map[string]*runtimeapi.ImageSpec
