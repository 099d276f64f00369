package hash

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// The Bytes benchmarks hash the JSON of containers from the golden file
// ../../container/testdata/hash.jsonl: input=sample is line 1, the
// kubelet's hash test container, input=golden200 cycles through lines 1-200
// (one op is one call). impl=ours is Bytes, impl=reference go-spew printing
// into hash/fnv as the kubelet does, impl=bytewise a plain FNV-1a loop over
// the decimal text, one text byte at a time. Compare with
//
//	go test -run '^$' -bench Bytes -benchmem -count 8 ./internal/hash > bytes.txt
//	benchstat -col /impl bytes.txt

// goldenContainersJSON returns the "container" value of the first n lines
// of hash.jsonl, as written there (which is json.Marshal's output).
func goldenContainersJSON(b *testing.B, n int) [][]byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "container", "testdata", "hash.jsonl"))
	if err != nil {
		b.Fatalf("reading the golden file: %v", err)
	}
	lines := bytes.SplitN(data, []byte("\n"), n+1)
	if len(lines) <= n {
		b.Fatalf("hash.jsonl has fewer than %d lines", n)
	}
	inputs := make([][]byte, n)
	for i, line := range lines[:n] {
		var g struct {
			Container json.RawMessage `json:"container"`
		}
		if err := json.Unmarshal(line, &g); err != nil {
			b.Fatalf("hash.jsonl:%d: %v", i+1, err)
		}
		inputs[i] = g.Container
	}
	return inputs
}

// bytewiseBytes is Bytes computed one text byte at a time.
func bytewiseBytes(data []byte) uint32 {
	if data == nil {
		return fnvString(offset32, nilText)
	}
	sum := fnvString(offset32, openText)
	for i, b := range data {
		if i > 0 {
			sum = fnvByte(sum, ' ')
		}
		sum = fnvDecimal(sum, b)
	}
	return fnvByte(sum, closeByte)
}

func BenchmarkBytes(b *testing.B) {
	golden := goldenContainersJSON(b, 200)
	inputs := []struct {
		name string
		data [][]byte
	}{
		{name: "sample", data: golden[:1]},
		{name: "golden200", data: golden},
	}
	impls := []struct {
		name string
		hash func([]byte) uint32
	}{
		{name: "ours", hash: Bytes},
		{name: "reference", hash: func(data []byte) uint32 { return referenceBytes(b, data) }},
		{name: "bytewise", hash: bytewiseBytes},
	}
	for _, input := range inputs {
		for _, impl := range impls {
			impl, data := impl, input.data
			b.Run("impl="+impl.name+"/input="+input.name, func(b *testing.B) {
				b.ReportAllocs()
				var results uint32
				for i := 0; i < b.N; i++ {
					results += impl.hash(data[i%len(data)])
				}
				runtime.KeepAlive(results)
			})
		}
	}
}
