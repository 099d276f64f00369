// Package podname implements the kubelet's pod full name,
// "<name>_<namespace>", for every kubelet line: building and parsing it.
package podname
