package expand

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/expand/reference"
)

var benchInputs = []struct{ name, input string }{
	{"literal", "until nslookup db.prod.svc.cluster.local; do echo waiting; sleep 2; done"},
	{"references", "--listen=$(POD_IP):$(PORT) --name=$(POD_NAME) --data=/var/lib/$(POD_NAME)"},
	{"escapes", "echo $$HOME $$(date) $1"},
	{"characters", "prix: 5$€ $(POD_NAME) ça $é"},
}

var benchEnv = map[string]string{"POD_IP": "10.244.1.7", "PORT": "2379", "POD_NAME": "etcd-0"}

var benchSink string

// BenchmarkExpand compares Expand with the plain implementation on a few
// typical strings.
func BenchmarkExpand(b *testing.B) {
	lookup := mapLookup(benchEnv)
	mapping := func(name string) string {
		if value, ok := benchEnv[name]; ok {
			return value
		}
		return reference.AsWritten(name)
	}
	for _, in := range benchInputs {
		in := in
		b.Run("input="+in.name+"/impl=ours", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				benchSink = Expand(in.input, lookup)
			}
		})
		b.Run("input="+in.name+"/impl=reference", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				benchSink = reference.Expand(in.input, mapping)
			}
		})
		b.Run("input="+in.name+"/rules=whole-characters/impl=ours", func(b *testing.B) {
			b.ReportAllocs()
			opts := Options{WholeCharacters: true}
			for i := 0; i < b.N; i++ {
				benchSink = opts.Expand(in.input, lookup)
			}
		})
		b.Run("input="+in.name+"/rules=whole-characters/impl=reference", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				benchSink = reference.ExpandCharacters(in.input, mapping, true)
			}
		})
	}
}
