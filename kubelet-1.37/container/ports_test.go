package container

import (
	"reflect"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"
)

func TestMakePortMappingsLogsDroppedPorts(t *testing.T) {
	logger, logged := recordingLogger()
	container := &v1.Container{Ports: []v1.ContainerPort{
		{ContainerPort: 53, Protocol: v1.ProtocolUDP},
		{ContainerPort: 53, Protocol: v1.ProtocolUDP}, // the same generated name
		{Name: "metrics", ContainerPort: 9090, HostIP: "fd00::1"},
		{Name: "any-UDP-:53:0", ContainerPort: 1}, // spells the first one's name
	}}
	got := MakePortMappings(logger, container)
	want := []PortMapping{
		{Protocol: v1.ProtocolUDP, ContainerPort: 53},
		{ContainerPort: 9090, HostIP: "fd00::1"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MakePortMappings = %+v, want %+v", got, want)
	}
	lines := logged()
	if len(lines) != 2 || !strings.Contains(lines[0], `"portName"="any-UDP-:53:0"`) {
		t.Errorf("logged %q, want two lines naming any-UDP-:53:0", lines)
	}
	if got := MakePortMappings(logger, &v1.Container{}); got != nil {
		t.Errorf("no ports give %#v, want nil", got)
	}
}
