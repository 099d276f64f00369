package testing

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	v1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/types"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

// Every fake and mock implements its interface.
var (
	_ kubecontainer.Runtime              = &FakeRuntime{}
	_ kubecontainer.StreamingRuntime     = &FakeStreamingRuntime{}
	_ kubecontainer.Version              = &FakeVersion{}
	_ kubecontainer.OSInterface          = &FakeOS{}
	_ kubecontainer.RuntimeHelper        = &FakeRuntimeHelper{}
	_ kubecontainer.CommandRunner        = &FakeContainerCommandRunner{}
	_ kubecontainer.RuntimeCache         = &FakeRuntimeCache{}
	_ kubecontainer.Attacher             = &MockAttacher{}
	_ kubecontainer.BlockVolumeMapper    = &MockBlockVolumeMapper{}
	_ kubecontainer.Cache                = &MockCache{}
	_ kubecontainer.CommandRunner        = &MockCommandRunner{}
	_ os.DirEntry                        = &MockDirEntry{}
	_ os.FileInfo                        = &MockFileInfo{}
	_ kubecontainer.GC                   = &MockGC{}
	_ kubecontainer.HandlerRunner        = &MockHandlerRunner{}
	_ kubecontainer.ImageService         = &MockImageService{}
	_ kubecontainer.Mounter              = &MockMounter{}
	_ kubecontainer.OSInterface          = &MockOSInterface{}
	_ podsGetter                         = &MockpodsGetter{}
	_ kubecontainer.Runtime              = &MockRuntime{}
	_ kubecontainer.RuntimeCache         = &MockRuntimeCache{}
	_ kubecontainer.RuntimeHelper        = &MockRuntimeHelper{}
	_ kubecontainer.SourcesReadyProvider = &MockSourcesReadyProvider{}
	_ kubecontainer.StreamingRuntime     = &MockStreamingRuntime{}
	_ kubecontainer.Version              = &MockVersion{}
)

func TestMockAttacher(t *testing.T) {
	m := NewMockAttacher(t)
	id := kubecontainer.ContainerID{Type: "containerd", ID: "abc"}
	m.EXPECT().AttachContainer(mock.Anything, id, nil, nil, nil, true, mock.Anything).Return(errFake).Once()
	var attacher kubecontainer.Attacher = m
	assert.Same(t, errFake, attacher.AttachContainer(context.Background(), id, nil, nil, nil, true, nil))
}

func TestMockBlockVolumeMapper(t *testing.T) {
	m := NewMockBlockVolumeMapper(t)
	m.EXPECT().GetPodDeviceMapPath().Return("/dev/dir", "vol").Once()
	dir, name := m.GetPodDeviceMapPath()
	assert.Equal(t, []string{"/dev/dir", "vol"}, []string{dir, name})
}

func TestMockCache(t *testing.T) {
	m := NewMockCache(t)
	status := &kubecontainer.PodStatus{ID: "uid"}
	now := time.Now()
	m.EXPECT().Set(status.ID, status, nil, now).Return(true).Once()
	m.EXPECT().GetNewerThan(status.ID, now).Return(status, nil).Once()
	m.EXPECT().UpdateTime(now).Return().Once()
	var cache kubecontainer.Cache = m
	assert.True(t, cache.Set(status.ID, status, nil, now))
	got, err := cache.GetNewerThan(status.ID, now)
	require.NoError(t, err)
	assert.Same(t, status, got)
	cache.UpdateTime(now)
}

func TestMockCommandRunner(t *testing.T) {
	m := NewMockCommandRunner(t)
	m.EXPECT().RunInContainer(mock.Anything, kubecontainer.ContainerID{ID: "c"}, []string{"cat", "/etc/hostname"}, time.Second).
		Return([]byte("node-1\n"), nil).Once()
	out, err := m.RunInContainer(context.Background(), kubecontainer.ContainerID{ID: "c"}, []string{"cat", "/etc/hostname"}, time.Second)
	require.NoError(t, err)
	assert.Equal(t, "node-1\n", string(out))
}

func TestMockDirEntry(t *testing.T) {
	m := NewMockDirEntry(t)
	m.EXPECT().Name().Return("pods").Once()
	m.EXPECT().IsDir().Return(true).Once()
	fake := &FakeOS{ReadDirFn: func(string) ([]os.DirEntry, error) { return []os.DirEntry{m}, nil }}
	entries, err := fake.ReadDir("/var/lib/kubelet")
	require.NoError(t, err)
	assert.Equal(t, "pods", entries[0].Name())
	assert.True(t, entries[0].IsDir())
}

func TestMockFileInfo(t *testing.T) {
	m := NewMockFileInfo(t)
	m.EXPECT().Mode().Return(fs.ModeSymlink | 0o777).Once()
	m.EXPECT().Size().Return(int64(42)).Once()
	fake := &FakeOS{StatFn: func(string) (os.FileInfo, error) { return m, nil }}
	info, err := fake.Stat("/link")
	require.NoError(t, err)
	assert.Equal(t, fs.ModeSymlink, info.Mode()&fs.ModeType)
	assert.Equal(t, int64(42), info.Size())
}

