package hash

// NameAndImage returns the hash kubelet v1.31 and later give a container:
// Bytes of the JSON encoding of map[string]string{"name": name, "image":
// image}, which encoding/json writes with its keys sorted as
// {"image":…,"name":…}, with its usual string escaping.
func NameAndImage(name, image string) uint32 {
	// A struct with the keys in sorted order encodes to the same bytes as
	// the map, without building one.
	fields := struct {
		Image string `json:"image"`
		Name  string `json:"name"`
	}{Image: image, Name: name}
	// Two strings always encode: invalid UTF-8 becomes U+FFFD.
	sum, _ := JSON(fields)
	return sum
}
