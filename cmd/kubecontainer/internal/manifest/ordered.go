package manifest

import (
	"errors"
	"sync"
)

// errStopped tells a producer that the consumer stopped taking results.
var errStopped = errors.New("stopped")

// orderedMap runs tasks on workers goroutines and passes their results to
// deliver in the order produce submitted them. At most a few tasks per
// worker are in flight, so memory does not grow with their number. Each
// worker has a state of its own, made by newState, that its tasks are
// given.
//
// produce runs on its own goroutine and calls submit for each task; submit
// returns errStopped once deliver has failed, and produce should then
// return. orderedMap returns the first error of deliver, else that of
// produce. Every goroutine it starts has ended when it returns.
func orderedMap[S, T any](workers int, newState func() S, produce func(submit func(task func(S) T) error) error, deliver func(T) error) error {
	if workers < 1 {
		workers = 1
	}
	type pending struct {
		task   func(S) T
		result chan T
	}
	tasks := make(chan pending)
	queue := make(chan chan T, 4*workers)
	stop := make(chan struct{})

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			state := newState()
			for p := range tasks {
				p.result <- p.task(state)
			}
		}()
	}

	produced := make(chan error, 1)
	go func() {
		defer close(queue)
		defer close(tasks)
		produced <- produce(func(task func(S) T) error {
			p := pending{task: task, result: make(chan T, 1)}
			select {
			case queue <- p.result:
			case <-stop:
				return errStopped
			}
			select {
			case tasks <- p:
				return nil
			case <-stop:
				// The consumer no longer waits for this result.
				return errStopped
			}
		})
	}()

	var deliverErr error
	for result := range queue {
		if deliverErr != nil {
			continue
		}
		if deliverErr = deliver(<-result); deliverErr != nil {
			close(stop)
		}
	}
	wg.Wait()
	produceErr := <-produced
	if deliverErr != nil {
		return deliverErr
	}
	return produceErr
}
