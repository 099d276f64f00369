// Package expand implements the $(VAR) reference syntax that the kubelet
// applies to a container's command, arguments and volume sub-paths.
//
// The rules, exactly as kubelet v1.27 applies them:
//
//   - "$$" becomes "$", so "$$(VAR)" yields the literal text "$(VAR)".
//   - "$(NAME)" becomes the value of NAME. When the lookup says NAME is not
//     defined, the reference stays as written.
//   - NAME runs to the first ")" after "$(": "$($(A)" names "$(A", "$((A)"
//     names "(A" and "$()" names the empty string.
//   - "$(" with no ")" anywhere after it is copied, and scanning resumes
//     after the "(".
//   - "$" followed by any other byte keeps both. The byte is appended as if
//     it were a rune, so a byte of 0x80 or above (the first byte of a
//     multi-byte UTF-8 character) is re-encoded as two bytes: "$é"
//     (24 C3 A9) becomes 24 C3 83 A9, which is not valid UTF-8. The kubelet
//     does this, and so does this package.
//     Kubelet v1.37 keeps the whole UTF-8 character instead ("$é" stays
//     "$é") and writes a byte that starts no valid character as U+FFFD;
//     Options.WholeCharacters selects that variant.
//   - A "$" at the very end of the input is kept.
//   - Values are inserted as they are; they are not expanded again.
//
// Callers decide what "defined" means through the Lookup they pass, so the
// same scanner serves the command/argument expansion (undefined references
// stay as written) and the sub-path expansion (which records every name
// without a value).
//
// Expand is built for the common case of text without references: a string
// that contains no "$", or whose expansion changes nothing, is returned as it
// is without allocating; otherwise the result is assembled in a single buffer.
//
// ContainerCommandAndArgs, CommandOnlyStatic and SubPath look names up in
// the container's env list as the kubelet's map of it answers (the last
// entry of a name wins): their first lookups scan the list from its end,
// and a call with many references builds the map (see envValues).
package expand
