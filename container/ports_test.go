package container

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/portmap"
)

func TestMakePortMappings(t *testing.T) {
	port := func(name string, protocol v1.Protocol, hostIP string, containerPort, hostPort int32) v1.ContainerPort {
		return v1.ContainerPort{Name: name, Protocol: protocol, HostIP: hostIP, ContainerPort: containerPort, HostPort: hostPort}
	}
	mapping := func(protocol v1.Protocol, hostIP string, containerPort, hostPort int) PortMapping {
		return PortMapping{Protocol: protocol, HostIP: hostIP, ContainerPort: containerPort, HostPort: hostPort}
	}
	tests := []struct {
		name          string
		ports         []v1.ContainerPort
		want          []PortMapping
		wantConflicts []string
	}{
		{name: "no ports", want: nil},
		{name: "empty ports", ports: []v1.ContainerPort{}, want: nil},
		{name: "copied as they are",
			ports: []v1.ContainerPort{port("", "", "", 80, 0), port("dns", v1.ProtocolUDP, "10.0.0.1", 53, 5353)},
			want:  []PortMapping{mapping("", "", 80, 0), mapping(v1.ProtocolUDP, "10.0.0.1", 53, 5353)}},
		{name: "same name dropped",
			ports:         []v1.ContainerPort{port("http", v1.ProtocolTCP, "", 80, 0), port("http", v1.ProtocolTCP, "", 8080, 0)},
			want:          []PortMapping{mapping(v1.ProtocolTCP, "", 80, 0)},
			wantConflicts: []string{"http"}},
		{name: "same numbers, different names kept",
			ports: []v1.ContainerPort{port("a", v1.ProtocolTCP, "", 80, 0), port("b", v1.ProtocolTCP, "", 80, 0)},
			want:  []PortMapping{mapping(v1.ProtocolTCP, "", 80, 0), mapping(v1.ProtocolTCP, "", 80, 0)}},
		{name: "unnamed duplicates dropped",
			ports:         []v1.ContainerPort{port("", v1.ProtocolTCP, "", 80, 0), port("", v1.ProtocolTCP, "", 80, 0)},
			want:          []PortMapping{mapping(v1.ProtocolTCP, "", 80, 0)},
			wantConflicts: []string{"any-TCP-:80:0"}},
		{name: "protocol is part of the generated name",
			ports: []v1.ContainerPort{port("", v1.ProtocolTCP, "", 80, 0), port("", v1.ProtocolUDP, "", 80, 0), port("", "", "", 80, 0)},
			want:  []PortMapping{mapping(v1.ProtocolTCP, "", 80, 0), mapping(v1.ProtocolUDP, "", 80, 0), mapping("", "", 80, 0)}},
		{name: "explicit name colliding with a generated one",
			ports:         []v1.ContainerPort{port("", v1.ProtocolTCP, "::1", 80, 8080), port("v6-TCP-::1:80:8080", v1.ProtocolUDP, "", 1, 2)},
			want:          []PortMapping{mapping(v1.ProtocolTCP, "::1", 80, 8080)},
			wantConflicts: []string{"v6-TCP-::1:80:8080"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs := captureKlog(t, "0")
			got := MakePortMappings(&v1.Container{Ports: tt.ports})
			assert.Equal(t, tt.want, got)
			var conflicts []string
			for _, entry := range logs.Entries() {
				assert.False(t, entry.Error)
				assert.Equal(t, "Port name conflicted, it is defined more than once", entry.Msg)
				if assert.Len(t, entry.KeysAndValues, 2) && assert.Equal(t, "portName", entry.KeysAndValues[0]) {
					conflicts = append(conflicts, entry.KeysAndValues[1].(string))
				}
			}
			assert.Equal(t, tt.wantConflicts, conflicts)
		})
	}
}

func TestMakePortMappingsFamily(t *testing.T) {
	tests := []struct {
		hostIP string
		want   string
	}{
		{"", "any"},
		{"0.0.0.0", "v4"},
		{"10.0.0.1", "v4"},
		{"010.001.002.003", "v4"},
		{"::", "v6"},
		{"::1", "v6"},
		{"2001:db8::10", "v6"},
		{"::ffff:10.0.0.1", "v4"},
		{"fe80::1%eth0", "v4"},
		{"[::1]", "v4"},
		{"not-an-ip", "v4"},
	}
	for _, tt := range tests {
		t.Run(tt.hostIP, func(t *testing.T) {
			assert.Equal(t, tt.want, portmap.HostIPFamily(tt.hostIP))
			// The family shows in the generated name: a port with an
			// explicit name that spells it is dropped as a duplicate.
			logs := captureKlog(t, "0")
			got := MakePortMappings(&v1.Container{Ports: []v1.ContainerPort{
				{HostIP: tt.hostIP, Protocol: v1.ProtocolTCP, ContainerPort: 80, HostPort: 8080},
				{Name: tt.want + "-TCP-" + tt.hostIP + ":80:8080", ContainerPort: 1},
			}})
			assert.Len(t, got, 1)
			assert.Len(t, logs.Entries(), 1)
		})
	}
}
