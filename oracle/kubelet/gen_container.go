package main

import (
	"encoding/json"
	"fmt"
	"reflect"

	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
)

var quantities = []string{"100m", "0", "1", "1.5", "250m", "64Mi", "1Gi", "1e3", "0.1", "1Ki", "123456789", "2.5Gi", "500M"}

func (g *gen) quantity() resource.Quantity {
	return resource.MustParse(pick(g, quantities...))
}

// object is a JSON object under construction; decoding it into a minor's
// type drops the keys that minor's type lacks, so one recipe serves every
// minor.
type object map[string]any

// decodeObject marshals o and unmarshals it into the value p points to.
// The generator builds only encodable objects of the right shapes, so a
// failure is a bug and panics.
func decodeObject(o any, p any) {
	data, err := json.Marshal(o)
	if err != nil {
		panic(fmt.Sprintf("marshal %T: %v", o, err))
	}
	if err := json.Unmarshal(data, p); err != nil {
		panic(fmt.Sprintf("unmarshal into %T: %v", p, err))
	}
}

// randomContainer is a container whose every field may be set: the
// reflective filler over the minor's v1.Container, with a realistic or
// weird name and image; some have only a name and an image.
func (g *gen) randomContainer() v1.Container {
	name, image := g.nameOrWeird(realisticNames), g.nameOrWeird(realisticImages)
	if g.chance(0.15) {
		return v1.Container{Name: name, Image: image}
	}
	c := g.fill(reflect.TypeOf(v1.Container{})).Interface().(v1.Container)
	c.Name, c.Image = name, image
	return c
}

func (g *gen) boolPtr() *bool {
	switch g.intn(3) {
	case 0:
		return nil
	case 1:
		t := true
		return &t
	}
	f := false
	return &f
}

// restartRules gives a container object a container-level restart policy
// and 0-2 restart rules, or neither (minors before v1.28 and v1.34 drop
// them when the object is decoded).
func (g *gen) restartRules(c object, p float64) {
	if !g.chance(p) {
		return
	}
	c["restartPolicy"] = pick(g, "Always", "Always", "OnFailure", "Never", "", "Sometimes")
	var rules []object
	for i, n := 0, g.intn(3); i < n; i++ {
		rule := object{"action": pick(g, "Restart", "RestartAllContainers", "", "Kill")}
		if !g.chance(0.2) {
			var values []int32
			for j, m := 0, g.intn(4); j < m; j++ {
				values = append(values, pick(g, int32(0), 1, 2, 42, 137, -1))
			}
			rule["exitCodes"] = object{"operator": pick(g, "In", "NotIn", "", "Bogus"), "values": values}
		}
		rules = append(rules, rule)
	}
	if rules != nil {
		c["restartPolicyRules"] = rules
	}
}

var hostIPs = []string{"", "0.0.0.0", "127.0.0.1", "10.0.0.1", "192.168.1.10", "::", "::1", "fe80::1", "2001:db8::10",
	"::ffff:10.0.0.1", "not-an-ip", "010.001.002.003", "fe80::1%eth0", "[::1]"}

func (g *gen) containerPort() v1.ContainerPort {
	p := v1.ContainerPort{
		ContainerPort: pick(g, int32(80), 443, 8080, 53, 0, 65535),
		Protocol:      v1.Protocol(pick(g, "TCP", "UDP", "SCTP", "", "tcp")),
		HostIP:        pick(g, hostIPs...),
	}
	if g.chance(0.4) {
		p.HostPort = pick(g, int32(80), 8080, 0, 30000)
	}
	if g.chance(0.3) {
		p.Name = pick(g, "http", "dns", "", "metrics")
	}
	return p
}
