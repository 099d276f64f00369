package fakes

import (
	"reflect"
	"testing"
)

type image struct{ id string }

func idOf(i image) string { return i.id }

func TestFindImage(t *testing.T) {
	images := []image{{"a"}, {"b"}, {"b"}}
	tests := []struct {
		id     string
		wantOK bool
	}{{"a", true}, {"b", true}, {"c", false}, {"", false}}
	for _, tt := range tests {
		got, ok := FindImage(images, idOf, tt.id)
		if ok != tt.wantOK || (ok && got != tt.id) || (!ok && got != "") {
			t.Errorf("FindImage(%q) = %q, %v", tt.id, got, ok)
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
