package apifields

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	v1 "k8s.io/api/core/v1"
)

var writeMinor = flag.Int("write-minor", 0, "write the paths of this build's types as testdata/v1.N.txt for this minor N")

// apiLists reads testdata/v1.NN.txt for every minor: the JSON paths of a
// Container ("Container PATH") and of a PodSpec outside its containers
// ("PodSpec PATH") in k8s.io/api v0.NN.
func apiLists(t *testing.T) map[int]map[string]bool {
	t.Helper()
	lists := map[int]map[string]bool{}
	for minor := 27; minor <= 37; minor++ {
		f, err := os.Open(filepath.Join("testdata", fmt.Sprintf("v1.%d.txt", minor)))
		if err != nil {
			t.Fatal(err)
		}
		lists[minor] = map[string]bool{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			lists[minor][sc.Text()] = true
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		_ = f.Close()
	}
	return lists
}

// TestTablesMatchAPIs checks both tables against the lists: a field is in
// the list of a minor exactly from its Since on, and every path that a
// minor's list has and v1.27's lacks lies below the table's field of the
// same Since (the longest one that is a prefix of it), so that no added
// field is missing and none has the wrong minor.
func TestTablesMatchAPIs(t *testing.T) {
	lists := apiLists(t)
	tables := map[string][]Field{"Container": ContainerFields(), "PodSpec": PodSpecFields()}
	for kind, table := range tables {
		for _, f := range table {
			for minor := 27; minor <= 37; minor++ {
				if got, want := lists[minor][kind+" "+f.Path], f.In(minor); got != want {
					t.Errorf("%s %s (since 1.%d): in the v1.%d API: %v", kind, f.Path, f.Since, minor, got)
				}
			}
		}
	}
	added := map[string]int{}
	for minor := 28; minor <= 37; minor++ {
		for line := range lists[minor] {
			if _, seen := added[line]; !seen && !lists[27][line] {
				added[line] = minor
			}
		}
	}
	if len(added) < 90 {
		t.Fatalf("only %d paths were added after v1.27", len(added))
	}
	for line, minor := range added {
		kind, p, _ := strings.Cut(line, " ")
		f, ok := covering(tables[kind], p)
		if !ok || f.Since != minor {
			t.Errorf("%s %s, added in v1.%d, is covered by %+v (found: %v)", kind, p, minor, f, ok)
		}
	}
}

// covering returns the longest field of table whose path is p or an
// ancestor of p.
func covering(table []Field, p string) (Field, bool) {
	var best Field
	found := false
	for _, f := range table {
		below := p == f.Path || strings.HasPrefix(p, f.Path+".") || strings.HasPrefix(p, f.Path+"[]")
		if below && len(f.Path) >= len(best.Path) {
			best, found = f, true
		}
	}
	return best, found
}

// TestListOfThisBuild checks the list of the k8s.io/api minor this test is
// built with (v0.27 with go.mod, v0.37 with go.latest.mod) against its
// types, so that the lists are the real APIs'. The build's minor is the
// newest whose table fields all resolve. With -write-minor N it writes the
// list of this build's types as testdata/v1.N.txt instead: run it with
// -modfile naming a copy of go.mod that requires k8s.io/api v0.N.0.
func TestListOfThisBuild(t *testing.T) {
	got := strings.Join(typePaths(), "\n") + "\n"
	if *writeMinor != 0 {
		file := filepath.Join("testdata", fmt.Sprintf("v1.%d.txt", *writeMinor))
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	minor := buildMinor()
	file := filepath.Join("testdata", fmt.Sprintf("v1.%d.txt", minor))
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != got {
		t.Errorf("%s differs from the paths of this build's types (k8s.io/api v0.%d)", file, minor)
	}
	t.Logf("k8s.io/api v0.%d: %s matches", minor, file)
}

// buildMinor returns the newest minor whose API has exactly the table's
// fields that resolve against this build's types, or 0.
func buildMinor() int {
	resolves := map[string]bool{}
	for _, table := range []struct {
		kind   string
		fields []Field
		len    func(Field) int
	}{
		{"Container", ContainerFields(), func(f Field) int { return Resolve[v1.Container]([]Field{f}).Len() }},
		{"PodSpec", PodSpecFields(), func(f Field) int { return Resolve[v1.PodSpec]([]Field{f}).Len() }},
	} {
		for _, f := range table.fields {
			resolves[table.kind+" "+f.Path] = table.len(f) == 1
		}
	}
	found := 0
	for minor := 27; minor <= 37; minor++ {
		matches := true
		for _, table := range []struct {
			kind   string
			fields []Field
		}{{"Container", ContainerFields()}, {"PodSpec", PodSpecFields()}} {
			for _, f := range table.fields {
				if resolves[table.kind+" "+f.Path] != f.In(minor) {
					matches = false
				}
			}
		}
		if matches {
			found = minor
		}
	}
	return found
}

// typePaths returns the lines of the list of this build's types, sorted.
func typePaths() []string {
	var lines []string
	for _, root := range []struct {
		kind string
		t    reflect.Type
		skip map[string]bool
	}{
		{"Container", reflect.TypeOf(v1.Container{}), nil},
		{"PodSpec", reflect.TypeOf(v1.PodSpec{}), map[string]bool{"initContainers": true, "containers": true, "ephemeralContainers": true}},
	} {
		var paths []string
		walkType(root.t, "", root.skip, map[reflect.Type]bool{}, &paths)
		for _, p := range paths {
			lines = append(lines, root.kind+" "+p)
		}
	}
	sort.Strings(lines)
	return lines
}

// opaque are the types whose JSON is a scalar, not their fields.
var opaque = map[string]bool{"Quantity": true, "IntOrString": true, "Time": true, "MicroTime": true, "Duration": true}

// walkType appends the JSON path of every field below struct type t, whose
// path is prefix, leaving out the top-level names in skip.
func walkType(t reflect.Type, prefix string, skip map[string]bool, inPath map[reflect.Type]bool, paths *[]string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || opaque[t.Name()] || inPath[t] {
		return
	}
	inPath[t] = true
	defer delete(inPath, t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || skip[name] {
			continue
		}
		if f.Anonymous && name == "" {
			walkType(f.Type, prefix, nil, inPath, paths)
			continue
		}
		p := name
		if prefix != "" {
			p = prefix + "." + name
		}
		*paths = append(*paths, p)
		if f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() != reflect.Uint8 {
			walkType(f.Type.Elem(), p+"[]", nil, inPath, paths)
			continue
		}
		walkType(f.Type, p, nil, inPath, paths)
	}
}
