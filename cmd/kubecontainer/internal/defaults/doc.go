// Package defaults turns a Pod as written in a manifest into the Pod the
// kubelet v1.27 receives from its API server, as far as the kubelet's
// container hashes can tell: the fields that the v1.27 API server drops
// because their feature gates are off by default are cleared, and every
// v1.27 default that reaches a container's JSON is applied.
//
// The defaults, for init, regular and ephemeral containers alike unless
// said otherwise:
//
//   - terminationMessagePath /dev/termination-log and
//     terminationMessagePolicy File;
//   - imagePullPolicy Always when the image names the tag "latest",
//     written or implied (a valid reference with neither tag nor digest,
//     including "foo:latest@sha256:..."), IfNotPresent otherwise, and
//     IfNotPresent for an image that is no valid reference (empty, capital
//     letters in the repository, a bad digest, a name longer than 255
//     characters once "docker.io/library/" is prefixed, ...);
//   - a port's protocol TCP;
//   - on the host network (spec.hostNetwork), a port's hostPort its
//     containerPort, for init and regular containers only;
//   - in liveness, readiness and startup probes, with or without a
//     handler: timeoutSeconds 1, periodSeconds 10, successThreshold 1 and
//     failureThreshold 3 where they are 0 (negative values are kept);
//     an httpGet's path "/" and scheme HTTP; a grpc's service "";
//   - in postStart and preStop handlers, an httpGet's path and scheme;
//   - an env fieldRef's apiVersion v1 (a resourceFieldRef's divisor has
//     no default, despite its documentation);
//   - for init and regular containers only, the request of every resource
//     that has a limit and no request: a copy of the limit.
//
// The fields whose gates are off by default in v1.27: a container's
// resizePolicy (InPlacePodVerticalScaling) and resources.claims
// (DynamicResourceAllocation) are dropped, as are the pod's resourceClaims
// and hostUsers (UserNamespacesStatelessPodsSupport); a container's
// securityContext.procMount (ProcMountType), when set, is reset to Default.
//
// Defaults of the Pod that never reach a container's JSON (dnsPolicy,
// restartPolicy, schedulerName, securityContext, volumes' defaults, ...)
// are not applied: the kubelet's container hashes do not see them.
// Neither are the changes made by admission plugins (the ServiceAccount
// token's volume mount, LimitRange defaults) nor by controllers (the
// JOB_COMPLETION_INDEX variable of an Indexed Job's pods): they depend on
// the cluster.
//
// Defaulting is idempotent: a Pod that already carries the defaults, as
// `kubectl get -o yaml` prints it, is left as it is. The behavior was
// learnt from the v1.27 API documentation and from the real v1.27.16 code
// (oracle/apiserver-1.27), and testdata/defaults.jsonl holds the proof.
package defaults
