package defaults

import (
	v1 "k8s.io/api/core/v1"
)

// The probe timings a probe gets when it leaves them at zero (its initial
// delay has no default), and the defaults of its handlers.
const (
	defaultProbeTimeoutSeconds   = 1
	defaultProbePeriodSeconds    = 10
	defaultProbeSuccessThreshold = 1
	defaultProbeFailureThreshold = 3
	defaultHTTPGetPath           = "/"
	defaultHTTPGetScheme         = v1.URISchemeHTTP
	defaultGRPCService           = ""
)

// defaultProbe fills a probe's zero timings and its handler's defaults. A
// probe without a handler gets its timings all the same.
func defaultProbe(p *v1.Probe) {
	if p == nil {
		return
	}
	if p.TimeoutSeconds == 0 {
		p.TimeoutSeconds = defaultProbeTimeoutSeconds
	}
	if p.PeriodSeconds == 0 {
		p.PeriodSeconds = defaultProbePeriodSeconds
	}
	if p.SuccessThreshold == 0 {
		p.SuccessThreshold = defaultProbeSuccessThreshold
	}
	if p.FailureThreshold == 0 {
		p.FailureThreshold = defaultProbeFailureThreshold
	}
	defaultHTTPGet(p.HTTPGet)
	if p.GRPC != nil && p.GRPC.Service == nil {
		service := defaultGRPCService
		p.GRPC.Service = &service
	}
}

// defaultLifecycleHandler fills a postStart or preStop handler's defaults.
func defaultLifecycleHandler(h *v1.LifecycleHandler) {
	if h != nil {
		defaultHTTPGet(h.HTTPGet)
	}
}

// defaultHTTPGet gives an HTTP GET action its path and scheme.
func defaultHTTPGet(h *v1.HTTPGetAction) {
	if h == nil {
		return
	}
	if h.Path == "" {
		h.Path = defaultHTTPGetPath
	}
	if h.Scheme == "" {
		h.Scheme = defaultHTTPGetScheme
	}
}
