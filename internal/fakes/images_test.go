package fakes

import (
	"errors"
	"reflect"
	"testing"
)

type image struct{ id string }

func idOf(i image) string { return i.id }

func TestImageRef(t *testing.T) {
	images := []image{{"a"}, {"b"}, {"b"}}
	miss := errors.New("inspect")
	tests := []struct {
		id      string
		wantErr error
	}{{"a", nil}, {"b", nil}, {"c", miss}, {"", miss}}
	for _, tt := range tests {
		got, err := ImageRef(images, idOf, tt.id, miss)
		want := tt.id
		if tt.wantErr != nil {
			want = ""
		}
		if got != want || err != tt.wantErr {
			t.Errorf("ImageRef(%q) = %q, %v", tt.id, got, err)
		}
	}
}

func TestRemoveImage(t *testing.T) {
	tests := []struct {
		name   string
		images []image
		id     string
		want   []image
	}{
		{name: "first", images: []image{{"a"}, {"b"}}, id: "a", want: []image{{"b"}}},
		{name: "last", images: []image{{"a"}, {"b"}}, id: "b", want: []image{{"a"}}},
		{name: "first of duplicates", images: []image{{"a"}, {"b"}, {"b"}}, id: "b", want: []image{{"a"}, {"b"}}},
		{name: "miss removes the first", images: []image{{"a"}, {"b"}}, id: "z", want: []image{{"b"}}},
		{name: "only one", images: []image{{"a"}}, id: "a", want: []image{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RemoveImage(tt.images, idOf, tt.id); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("RemoveImage = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRemoveImageSharesTheBackingArray(t *testing.T) {
	images := []image{{"a"}, {"b"}, {"c"}}
	handedOut := images
	RemoveImage(images, idOf, "a")
	if !reflect.DeepEqual(handedOut, []image{{"b"}, {"c"}, {"c"}}) {
		t.Errorf("the earlier slice sees %v", handedOut)
	}
}

func TestRemoveImageEmptyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic on an empty list")
		}
	}()
	RemoveImage([]image(nil), idOf, "a")
}
