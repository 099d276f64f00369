// Package volume declares, once for every kubelet line, the small
// interfaces that stand in for the k8s.io/kubernetes/pkg/volume types the
// kubelet's container package names (ARCHITECTURE.md, decision 5). Each
// holds only the methods a runtime or a fake calls, so the kubelet's own
// volume plugins, mounters and mappers satisfy them. The lines alias them.
package volume

// Mounter is what a runtime calls of a filesystem volume's mounter.
type Mounter interface {
	// GetPath returns the path the volume is mounted at on the host.
	GetPath() string
}

// BlockVolumeMapper is what a runtime calls of a block volume's mapper.
type BlockVolumeMapper interface {
	// GetPodDeviceMapPath returns the directory and the file name of the
	// pod's link to the block device.
	GetPodDeviceMapPath() (string, string)
}

// Plugin is what the fake runtime accepts of a volume plugin; it calls
// nothing of it.
type Plugin interface {
	// GetPluginName returns the plugin's name.
	GetPluginName() string
}
