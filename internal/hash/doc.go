// Package hash computes the kubelet's container hash without reflection.
//
// The kubelet hashes a container by encoding it with encoding/json and then
// writing that byte slice, as the text github.com/davecgh/go-spew prints for
// it with the "%#v" verb, into a 32-bit FNV-1a hash. For a []byte that text
// is "([]uint8)[", the bytes in decimal separated by single spaces, and "]"
// (and "([]uint8)<nil>" for a nil slice). This package feeds exactly that
// text into FNV-1a without building it: Bytes hashes a byte slice, and JSON
// hashes a value's JSON encoding as it is produced, without keeping it.
//
// Each input byte adds two to four bytes of text, and FNV-1a multiplies its
// state after every text byte, so a byte-at-a-time loop is bound by the
// latency of those multiplications. Bytes does one multiplication per input
// byte instead, using tables derived in tables.go.
package hash
