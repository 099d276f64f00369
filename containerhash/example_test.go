package containerhash_test

import (
	"errors"
	"fmt"
	"strconv"

	v1 "k8s.io/api/core/v1"

	"github.com/kubecontainer/kubecontainer/containerhash"
)

// The label a kubelet writes on a container, for nodes of two versions.
func Example() {
	c := &v1.Container{Name: "test_container", Image: "foo/image:v1"}
	for _, minor := range []int{27, 31} {
		k, err := containerhash.New(minor)
		if err != nil {
			panic(err)
		}
		h, err := k.Hash(c)
		if err != nil {
			panic(err)
		}
		fmt.Printf("v1.%d: %s\n", minor, strconv.FormatUint(h.Hash, 16))
	}
	// Output:
	// v1.27: 9c2e6b2f
	// v1.31: 8e45cbd0
}

// A running container needs a restart when the hash its kubelet computes
// for the spec differs from the label it wrote when it created it.
func ExampleKubelet_Hash() {
	k, _ := containerhash.New(29)
	label := "4a4f1262" // io.kubernetes.container.hash of the running container
	for _, image := range []string{"registry.example.com/app:1.4.2", "registry.example.com/app:1.4.3"} {
		h, err := k.Hash(&v1.Container{Name: "app", Image: image})
		var newer *containerhash.NewerFieldsError
		switch {
		case errors.As(err, &newer):
			fmt.Println("cannot tell:", err)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("%s: restart %v\n", image, strconv.FormatUint(h.Hash, 16) != label)
		}
	}
	// Output:
	// registry.example.com/app:1.4.2: restart false
	// registry.example.com/app:1.4.3: restart true
}
