package container

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildContainerID(t *testing.T) {
	assert.Equal(t, ContainerID{Type: "docker", ID: "abc"}, BuildContainerID("docker", "abc"))
}

func TestContainerIDString(t *testing.T) {
	tests := []struct {
		id   ContainerID
		want string
	}{
		{ContainerID{}, "://"},
		{ContainerID{Type: "containerd", ID: "abc"}, "containerd://abc"},
		{ContainerID{Type: "docker"}, "docker://"},
		{ContainerID{ID: "abc"}, "://abc"},
	}
	for _, tt := range tests {
		id := tt.id
		assert.Equal(t, tt.want, id.String(), "%#v", tt.id)
	}
}

func TestContainerIDIsEmpty(t *testing.T) {
	tests := []struct {
		id   ContainerID
		want bool
	}{
		{ContainerID{}, true},
		{ContainerID{Type: "docker"}, false},
		{ContainerID{ID: "abc"}, false},
		{ContainerID{Type: "docker", ID: "abc"}, false},
	}
	for _, tt := range tests {
		id := tt.id
		assert.Equal(t, tt.want, id.IsEmpty(), "%#v", tt.id)
	}
}

func TestContainerIDParseString(t *testing.T) {
	tests := []struct {
		input   string
		want    ContainerID
		wantErr string
	}{
		{input: "docker://abc", want: ContainerID{Type: "docker", ID: "abc"}},
		{input: "://", want: ContainerID{}},
		{input: "docker://", want: ContainerID{Type: "docker"}},
		{input: "://abc", want: ContainerID{ID: "abc"}},
		{input: "docker:///abc", want: ContainerID{Type: "docker", ID: "/abc"}},
		{input: `"docker://abc"`, want: ContainerID{Type: "docker", ID: "abc"}},
		{input: `""x://y""`, want: ContainerID{Type: "x", ID: "y"}},
		{input: `"a"://"b"`, want: ContainerID{Type: `a"`, ID: `"b`}},
		{input: "", wantErr: `invalid container ID: ""`},
		{input: `"`, wantErr: `invalid container ID: "\""`},
		{input: "noseparator", wantErr: `invalid container ID: "noseparator"`},
		{input: "docker:/abc", wantErr: `invalid container ID: "docker:/abc"`},
		{input: "a://b://c", wantErr: `invalid container ID: "a://b://c"`},
		{input: ":://://", wantErr: `invalid container ID: ":://://"`},
		{input: "a\x01://\tb", want: ContainerID{Type: "a\x01", ID: "\tb"}},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			id := ContainerID{Type: "keep", ID: "me"}
			err := id.ParseString(tt.input)
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				assert.Equal(t, ContainerID{Type: "keep", ID: "me"}, id, "receiver changed on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
		})
	}
}

func TestParseContainerID(t *testing.T) {
	logs := captureKlog(t, "0")
	assert.Equal(t, ContainerID{Type: "cri-o", ID: "abc"}, ParseContainerID("cri-o://abc"))
	assert.Empty(t, logs.Entries(), "a valid ID logs nothing")

	assert.Equal(t, ContainerID{}, ParseContainerID("a://b://c"))
	entries := logs.Entries()
	require.Len(t, entries, 1)
	assert.True(t, entries[0].Error)
	assert.Equal(t, "Parsing containerID failed", entries[0].Msg)
	assert.EqualError(t, entries[0].Err, `invalid container ID: "a://b://c"`)
	assert.Empty(t, entries[0].KeysAndValues)
}

func TestContainerIDMarshalJSON(t *testing.T) {
	tests := []struct {
		id   ContainerID
		want string
	}{
		{ContainerID{}, `"://"`},
		{ContainerID{Type: "docker", ID: "abc"}, `"docker://abc"`},
		{ContainerID{Type: "x", ID: `a"b\c`}, `"x://a\"b\\c"`},
		{ContainerID{Type: "x", ID: "é<&>"}, `"x://é<&>"`},
		{ContainerID{Type: "x", ID: "\x01"}, `"x://\x01"`},
	}
	for _, tt := range tests {
		id := tt.id
		got, err := id.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(got))
		assert.Equal(t, fmt.Sprintf("%q", id.String()), string(got))
	}
}

func TestContainerIDMarshalJSONGoEscapeIsNotJSON(t *testing.T) {
	// Go quoting writes a control character as \x01, which is not JSON.
	_, err := json.Marshal(&ContainerID{Type: "x", ID: "\x01"})
	assert.Error(t, err)
}

// The pointer receiver of MarshalJSON makes encoding/json use it only for
// addressable values; the others come out as plain structs.
func TestContainerIDJSONPointerVersusValue(t *testing.T) {
	id := ContainerID{Type: "docker", ID: "abc"}
	status := Status{ID: id}
	tests := []struct {
		name  string
		value interface{}
		want  string
	}{
		{"pointer", &id, `"docker://abc"`},
		{"value", id, `{"Type":"docker","ID":"abc"}`},
		{"slice element", []ContainerID{id}, `["docker://abc"]`},
		{"array value", [1]ContainerID{id}, `[{"Type":"docker","ID":"abc"}]`},
		{"map value", map[string]ContainerID{"k": id}, `{"k":{"Type":"docker","ID":"abc"}}`},
		{"field through pointer", &Container{ID: id}, `"docker://abc"`},
		{"field of value", Container{ID: id}, `{"Type":"docker","ID":"abc"}`},
		{"status through pointer", []*Status{&status}, `"docker://abc"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.value)
			require.NoError(t, err)
			assert.Contains(t, string(got), tt.want)
		})
	}
}

func TestContainerIDUnmarshalJSON(t *testing.T) {
	tests := []struct {
		input   string
		want    ContainerID
		wantErr string
	}{
		{input: `"docker://abc"`, want: ContainerID{Type: "docker", ID: "abc"}},
		{input: `"docker://\u0062"`, want: ContainerID{Type: "docker", ID: `\u0062`}},
		{input: `"://"`, want: ContainerID{}},
		{input: `null`, wantErr: `invalid container ID: "null"`},
		{input: `{"Type":"docker","ID":"abc"}`, wantErr: `invalid container ID: "{\"Type\":\"docker\",\"ID\":\"abc\"}"`},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			var id ContainerID
			err := id.UnmarshalJSON([]byte(tt.input))
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				assert.Equal(t, ContainerID{}, id)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, id)
		})
	}
}

func TestContainerIDJSONRoundTripInStatus(t *testing.T) {
	in := []*Status{{ID: ContainerID{Type: "containerd", ID: "abc"}, Name: "app"}}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	var out []*Status
	require.NoError(t, json.Unmarshal(data, &out))
	assert.Equal(t, in, out)
}
