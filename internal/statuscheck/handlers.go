package statuscheck

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/kubecontainer/kubecontainer/internal/golden"
	"github.com/kubecontainer/kubecontainer/internal/helpercheck"
)

// RuntimeHandlers checks the parts kubelet v1.30 added to a runtimestatus
// line: "handlerStrings", handlerText (a line's RuntimeHandler.String) of
// each of its handlers H, and "featuresString", featuresText (its
// RuntimeFeatures.String) of its features F, which may be nil.
func RuntimeHandlers[H, F any](handlerText func(*H) string, featuresText func(*F) string) helpercheck.Check {
	return func(tb testing.TB, line golden.Line) []string {
		var g struct {
			Handlers       []H      `json:"handlers"`
			Features       *F       `json:"features"`
			HandlerStrings []string `json:"handlerStrings"`
			FeaturesString string   `json:"featuresString"`
		}
		line.Decode(tb, &g)
		var diffs []string
		texts := []string{}
		for i := range g.Handlers {
			texts = append(texts, handlerText(&g.Handlers[i]))
		}
		if !reflect.DeepEqual(texts, g.HandlerStrings) {
			diffs = append(diffs, fmt.Sprintf("handler strings %q, kubelet gives %q", texts, g.HandlerStrings))
		}
		if got := featuresText(g.Features); got != g.FeaturesString {
			diffs = append(diffs, fmt.Sprintf("Features.String() = %q, kubelet gives %q", got, g.FeaturesString))
		}
		return diffs
	}
}
