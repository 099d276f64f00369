package portmap

import (
	"testing"

	"github.com/stretchr/testify/assert"
	v1 "k8s.io/api/core/v1"
)

type testMapping struct {
	Protocol      v1.Protocol
	ContainerPort int
	HostPort      int
	HostIP        string
}

func TestHostIPFamily(t *testing.T) {
	tests := map[string]string{
		"": "any", "0.0.0.0": "v4", "010.001.002.003": "v4", "::": "v6", "2001:db8::10": "v6",
		"::ffff:10.0.0.1": "v4", "fe80::1%eth0": "v4", "[::1]": "v4", "not-an-ip": "v4",
	}
	for hostIP, want := range tests {
		assert.Equal(t, want, HostIPFamily(hostIP), hostIP)
	}
}

func TestMake(t *testing.T) {
	ports := []v1.ContainerPort{
		{ContainerPort: 80, HostPort: 8080, Protocol: v1.ProtocolTCP, HostIP: "::1"},
		{Name: "v6-TCP-::1:80:8080", ContainerPort: 81},
		{Name: "dns", ContainerPort: 53, Protocol: v1.ProtocolUDP},
		{Name: "dns", ContainerPort: 5353},
		{ContainerPort: 9000},
	}
	var dropped []string
	got := Make[testMapping](ports, func(name string) { dropped = append(dropped, name) })
	assert.Equal(t, []testMapping{
		{Protocol: v1.ProtocolTCP, ContainerPort: 80, HostPort: 8080, HostIP: "::1"},
		{Protocol: v1.ProtocolUDP, ContainerPort: 53},
		{ContainerPort: 9000},
	}, got)
	assert.Equal(t, []string{"v6-TCP-::1:80:8080", "dns"}, dropped)
	assert.Equal(t, "any--:9000:0", Name(&ports[4]))
	assert.Nil(t, Make[testMapping](nil, nil), "no ports gives nil")
}
