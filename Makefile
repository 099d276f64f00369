# Targets for working on kubecontainer. `make test` is the one test command.

GO ?= go
LATEST_MODFILE := go.latest.mod

.PHONY: test test-floor test-latest vet fmt bench lint mocks verify-mocks

## test: vet, gofmt and the whole suite under the race detector, against both
## ends of the supported k8s.io range (go.mod = v0.27.16, go.latest.mod = v0.37.2).
test: fmt vet test-floor test-latest

test-floor:
	$(GO) test -race -count=1 ./...

test-latest:
	$(GO) test -race -count=1 -modfile=$(LATEST_MODFILE) ./...

vet:
	$(GO) vet ./...
	$(GO) vet -modfile=$(LATEST_MODFILE) ./...

fmt:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
