package defaults

import (
	v1 "k8s.io/api/core/v1"
)

// requestsFromLimits sets the request of every resource that has a limit
// and no request to a copy of that limit.
func requestsFromLimits(r *v1.ResourceRequirements) {
	if r.Limits == nil {
		return
	}
	for name, limit := range r.Limits {
		if _, ok := r.Requests[name]; ok {
			continue
		}
		if r.Requests == nil {
			r.Requests = make(v1.ResourceList, len(r.Limits))
		}
		r.Requests[name] = limit.DeepCopy()
	}
}
