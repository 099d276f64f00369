package defaults

import (
	"strconv"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/internal/podspec"
)

// dropGated clears the fields of spec whose feature gates are off by
// default in v1.27, and returns their JSON paths in the order of the spec
// (a field reset rather than cleared, procMount, is not listed):
//
//   - containers' resizePolicy (InPlacePodVerticalScaling, alpha),
//   - containers' resources.claims and the pod's resourceClaims
//     (DynamicResourceAllocation, alpha),
//   - the pod's hostUsers (UserNamespacesStatelessPodsSupport, alpha).
func dropGated(spec *v1.PodSpec) []string {
	var dropped []string
	podspec.VisitContainers(spec, func(c *v1.Container, kind podspec.Kind, i int) bool {
		path := "spec." + kind.ListName() + "[" + strconv.Itoa(i) + "]"
		if len(c.Resources.Claims) > 0 {
			c.Resources.Claims = nil
			dropped = append(dropped, path+".resources.claims")
		}
		if len(c.ResizePolicy) > 0 {
			c.ResizePolicy = nil
			dropped = append(dropped, path+".resizePolicy")
		}
		resetProcMount(c.SecurityContext)
		return true
	})
	if spec.HostUsers != nil {
		spec.HostUsers = nil
		dropped = append(dropped, "spec.hostUsers")
	}
	if len(spec.ResourceClaims) > 0 {
		spec.ResourceClaims = nil
		dropped = append(dropped, "spec.resourceClaims")
	}
	return dropped
}

// resetProcMount sets a container's procMount, when it has one, to Default:
// with the ProcMountType gate off (alpha in v1.27) the API server keeps the
// field but no other value than Default.
func resetProcMount(sc *v1.SecurityContext) {
	if sc != nil && sc.ProcMount != nil && *sc.ProcMount != v1.DefaultProcMount {
		procMount := v1.DefaultProcMount
		sc.ProcMount = &procMount
	}
}
