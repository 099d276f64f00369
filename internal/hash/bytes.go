package hash

// Bytes returns the FNV-1a 32 hash of the text go-spew prints for data with
// the "%#v" verb and the kubelet's configuration
// (spew.ConfigState{Indent: " ", SortKeys: true, DisableMethods: true,
// SpewKeys: true}): "([]uint8)[", the bytes in decimal separated by single
// spaces, then "]". For example []byte("{}") is hashed as the text
// "([]uint8)[123 125]", and an empty slice as "([]uint8)[]".
//
// As in go-spew, a nil slice differs from an empty one: its text is
// "([]uint8)<nil>".
func Bytes(data []byte) uint32 {
	if data == nil {
		return fnvString(offset32, nilText)
	}
	text := newSpewText()
	text.write(data)
	return text.sum32()
}

// spewText is the FNV-1a state of go-spew's text for a non-nil byte slice
// whose bytes are written to it in one or more pieces.
type spewText struct {
	// sum is the FNV-1a state after openText and the bytes written so far.
	sum uint32
	// started reports whether a byte was written, so that the next one is
	// preceded by a space.
	started bool
}

// newSpewText returns the state for a slice of which nothing is written yet.
func newSpewText() spewText {
	return spewText{sum: fnvString(offset32, openText)}
}

// write adds the bytes of data to the slice.
func (t *spewText) write(data []byte) {
	if len(data) == 0 {
		return
	}
	if !t.started {
		t.sum = fnvDecimal(t.sum, data[0])
		t.started = true
		data = data[1:]
	}
	t.sum = separated.write(t.sum, data)
}

// sum32 returns the hash of the text for the slice written so far.
func (t *spewText) sum32() uint32 {
	return fnvByte(t.sum, closeByte)
}
