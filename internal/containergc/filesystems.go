package containergc

import (
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

// SeparateFilesystems reports whether a runtime keeps the containers'
// writable layers on another filesystem than the images (KEP 4191, split
// image filesystem), as the GC of kubelet v1.29 to v1.31 tells it from the
// runtime's ImageFsInfo: true only when both lists have an entry, the first
// entry of each has an FsId, and their mount points differ. Entries after
// the first do not count. (The lists are passed in, not the response,
// because the root module's CRI API predates ContainerFilesystems.)
func SeparateFilesystems(imageFilesystems, containerFilesystems []*runtimeapi.FilesystemUsage) bool {
	if len(imageFilesystems) == 0 || len(containerFilesystems) == 0 {
		return false
	}
	image, container := imageFilesystems[0].GetFsId(), containerFilesystems[0].GetFsId()
	if image == nil || container == nil {
		return false
	}
	return image.Mountpoint != container.Mountpoint
}
