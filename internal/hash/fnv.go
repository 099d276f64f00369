package hash

// The parameters of 32-bit FNV-1a (see hash/fnv).
const (
	offset32 = 2166136261
	prime32  = 16777619
)

// go-spew's "%#v" text for a []byte is nilText for a nil slice and otherwise
// openText, the bytes in decimal separated by single spaces, and closeByte.
const (
	nilText   = "([]uint8)<nil>"
	openText  = "([]uint8)["
	closeByte = ']'
)

// fnvByte returns the FNV-1a state sum after writing c.
func fnvByte(sum uint32, c byte) uint32 {
	return (sum ^ uint32(c)) * prime32
}

// fnvString returns the FNV-1a state sum after writing s.
func fnvString(sum uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		sum = fnvByte(sum, s[i])
	}
	return sum
}

// fnvDecimal returns the FNV-1a state sum after writing b in decimal, without
// leading zeros.
func fnvDecimal(sum uint32, b byte) uint32 {
	if b >= 100 {
		sum = fnvByte(sum, '0'+b/100)
	}
	if b >= 10 {
		sum = fnvByte(sum, '0'+b/10%10)
	}
	return fnvByte(sum, '0'+b%10)
}
