package apifields

// A Field is a field of the core/v1 API and the first minor version whose
// API has it.
type Field struct {
	// Path is the field's JSON path below a Container or a PodSpec.
	Path string
	// Since is the minor version that added it: 28 for v1.28.
	Since int
	// Until is the first minor version that no longer has it, or 0.
	Until int
}

// ContainerFields returns the fields that API versions after v1.27 added to
// a Container, each subtree once at its root (lifecycle.preStop.sleep,
// not lifecycle.preStop.sleep.seconds).
func ContainerFields() []Field {
	return []Field{
		{Path: "restartPolicy", Since: 28},
		{Path: "lifecycle.postStart.sleep", Since: 29},
		{Path: "lifecycle.preStop.sleep", Since: 29},
		{Path: "securityContext.appArmorProfile", Since: 30},
		{Path: "volumeMounts[].recursiveReadOnly", Since: 30},
		{Path: "resources.claims[].request", Since: 31},
		{Path: "lifecycle.stopSignal", Since: 33},
		{Path: "env[].valueFrom.fileKeyRef", Since: 34},
		{Path: "restartPolicyRules", Since: 34},
		{Path: "volumeMounts[].bindMountOptions", Since: 37},
		{Path: "lifecycle.postStart.httpGet.protocol", Since: 37},
		{Path: "lifecycle.preStop.httpGet.protocol", Since: 37},
		{Path: "livenessProbe.httpGet.protocol", Since: 37},
		{Path: "livenessProbe.grpc.mode", Since: 37},
		{Path: "readinessProbe.httpGet.protocol", Since: 37},
		{Path: "readinessProbe.grpc.mode", Since: 37},
		{Path: "startupProbe.httpGet.protocol", Since: 37},
		{Path: "startupProbe.grpc.mode", Since: 37},
	}
}

// PodSpecFields returns the fields that API versions after v1.27 added to
// a PodSpec outside its containers (whose fields ContainerFields lists).
func PodSpecFields() []Field {
	return []Field{
		{Path: "affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].matchLabelKeys", Since: 29},
		{Path: "affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[].mismatchLabelKeys", Since: 29},
		{Path: "affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.matchLabelKeys", Since: 29},
		{Path: "affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.mismatchLabelKeys", Since: 29},
		{Path: "affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].matchLabelKeys", Since: 29},
		{Path: "affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[].mismatchLabelKeys", Since: 29},
		{Path: "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.matchLabelKeys", Since: 29},
		{Path: "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.mismatchLabelKeys", Since: 29},
		{Path: "volumes[].ephemeral.volumeClaimTemplate.spec.volumeAttributesClassName", Since: 29},
		{Path: "volumes[].projected.sources[].clusterTrustBundle", Since: 29},
		{Path: "securityContext.appArmorProfile", Since: 30},
		{Path: "resourceClaims[].resourceClaimName", Since: 31},
		{Path: "resourceClaims[].resourceClaimTemplateName", Since: 31},
		{Path: "securityContext.supplementalGroupsPolicy", Since: 31},
		{Path: "volumes[].image", Since: 31},
		{Path: "resources", Since: 32},
		{Path: "securityContext.seLinuxChangePolicy", Since: 32},
		{Path: "hostnameOverride", Since: 34},
		{Path: "volumes[].projected.sources[].podCertificate", Since: 34},
		{Path: "volumes[].projected.sources[].podCertificate.userAnnotations", Since: 35},
		{Path: "workloadRef", Since: 35, Until: 36},
		{Path: "schedulingGroup", Since: 36},
		{Path: "evictionResponders", Since: 37},
		{Path: "volumes[].emptyDir.mode", Since: 37},
		{Path: "volumes[].configMap.defaultUser", Since: 37},
		{Path: "volumes[].configMap.items[].user", Since: 37},
		{Path: "volumes[].secret.defaultUser", Since: 37},
		{Path: "volumes[].secret.items[].user", Since: 37},
		{Path: "volumes[].downwardAPI.defaultUser", Since: 37},
		{Path: "volumes[].downwardAPI.items[].user", Since: 37},
		{Path: "volumes[].projected.defaultUser", Since: 37},
		{Path: "volumes[].projected.sources[].clusterTrustBundle.user", Since: 37},
		{Path: "volumes[].projected.sources[].configMap.items[].user", Since: 37},
		{Path: "volumes[].projected.sources[].secret.items[].user", Since: 37},
		{Path: "volumes[].projected.sources[].downwardAPI.items[].user", Since: 37},
		{Path: "volumes[].projected.sources[].serviceAccountToken.user", Since: 37},
		{Path: "volumes[].projected.sources[].podCertificate.user", Since: 37},
	}
}

// In reports whether the API of minor has f.
func (f Field) In(minor int) bool {
	return f.Since <= minor && (f.Until == 0 || minor < f.Until)
}

// NotIn returns the fields of fields that the API of minor does not have.
func NotIn(fields []Field, minor int) []Field {
	var out []Field
	for _, f := range fields {
		if !f.In(minor) {
			out = append(out, f)
		}
	}
	return out
}
