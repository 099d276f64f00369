package container

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// ImageVolumes maps the names of a pod's image volumes to their images.
type ImageVolumes = map[string]*runtimeapi.ImageSpec

// ImageSpec is an image as the kubelet asks a runtime about it.
type ImageSpec struct {
	// Image is the image's name or ID.
	Image string
	// RuntimeHandler is the runtime handler the image is for.
	RuntimeHandler string
	// Annotations travel with a pull and come back with a listing.
	Annotations []Annotation
}

// Annotation is a name-value pair of an image or a container.
type Annotation struct {
	Name  string
	Value string
}

// Image is an image on the node: its ID, the tags and digests it is known
// by, its size in bytes, its ImageSpec with annotations, and whether it is
// pinned (never garbage-collected).
type Image struct {
	ID          string
	RepoTags    []string
	RepoDigests []string
	Size        int64
	Spec        ImageSpec
	Pinned      bool
}

// ImageStats sums up the images on the node.
type ImageStats struct {
	// TotalStorageBytes is the space they take in all.
	TotalStorageBytes uint64
}