func TestMockGC(t *testing.T) {
	m := NewMockGC(t)
	m.EXPECT().GarbageCollect(mock.Anything).Return(nil).Once()
	m.EXPECT().DeleteAllUnusedContainers(mock.Anything).Return(errFake).Once()
	var gc kubecontainer.GC = m
	assert.NoError(t, gc.GarbageCollect(context.Background()))
	assert.Same(t, errFake, gc.DeleteAllUnusedContainers(context.Background()))
}

func TestMockHandlerRunner(t *testing.T) {
	m := NewMockHandlerRunner(t)
	handler := &v1.LifecycleHandler{Exec: &v1.ExecAction{Command: []string{"true"}}}
	m.EXPECT().Run(mock.Anything, kubecontainer.ContainerID{ID: "c"}, mock.Anything, mock.Anything, handler).Return("ok", nil).Once()
	out, err := m.Run(context.Background(), kubecontainer.ContainerID{ID: "c"}, &v1.Pod{}, &v1.Container{}, handler)
	require.NoError(t, err)
	assert.Equal(t, "ok", out)
}

func TestMockImageService(t *testing.T) {
	m := NewMockImageService(t)
	spec := kubecontainer.ImageSpec{Image: "busybox"}
	m.EXPECT().PullImage(mock.Anything, spec, []v1.Secret(nil), (*runtimeapi.PodSandboxConfig)(nil)).Return("sha256:1", nil).Once()
	m.EXPECT().ImageStats(mock.Anything).Return(&kubecontainer.ImageStats{TotalStorageBytes: 7}, nil).Once()
	ref, err := m.PullImage(context.Background(), spec, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "sha256:1", ref)
	stats, err := m.ImageStats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, uint64(7), stats.TotalStorageBytes)
}

func TestMockMounter(t *testing.T) {
	m := NewMockMounter(t)
	m.EXPECT().GetPath().Return("/var/lib/kubelet/pods/uid/volumes/v").Once()
	info := kubecontainer.VolumeInfo{Mounter: m}
	assert.Equal(t, "/var/lib/kubelet/pods/uid/volumes/v", info.Mounter.GetPath())
}

func TestMockOSInterface(t *testing.T) {
	m := NewMockOSInterface(t)
	m.EXPECT().MkdirAll("/var/log/pods", os.FileMode(0o755)).Return(nil).Once()
	m.EXPECT().Hostname().Return("node-1", nil).Once()
	var osi kubecontainer.OSInterface = m
	assert.NoError(t, osi.MkdirAll("/var/log/pods", 0o755))
	name, err := osi.Hostname()
	require.NoError(t, err)
	assert.Equal(t, "node-1", name)
}

func TestMockpodsGetter(t *testing.T) {
	m := NewMockpodsGetter(t)
	pods := []*kubecontainer.Pod{{ID: "a"}}
	m.EXPECT().GetPods(mock.Anything, false).Return(pods, nil).Once()
	got, err := m.GetPods(context.Background(), false)
	require.NoError(t, err)
	assert.Equal(t, pods, got)
}

func TestMockRuntime(t *testing.T) {
	ctx := context.Background()
	pods := []*kubecontainer.Pod{{ID: "a", Name: "web", Namespace: "default"}}
	m := NewMockRuntime(t)
	m.EXPECT().GetPods(ctx, true).Return(pods, nil).Once()
	m.EXPECT().Type().Return("containerd").Once()
	m.EXPECT().KillPod(ctx, mock.Anything, *pods[0], (*int64)(nil)).Return(nil).Once()

	var runtime kubecontainer.Runtime = m
	got, err := runtime.GetPods(ctx, true)
	require.NoError(t, err)
	assert.Equal(t, pods, got)
	assert.Equal(t, "containerd", runtime.Type())
	assert.NoError(t, runtime.KillPod(ctx, nil, *got[0], nil))
}

func TestMockRuntimeCache(t *testing.T) {
	m := NewMockRuntimeCache(t)
	m.EXPECT().ForceUpdateIfOlder(mock.Anything, mock.AnythingOfType("time.Time")).Return(nil).Once()
	m.EXPECT().GetPods(mock.Anything).Return(nil, errFake).Once()
	var cache kubecontainer.RuntimeCache = m
	assert.NoError(t, cache.ForceUpdateIfOlder(context.Background(), time.Now()))
	_, err := cache.GetPods(context.Background())
	assert.Same(t, errFake, err)
}

func TestMockRuntimeHelper(t *testing.T) {
	m := NewMockRuntimeHelper(t)
	m.EXPECT().GetPodDir(mock.Anything).RunAndReturn(func(uid types.UID) string { return "/pods/" + string(uid) }).Once()
	m.EXPECT().GetPodDNS(mock.Anything).Return(&runtimeapi.DNSConfig{Servers: []string{"10.0.0.10"}}, nil).Once()
	var helper kubecontainer.RuntimeHelper = m
	assert.Equal(t, "/pods/u", helper.GetPodDir("u"))
	dns, err := helper.GetPodDNS(&v1.Pod{})
	require.NoError(t, err)
	assert.Equal(t, []string{"10.0.0.10"}, dns.Servers)
}

