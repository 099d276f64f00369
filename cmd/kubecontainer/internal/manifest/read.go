package manifest

import (
	"errors"
	"fmt"
	"io"
)

// batchSize is how many bytes of documents a worker takes at a time: enough
// to make handing them over cheap, little enough to keep memory flat.
const batchSize = 64 << 10

// errDeferred says that a document is an item of a List whose kind has not
// been read yet and that it leaves out its own kind: it waits for the List's.
var errDeferred = errors.New("the kind of the List is not read yet")

// A part is what a worker made of one document, in input order: its rows
// and notes and the error that stops the reading, or the document itself
// when it waits for its List's kind, or the end of such a List.
type part[R any] struct {
	rows     []R
	notes    []string
	err      error
	deferred *document
	listEnd  *listItem
}

// ReadFile reads the manifest file name ("-" for stdin) and passes
// convert's row for each of its containers to deliver, in input order, and
// each note about what was skipped or dropped to warn. Documents are
// decoded and converted in batches on opts.Workers goroutines, a few
// batches at a time, so that memory does not grow with the input. An error
// of convert or deliver stops the reading. A manifest without containers
// is an error.
func ReadFile[R any](name string, stdin io.Reader, opts Options, convert func(Entry) (R, error),
	deliver func(R) error, warn func(string)) error {
	in, err := Open(name, stdin, opts.MaxInputSize)
	if err != nil {
		return err
	}
	defer func() { _ = in.Close() }()
	delivered := 0
	c := consumer[R]{options: opts, convert: convert, deliver: func(row R) error {
		delivered++
		return deliver(row)
	}, warn: func(note string) { warn(DisplayName(name) + ": " + note) }}
	err = orderedMap(opts.Workers, func() *objectDecoder { return newObjectDecoder(opts) },
		func(submit func(func(*objectDecoder) []part[R]) error) error {
			var batch []document
			size := 0
			submitBatch := func() error {
				docs := batch
				batch, size = nil, 0
				return submit(func(d *objectDecoder) []part[R] { return convertAll(d, docs, convert) })
			}
			err := readDocuments(in, func(doc document) error {
				batch = append(batch, doc)
				if size += doc.size(); size < batchSize {
					return nil
				}
				return submitBatch()
			})
			// The documents read before an error come first, with theirs.
			if len(batch) > 0 {
				if submitErr := submitBatch(); err == nil {
					err = submitErr
				}
			}
			return err
		}, c.take)
	if err != nil {
		return fmt.Errorf("%s: %w", DisplayName(name), TooLargeError(opts.MaxInputSize, err))
	}
	if delivered == 0 {
		return fmt.Errorf("%s: no containers found (want a %s)", DisplayName(name), SupportedKinds)
	}
	return nil
}

// Load is ReadFile returning the containers.
func Load(name string, stdin io.Reader, opts Options, warn func(string)) ([]Entry, error) {
	var entries []Entry
	err := ReadFile(name, stdin, opts, func(e Entry) (Entry, error) { return e, nil },
		func(e Entry) error {
			entries = append(entries, e)
			return nil
		}, warn)
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// convertAll decodes and converts docs with d, up to the first error.
// From the first document that waits for its List's kind on, the
// documents are passed on as they are, to be decoded in order once that
// kind is known.
func convertAll[R any](d *objectDecoder, docs []document, convert func(Entry) (R, error)) []part[R] {
	var parts []part[R]
	waiting := false
	for i := range docs {
		doc := &docs[i]
		if doc.listEnd != nil {
			parts = append(parts, part[R]{listEnd: doc.listEnd})
			waiting = false
			continue
		}
		if waiting {
			parts = append(parts, part[R]{deferred: doc})
			continue
		}
		p := convertDocument(d, *doc, convert)
		if errors.Is(p.err, errDeferred) {
			waiting = true
			parts = append(parts, part[R]{deferred: doc})
			continue
		}
		parts = append(parts, p)
		if p.err != nil {
			break
		}
	}
	return parts
}

// convertDocument decodes doc with d and converts its containers.
func convertDocument[R any](d *objectDecoder, doc document, convert func(Entry) (R, error)) part[R] {
	out, err := d.decode(doc)
	p := part[R]{notes: out.Notes, err: err}
	for _, e := range out.Entries {
		row, err := convert(e)
		if err != nil {
			p.err = fmt.Errorf("%s: container %q: %w", e.Object, e.Container.Name, err)
			break
		}
		p.rows = append(p.rows, row)
	}
	return p
}

// A consumer takes the workers' parts in input order and delivers their
// rows and notes. From a document that waits for its List's kind on, it
// holds the parts until the List's end says what its items are, then
// decodes the waiting documents itself.
type consumer[R any] struct {
	options Options
	convert func(Entry) (R, error)
	deliver func(R) error
	warn    func(string)
	held    []part[R]
	decoder *objectDecoder
}

// take takes one batch's parts.
func (c *consumer[R]) take(parts []part[R]) error {
	for _, p := range parts {
		if err := c.takePart(p); err != nil {
			return err
		}
	}
	return nil
}

func (c *consumer[R]) takePart(p part[R]) error {
	switch {
	case len(c.held) > 0 && p.listEnd != nil:
		held := c.held
		c.held = nil
		for _, h := range held {
			if h.deferred != nil {
				h = c.resolve(*h.deferred, *p.listEnd)
			}
			if err := c.emit(h); err != nil {
				return err
			}
		}
		return nil
	case len(c.held) > 0 || p.deferred != nil:
		c.held = append(c.held, p)
		return nil
	case p.listEnd != nil:
		return nil
	}
	return c.emit(p)
}

// resolve decodes a document that waited for its List's kind.
func (c *consumer[R]) resolve(doc document, item listItem) part[R] {
	if c.decoder == nil {
		c.decoder = newObjectDecoder(c.options)
	}
	doc.listItem, doc.listPending = item, false
	return convertDocument(c.decoder, doc, c.convert)
}

// emit delivers a part's notes and rows, then returns its error.
func (c *consumer[R]) emit(p part[R]) error {
	for _, note := range p.notes {
		c.warn(note)
	}
	for _, row := range p.rows {
		if err := c.deliver(row); err != nil {
			return err
		}
	}
	return p.err
}
