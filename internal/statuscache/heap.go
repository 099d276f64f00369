package statuscache

// thresholdHeap is a container/heap of pods, earliest key first. It keeps
// each pod's index up to date.
type thresholdHeap[S any] []*podState[S]

func (h thresholdHeap[S]) Len() int           { return len(h) }
func (h thresholdHeap[S]) Less(i, j int) bool { return h[i].key.Before(h[j].key) }

func (h thresholdHeap[S]) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *thresholdHeap[S]) Push(x any) {
	pod := x.(*podState[S])
	pod.index = len(*h)
	*h = append(*h, pod)
}

func (h *thresholdHeap[S]) Pop() any {
	old := *h
	last := old[len(old)-1]
	old[len(old)-1] = nil
	last.index = -1
	*h = old[:len(old)-1]
	return last
}
