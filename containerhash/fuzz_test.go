package containerhash

import (
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/hash"
)

// FuzzHash decodes a container from JSON and checks, for every kubelet
// minor, what Hash promises: name and image only from v1.31; up to v1.30 a
// NewerFieldsError exactly when NewerFields finds something, and otherwise
// the whole-container hash, the same for every minor that sees no newer
// field. The seeds are the golden data's first lines and a container with
// each newer field.
func FuzzHash(f *testing.F) {
	f.Add(`{"name":"test_container","image":"foo/image:v1","resources":{}}`)
	f.Add(`{"name":"","resources":{}}`)
	f.Add(`{"name":"a","image":"b","resources":{"limits":{"cpu":"1"}},"env":[{"name":"X","value":"$(Y)"}]}`)
	for _, tt := range newerFieldCases() {
		f.Add(tt.json)
	}
	f.Fuzz(func(t *testing.T, data string) {
		c, err := decodeStrict([]byte(data))
		if err != nil {
			return
		}
		var whole *Hashes
		for minor := OldestMinor; minor <= NewestMinor; minor++ {
			k, err := New(minor)
			if err != nil {
				t.Fatal(err)
			}
			got, err := k.Hash(c)
			newer := k.NewerFields(c)
			switch {
			case !k.HashesWholeContainer():
				if err != nil || got != (Hashes{Hash: hash.ContainerNameAndImage(c)}) {
					t.Fatalf("v1.%d: %+v, %v", minor, got, err)
				}
			case len(newer) > 0:
				if err == nil {
					t.Fatalf("v1.%d: hashed a container with fields %q its API lacks", minor, newer)
				}
			case err != nil:
				t.Fatalf("v1.%d: %v", minor, err)
			case !got.HasWithoutResources || got.Hash != hash.WholeContainer(c):
				t.Fatalf("v1.%d: %+v", minor, got)
			case whole != nil && got != *whole:
				t.Fatalf("v1.%d: %+v, an older kubelet %+v", minor, got, *whole)
			default:
				whole = &got
			}
		}
	})
}
