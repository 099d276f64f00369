package containergc

import (
	"testing"

	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func TestSeparateFilesystems(t *testing.T) {
	on := func(mountpoint string) []*runtimeapi.FilesystemUsage {
		return []*runtimeapi.FilesystemUsage{{FsId: &runtimeapi.FilesystemIdentifier{Mountpoint: mountpoint}}}
	}
	noID := []*runtimeapi.FilesystemUsage{{}}
	tests := []struct {
		name             string
		image, container []*runtimeapi.FilesystemUsage
		want             bool
	}{
		{"different mount points", on("/images"), on("/containers"), true},
		{"same mount point", on("/var"), on("/var"), false},
		{"no container filesystem", on("/images"), nil, false},
		{"no image filesystem", nil, on("/containers"), false},
		{"image filesystem without ID", noID, on("/containers"), false},
		{"container filesystem without ID", on("/images"), noID, false},
		{"only the first entries count", append(on("/var"), on("/x")...), on("/var"), false},
	}
	for _, tt := range tests {
		if got := SeparateFilesystems(tt.image, tt.container); got != tt.want {
			t.Errorf("%s: SeparateFilesystems = %t, want %t", tt.name, got, tt.want)
		}
	}
}