func TestMockSourcesReadyProvider(t *testing.T) {
	ready := NewMockSourcesReadyProvider(t)
	ready.EXPECT().AllReady().Return(false).Once()
	ready.EXPECT().AllReady().Return(true).Once()
	assert.False(t, ready.AllReady())
	assert.True(t, ready.AllReady())
}

func TestMockStreamingRuntime(t *testing.T) {
	m := NewMockStreamingRuntime(t)
	u := &url.URL{Scheme: "http", Host: FakeHost, Path: "/exec/1"}
	m.EXPECT().GetExec(mock.Anything, kubecontainer.ContainerID{ID: "c"}, []string{"sh"}, true, true, true, false).Return(u, nil).Once()
	got, err := m.GetExec(context.Background(), kubecontainer.ContainerID{ID: "c"}, []string{"sh"}, true, true, true, false)
	require.NoError(t, err)
	assert.Same(t, u, got)
}

func TestMockVersion(t *testing.T) {
	m := NewMockVersion(t)
	m.EXPECT().Compare("1.6.0").Return(1, nil).Once()
	m.EXPECT().String().Return("1.7.0").Once()
	got, err := m.Compare("1.6.0")
	require.NoError(t, err)
	assert.Equal(t, 1, got)
	assert.Equal(t, "1.7.0", m.String())
}

// recordingT is a mock.TestingT that records failures instead of failing a
// test, and runs its cleanups when asked.
type recordingT struct {
	logs     []string
	errors   []string
	failed   bool
	cleanups []func()
}

func (r *recordingT) Logf(format string, args ...interface{}) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func (r *recordingT) Errorf(format string, args ...interface{}) {
	r.failed = true
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recordingT) FailNow() { r.failed = true }

func (r *recordingT) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }

// finish runs the cleanups, last registered first, as testing.T does.
func (r *recordingT) finish() {
	for i := len(r.cleanups) - 1; i >= 0; i-- {
		r.cleanups[i]()
	}
}

func TestMockUnmetExpectationFails(t *testing.T) {
	rt := &recordingT{}
	m := NewMockRuntime(rt)
	m.EXPECT().GetPods(mock.Anything, true).Return(nil, nil).Once()
	m.EXPECT().Type().Return("containerd").Once()
	assert.Equal(t, "containerd", m.Type())

	assert.False(t, rt.failed, "nothing is checked before the test ends")
	rt.finish() // what testing.T does when the test ends
	assert.True(t, rt.failed, "the unmet GetPods expectation fails the test")
	assert.Contains(t, strings.Join(rt.errors, "\n"), "1 out of 2 expectation(s) were met")
	assert.Contains(t, strings.Join(rt.logs, "\n"), "GetPods", "the unmet call is named")

	met := &recordingT{}
	ok := NewMockRuntime(met)
	ok.EXPECT().Type().Return("containerd").Once()
	_ = ok.Type()
	met.finish()
	assert.False(t, met.failed, "a met expectation passes")
}

// TestEveryInterfaceHasAMock parses package container and checks that each
// of its exported interfaces, podsGetter, and the two io/fs ones have a Mock
// type here, as .mockery.yml asks; run `make mocks` when it fails.
func TestEveryInterfaceHasAMock(t *testing.T) {
	want := []string{"DirEntry", "FileInfo"}
	for _, decl := range typeDecls(t, "..", func(name string) bool { return !strings.HasSuffix(name, "_test.go") }) {
		_, isInterface := decl.Type.(*ast.InterfaceType)
		if isInterface && (decl.Name.IsExported() || decl.Name.Name == "podsGetter") {
			want = append(want, decl.Name.Name)
		}
	}
	have := make(map[string]bool)
	for _, decl := range typeDecls(t, ".", func(name string) bool { return strings.HasPrefix(name, "mock_") }) {
		have[decl.Name.Name] = true
	}
	sort.Strings(want)
	require.Contains(t, want, "podsGetter")
	require.Contains(t, want, "Runtime")
	for _, name := range want {
		assert.True(t, have["Mock"+name], "no Mock%s: run `make mocks`", name)
	}
}

// typeDecls returns the type declarations of the Go files in dir whose
// names keep says to keep.
func typeDecls(t *testing.T, dir string, keep func(name string) bool) []*ast.TypeSpec {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	require.NoError(t, err)
	var specs []*ast.TypeSpec
	fset := token.NewFileSet()
	for _, path := range paths {
		if !keep(filepath.Base(path)) {
			continue
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, decl := range file.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.TYPE {
				continue
			}
			for _, spec := range gen.Specs {
				specs = append(specs, spec.(*ast.TypeSpec))
			}
		}
	}
	return specs
}
