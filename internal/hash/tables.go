package hash

// After the first byte, go-spew's text for a byte slice is, for every
// further byte b, the text " <b in decimal>": a space, then one to three
// digits. FNV-1a over that text multiplies after every text byte, which is a
// chain of 3 to 4 dependent multiplications per input byte. The tables below
// replace the chain by one multiplication and one addition per input byte.
//
// Why that is possible. Every text byte c here is below 64 (space is 0x20,
// the digits 0x30 to 0x39), so xoring c into the 32-bit state s changes only
// its low six bits:
//
//	s ^ c = s + δ   with   δ = ((s & 63) ^ c) - (s & 63)
//
// and one FNV-1a step is s' = (s ^ c)·P = s·P + δ·P (mod 2³²), where δ
// depends on the low six bits of s only. The low six bits of s' depend on
// the low six bits of s only as well, because the low bits of a product
// depend only on the low bits of its factors. By induction over the k bytes
// of the text of b, starting from state s:
//
//	s_k        = s·P^k + add[b][s & 63]
//	s_k & 63   = low[b][s & 63]
//
// where add and low are computed once for the 64 values of s & 63. The
// multiplier P^k only depends on the text's length; mul[b] holds it.
//
// The loop keeps the low six bits in their own variable, taken from low,
// rather than masking them out of the new state. The next table index is
// then one table load away from the previous one, while the multiplication
// and addition that produce the full state run beside it instead of in
// front of it.

// byteValues is the number of byte values.
const byteValues = 256

// lowStates is the number of values of the low six bits of the state.
const lowStates = 64

// separatedTables hold, for every byte value b and every value of the low six
// bits of the FNV-1a state, the effect of writing the text " <b in decimal>".
// They are built once, by newSeparatedTables, and only read afterwards.
type separatedTables struct {
	// mul[b] is prime32 to the power of the text's length.
	mul [byteValues]uint32
	// add[b][l] is the rest of the state after the text when the state
	// before it had low six bits l: the state after is s·mul[b] + add[b][l].
	add [byteValues][lowStates]uint32
	// low[b][l] is the low six bits of the state after the text.
	low [byteValues][lowStates]uint8
}

// separated is the package's only table. It is built during package
// initialization (16384 entries, 81 KiB, some tens of microseconds) and
// never written again.
var separated = newSeparatedTables()

// newSeparatedTables computes the tables by running FNV-1a over the text of
// every byte value from every value of the low six bits; any state with
// those low bits stands for all of them, so the run starts from l itself.
func newSeparatedTables() *separatedTables {
	t := new(separatedTables)
	for b := 0; b < byteValues; b++ {
		mul := uint32(1)
		for i := 0; i < len(" ")+decimalLen(byte(b)); i++ {
			mul *= prime32
		}
		t.mul[b] = mul
		for l := uint32(0); l < lowStates; l++ {
			after := fnvDecimal(fnvByte(l, ' '), byte(b))
			t.add[b][l] = after - l*mul
			t.low[b][l] = uint8(after % lowStates)
		}
	}
	return t
}

// write returns the FNV-1a state sum after writing, for every byte b of
// data, a space and b in decimal.
func (t *separatedTables) write(sum uint32, data []byte) uint32 {
	low := sum % lowStates
	for _, b := range data {
		sum = sum*t.mul[b] + t.add[b][low]
		low = uint32(t.low[b][low])
	}
	return sum
}

// decimalLen returns the number of decimal digits of b.
func decimalLen(b byte) int {
	switch {
	case b >= 100:
		return 3
	case b >= 10:
		return 2
	default:
		return 1
	}
}
