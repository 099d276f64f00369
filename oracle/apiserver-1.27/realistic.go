package main

// realistic are hand-written manifests, each a multi-line YAML document:
// the common shapes of real workloads and the corner cases of every
// default. They come first in the output, in this order.
var realistic = []string{
	// 1: the bare minimum.
	`apiVersion: v1
kind: Pod
metadata: {name: nginx}
spec:
  containers:
  - name: nginx
    image: nginx`,
	// 2: the project's README example shape.
	`apiVersion: v1
kind: Pod
metadata: {name: app, labels: {app: web}}
spec:
  initContainers:
  - name: migrate
    image: registry.example.com/app/migrate:1.4.2
    command: ["/migrate", "--up"]
    resources:
      limits: {cpu: 500m, memory: 256Mi}
  containers:
  - name: app
    image: registry.example.com/app/server:1.4.2
    ports:
    - {name: http, containerPort: 8080}
    - {name: metrics, containerPort: 9090, protocol: TCP}
    env:
    - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
    - {name: MEM_LIMIT, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
    - {name: CPU_LIMIT, valueFrom: {resourceFieldRef: {resource: limits.cpu}}}
    resources:
      requests: {cpu: 250m}
      limits: {cpu: "1", memory: 512Mi}
    livenessProbe:
      httpGet: {path: /healthz, port: http}
    readinessProbe:
      httpGet: {port: 8080}
      periodSeconds: 5
    startupProbe:
      tcpSocket: {port: 8080}
      failureThreshold: 30
    lifecycle:
      preStop:
        httpGet: {port: 8080, path: /drain}
  - name: sidecar
    image: envoyproxy/envoy:v1.27.0
    ports:
    - {containerPort: 15001, protocol: UDP}`,
	// 3: every image form.
	`apiVersion: v1
kind: Pod
metadata: {name: images}
spec:
  containers:
  - {name: latest, image: "foo:latest"}
  - {name: untagged, image: foo}
  - {name: tagged, image: "foo:v1"}
  - {name: digest, image: "foo@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2"}
  - {name: tagdigest, image: "foo:latest@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2"}
  - {name: registryport, image: "host:5000/foo"}
  - {name: registryportlatest, image: "host:5000/foo:latest"}
  - {name: empty, image: ""}
  - {name: upper, image: "foo:Latest"}
  - {name: explicit, image: "foo:latest", imagePullPolicy: Never}`,
	// 4: probes of every handler kind, and one with no handler.
	`apiVersion: v1
kind: Pod
metadata: {name: probes}
spec:
  containers:
  - name: c
    image: busybox:1.36
    livenessProbe:
      exec: {command: [cat, /tmp/healthy]}
    readinessProbe:
      grpc: {port: 9090}
    startupProbe: {}
  - name: d
    image: busybox:1.36
    livenessProbe:
      grpc: {port: 9090, service: ""}
      timeoutSeconds: 5
      periodSeconds: 20
      successThreshold: 1
      failureThreshold: 10
      terminationGracePeriodSeconds: 30
    readinessProbe:
      httpGet: {port: 80, scheme: HTTPS, host: 127.0.0.1, httpHeaders: [{name: X, value: "1"}]}
    startupProbe:
      tcpSocket: {port: 80, host: localhost}`,
	// 5: hostNetwork ports.
	`apiVersion: v1
kind: Pod
metadata: {name: hostnet}
spec:
  hostNetwork: true
  initContainers:
  - name: init
    image: busybox
    ports: [{containerPort: 53, protocol: UDP}]
  containers:
  - name: dns
    image: coredns/coredns:1.10.1
    ports:
    - {containerPort: 53, protocol: UDP}
    - {containerPort: 9153, hostPort: 9153}
  ephemeralContainers:
  - name: debug
    image: busybox
    ports: [{containerPort: 8080}]`,
	// 6: requests from limits, partially set.
	`apiVersion: v1
kind: Pod
metadata: {name: resources}
spec:
  initContainers:
  - name: init
    image: busybox
    resources:
      limits: {cpu: 1000m, memory: 1Gi}
  containers:
  - name: limits-only
    image: busybox
    resources:
      limits: {cpu: 1000m, memory: 1Gi, nvidia.com/gpu: "1"}
  - name: partial
    image: busybox
    resources:
      limits: {cpu: "2", memory: 2Gi}
      requests: {cpu: 500m}
  - name: requests-only
    image: busybox
    resources:
      requests: {memory: 1e9}
  - name: empty-limits
    image: busybox
    resources:
      limits: {}
  ephemeralContainers:
  - name: debug
    image: busybox
    resources:
      limits: {cpu: 100m}`,
	// 7: fields whose gates are off in v1.27.
	`apiVersion: v1
kind: Pod
metadata: {name: gated}
spec:
  hostUsers: false
  resourceClaims: [{name: gpu}]
  containers:
  - name: c
    image: busybox
    resources:
      limits: {cpu: "1"}
      claims: [{name: gpu}]
    resizePolicy:
    - {resourceName: cpu, restartPolicy: NotRequired}
    - {resourceName: memory, restartPolicy: RestartContainer}
    securityContext:
      procMount: Unmasked
      runAsUser: 1000
  initContainers:
  - name: i
    image: busybox
    resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]
    securityContext: {procMount: Default}
  ephemeralContainers:
  - name: e
    image: busybox
    securityContext: {procMount: Default}`,
	// 8: env references.
	`apiVersion: v1
kind: Pod
metadata: {name: env}
spec:
  containers:
  - name: c
    image: busybox
    env:
    - {name: A, value: a}
    - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
    - {name: IP, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: status.podIP}}}
    - {name: MEM, valueFrom: {resourceFieldRef: {containerName: c, resource: requests.memory}}}
    - {name: CPU, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1m}}}
    - {name: CM, valueFrom: {configMapKeyRef: {name: cm, key: k}}}
    - {name: SEC, valueFrom: {secretKeyRef: {name: s, key: k, optional: true}}}
    envFrom:
    - configMapRef: {name: cm}
    - prefix: S_
      secretRef: {name: s}`,
	// 9: lifecycle handlers.
	`apiVersion: v1
kind: Pod
metadata: {name: lifecycle}
spec:
  containers:
  - name: c
    image: busybox
    lifecycle:
      postStart:
        httpGet: {port: 80}
      preStop:
        exec: {command: [sleep, "5"]}
  - name: d
    image: busybox
    lifecycle:
      postStart:
        tcpSocket: {port: 80}
      preStop:
        httpGet: {port: http, path: /stop, scheme: HTTPS}`,
	// 10: already defaulted, as kubectl get -o yaml prints it.
	`apiVersion: v1
kind: Pod
metadata: {name: defaulted, namespace: default}
spec:
  containers:
  - name: nginx
    image: nginx:1.25
    imagePullPolicy: IfNotPresent
    ports: [{containerPort: 80, protocol: TCP}]
    resources:
      limits: {cpu: 500m}
      requests: {cpu: 500m}
    livenessProbe:
      httpGet: {path: /, port: 80, scheme: HTTP}
      timeoutSeconds: 1
      periodSeconds: 10
      successThreshold: 1
      failureThreshold: 3
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
  dnsPolicy: ClusterFirst
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  terminationGracePeriodSeconds: 30`,
	// 11-18: each workload kind.
	`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:latest
        ports: [{containerPort: 80}]
        resources: {limits: {memory: 128Mi}}
        readinessProbe: {httpGet: {port: 80}}`,
	`apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs}
spec:
  selector: {matchLabels: {app: rs}}
  template:
    metadata: {labels: {app: rs}}
    spec:
      containers:
      - {name: c, image: "host:5000/foo", resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]}`,
	`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: postgres
        image: postgres:15
        env: [{name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
        ports: [{containerPort: 5432, name: pg}]
        volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
        livenessProbe: {exec: {command: [pg_isready]}}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}`,
	`apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      containers:
      - name: agent
        image: agent
        ports: [{containerPort: 9100, name: metrics}]
        resources: {limits: {cpu: 200m, memory: 200Mi}, requests: {cpu: 100m}}`,
	`apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: pi, image: perl, command: [perl, -Mbignum=bpi, -wle, "print bpi(2000)"]}`,
	`apiVersion: batch/v1
kind: CronJob
metadata: {name: hello}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: hello
            image: busybox:1.28
            command: [/bin/sh, -c, date; echo Hello]
            resources: {limits: {cpu: 100m}}`,
	`apiVersion: v1
kind: ReplicationController
metadata: {name: rc}
spec:
  selector: {app: rc}
  template:
    metadata: {labels: {app: rc}}
    spec:
      containers:
      - {name: c, image: "foo@sha256:4c2b0c3d8e0f5f8a6a1e6d9a1f0d1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2", ports: [{containerPort: 80, protocol: SCTP}]}`,
	`apiVersion: v1
kind: PodTemplate
metadata: {name: pt}
template:
  metadata: {labels: {app: pt}}
  spec:
    containers:
    - name: c
      image: busybox
      startupProbe: {grpc: {port: 50051, service: health}}
      securityContext: {procMount: Unmasked}`,
	// 19: quantities in non-canonical forms.
	`apiVersion: v1
kind: Pod
metadata: {name: quantities}
spec:
  containers:
  - name: c
    image: busybox
    resources:
      limits: {cpu: 1e3, memory: 1024Ki, ephemeral-storage: 0.5Gi}
      requests: {memory: "1073741824"}
    env:
    - {name: D, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1024Ki}}}`,
	// 20: a probe with zero and negative timings.
	`apiVersion: v1
kind: Pod
metadata: {name: timings}
spec:
  containers:
  - name: c
    image: busybox
    livenessProbe:
      exec: {command: ["true"]}
      initialDelaySeconds: 0
      timeoutSeconds: -1
      periodSeconds: 0
      successThreshold: -2
      failureThreshold: 0`,
	// 21: seccomp annotations of the deprecated form.
	`apiVersion: v1
kind: Pod
metadata:
  name: seccomp
  annotations:
    seccomp.security.alpha.kubernetes.io/pod: runtime/default
    container.seccomp.security.alpha.kubernetes.io/rd: runtime/default
    container.seccomp.security.alpha.kubernetes.io/dd: docker/default
    container.seccomp.security.alpha.kubernetes.io/un: unconfined
    container.seccomp.security.alpha.kubernetes.io/lh: localhost/profiles/audit.json
    container.seccomp.security.alpha.kubernetes.io/set: unconfined
    container.seccomp.security.alpha.kubernetes.io/init: runtime/default
    container.seccomp.security.alpha.kubernetes.io/eph: runtime/default
    container.seccomp.security.alpha.kubernetes.io/bad: bogus
spec:
  initContainers:
  - {name: init, image: busybox}
  containers:
  - {name: rd, image: busybox}
  - {name: dd, image: busybox}
  - {name: un, image: busybox}
  - {name: lh, image: busybox}
  - {name: set, image: busybox, securityContext: {seccompProfile: {type: RuntimeDefault}}}
  - {name: bad, image: busybox}
  - {name: none, image: busybox}
  ephemeralContainers:
  - {name: eph, image: busybox}`,
	// 22: seccomp annotations on a workload's template.
	`apiVersion: apps/v1
kind: Deployment
metadata: {name: seccomp}
spec:
  selector: {matchLabels: {app: s}}
  template:
    metadata:
      labels: {app: s}
      annotations:
        container.seccomp.security.alpha.kubernetes.io/c: runtime/default
    spec:
      containers:
      - {name: c, image: busybox}`,
	// 23: AppArmor annotation (a field only in later versions).
	`apiVersion: v1
kind: Pod
metadata:
  name: apparmor
  annotations:
    container.apparmor.security.beta.kubernetes.io/c: runtime/default
spec:
  containers:
  - {name: c, image: busybox}`,
	// 24: image references at the edges of their grammar.
	`apiVersion: v1
kind: Pod
metadata: {name: image-edges}
spec:
  containers:
  - {name: i0, image: "[::1]:5000/foo"}
  - {name: i1, image: "[::1]/foo"}
  - {name: i2, image: "[fe80::1%eth0]:5000/foo"}
  - {name: i3, image: "index.docker.io/foo"}
  - {name: i4, image: "index.docker.io/library/foo:latest"}
  - {name: i5, image: "docker.io/foo"}
  - {name: i6, image: "localhost/foo"}
  - {name: i7, image: "LOCALHOST/foo"}
  - {name: i8, image: "Localhost:5000/foo"}
  - {name: i9, image: "X.io/foo"}
  - {name: i10, image: "x.io/Foo"}
  - {name: i11, image: "foo:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i12, image: "foo:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i13, image: "foo:_a"}
  - {name: i14, image: "foo:.a"}
  - {name: i15, image: "foo:a:b"}
  - {name: i16, image: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i17, image: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i18, image: "x.io/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i19, image: "x.io/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i20, image: "b/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i21, image: "b/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
  - {name: i22, image: "a__b"}
  - {name: i23, image: "a___b"}
  - {name: i24, image: "a-_b"}
  - {name: i25, image: "a_.b"}
  - {name: i26, image: "a..b"}
  - {name: i27, image: "a.-b"}
  - {name: i28, image: "a----b"}
  - {name: i29, image: "a/b/c/d/e"}
  - {name: i30, image: "foo@sha384:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i31, image: "foo@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i32, image: "foo:latest@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i33, image: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i34, image: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i35, image: "foo:latest@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF"}
  - {name: i36, image: "foo:latest@md5:0123456789abcdef0123456789abcdef"}
  - {name: i37, image: "foo:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"}
  - {name: i38, image: "foo:latest@SHA256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i39, image: "foo:latest@sha256+b64:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
  - {name: i40, image: "foo:latest@"}
  - {name: i41, image: "foo@@sha256:x"}
  - {name: i42, image: "foo latest"}
  - {name: i43, image: "foo\tbar"}
  - {name: i44, image: "été"}
  - {name: i45, image: "foo:latést"}
  - {name: i46, image: "x.io:/foo"}
  - {name: i47, image: "x.io:port/foo"}
  - {name: i48, image: "x-.io/foo"}
  - {name: i49, image: "-x.io/foo"}
  - {name: i50, image: "x.io:5000:6000/foo"}
  - {name: i51, image: "/foo"}
  - {name: i52, image: "foo/"}
  - {name: i53, image: "foo//bar"}
  - {name: i54, image: ":5000/foo"}`,
	// 25: requests and limits in every combination.
	`apiVersion: v1
kind: Pod
metadata: {name: resource-edges}
spec:
  containers:
  - name: zero-request
    image: busybox
    resources: {limits: {cpu: 500m, memory: 1Gi}, requests: {cpu: "0"}}
  - name: other-request
    image: busybox
    resources: {limits: {cpu: 500m}, requests: {memory: 64Mi}}
  - name: empty-requests
    image: busybox
    resources: {limits: {cpu: 500m}, requests: {}}
  - name: zero-limit
    image: busybox
    resources: {limits: {cpu: "0"}}
  - name: extended
    image: busybox
    resources: {limits: {example.com/foo: "3", hugepages-2Mi: 64Mi}}
  initContainers:
  - name: init-partial
    image: busybox
    resources: {limits: {cpu: "1", memory: 100M}, requests: {memory: 50M}}`,
}
