//go:build !kubelet1.28

package main

import (
	"encoding/json"
	"errors"
)

// Before v1.28 misc.jsonl has no podstatus lines.

const since128 = false

func computePodStatus(map[string]json.RawMessage) (line, error) {
	return nil, errors.New("podstatus lines begin with v1.28")
}

func (g *gen) podStatusLine() (line, bool) { return nil, false }
