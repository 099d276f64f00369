package container_test

import (
	"encoding/json"
	"fmt"

	kubecontainer "github.com/kubecontainer/kubecontainer/container"
)

func ExampleParseContainerID() {
	id := kubecontainer.ParseContainerID("containerd://4f3c2a")
	fmt.Println(id.Type, id.ID, id.String())

	// An invalid ID is logged and gives the zero ContainerID.
	invalid := kubecontainer.ParseContainerID("4f3c2a")
	fmt.Println(invalid.IsEmpty())
	// Output:
	// containerd 4f3c2a containerd://4f3c2a
	// true
}

func ExampleContainerID_ParseString() {
	var id kubecontainer.ContainerID
	fmt.Println(id.ParseString(`"docker://abc"`), id.Type, id.ID)
	fmt.Println(id.ParseString("a://b://c"), id.Type, id.ID)
	// Output:
	// <nil> docker abc
	// invalid container ID: "a://b://c" docker abc
}

func ExampleContainerID_MarshalJSON() {
	id := kubecontainer.BuildContainerID("cri-o", "abc")
	byPointer, _ := json.Marshal(&id)
	byValue, _ := json.Marshal(id)
	fmt.Println(string(byPointer))
	fmt.Println(string(byValue))
	// Output:
	// "cri-o://abc"
	// {"Type":"cri-o","ID":"abc"}
}
