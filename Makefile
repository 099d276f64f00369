# Targets for working on kubecontainer. `make test` is the one test command.

GO ?= go
# -trimpath keys compiled packages by module and version instead of folder, so
# that the install test's consumers, which read the modules from a throw-away
# module cache, reuse the dependencies `make vet` compiled instead of
# compiling them again.
export GOFLAGS := $(strip $(GOFLAGS) -trimpath)
LATEST_MODFILE := go.latest.mod
# LINES are the nested modules of the newer kubelet lines (ARCHITECTURE.md,
# "A line, and what it shares"), every kubelet-1.NN folder with a go.mod;
# CMD is the command's module once cmd/kubecontainer/go.mod exists; TOOLS is
# the release tool and the install test. Each is tested, vetted and linted
# from its own folder.
LINES := $(patsubst %/go.mod,%,$(wildcard kubelet-1.*/go.mod))
CMD := $(patsubst %/go.mod,%,$(wildcard cmd/kubecontainer/go.mod))
TOOLS := tools
MODULES := $(LINES) $(CMD) $(TOOLS)
BIN := $(CURDIR)/bin

GOLANGCI_LINT_VERSION := v2.15.0
BENCHSTAT_VERSION := v0.0.0-20260908200009-22c9c6c9d4da
BENCH_COUNT ?= 8

.PHONY: test test-floor test-latest test-lines test-cmd test-tools vet fmt bench lint line-count release

## test: gofmt, vet and the whole suite (golden data, fuzz seed corpora,
## examples) under the race detector: the root module (the v1.27 line)
## against both ends of the supported k8s.io range, go.mod (v0.27.16) and
## go.latest.mod (v0.37.2), then every newer line's module, the command's,
## and last tools/, whose install test uses every released module as a user.
test: fmt vet test-floor test-latest test-lines test-cmd test-tools

test-floor:
	$(GO) test -race -count=1 ./...

test-latest:
	$(GO) test -race -count=1 -modfile=$(LATEST_MODFILE) ./...

test-lines:
	for line in $(LINES); do (cd $$line && $(GO) test -race -count=1 ./...) || exit 1; done

test-cmd:
	for mod in $(CMD); do (cd $$mod && $(GO) test -race -count=1 ./...) || exit 1; done

## test-tools: the checks of versions.yaml and the go lines, and the install
## test (several minutes: it builds and tests a consumer of every line).
test-tools:
	cd $(TOOLS) && $(GO) test -race -count=1 -timeout 30m ./...

vet:
	$(GO) vet ./...
	$(GO) vet -modfile=$(LATEST_MODFILE) ./...
	for mod in $(MODULES); do (cd $$mod && $(GO) vet ./...) || exit 1; done

fmt:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## bench: every benchmark, ours beside the reference in the same run, then
## benchstat's comparison (columns by the impl= key) in bench/comparison.txt.
bench:
	mkdir -p bench
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCH_COUNT) ./... | tee bench/results.txt
	for mod in $(LINES) $(CMD); do (cd $$mod && $(GO) test -run '^$$' -bench . -benchmem -count $(BENCH_COUNT) ./...) | tee -a bench/results.txt; done
	$(GO) run golang.org/x/perf/cmd/benchstat@$(BENCHSTAT_VERSION) -col /impl bench/results.txt | tee bench/comparison.txt

## lint: golangci-lint with .golangci.yml (installed into ./bin on first use).
lint: $(BIN)/golangci-lint
	$(BIN)/golangci-lint run ./...
	for mod in $(MODULES); do (cd $$mod && $(BIN)/golangci-lint run --config $(CURDIR)/.golangci.yml ./...) || exit 1; done

$(BIN)/golangci-lint:
	GOBIN=$(BIN) $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION)

## line-count: the hand-written lines of every kubelet line as
## ARCHITECTURE.md, "Budget", counts them.
line-count:
	cd $(TOOLS) && $(GO) run ./cmd/linecount -root ..

## release: make release VERSION=vX.Y.Z sets versions.yaml and every
## requirement of a released module to VERSION and prints the tags to push
## (README.md, "Releasing").
release:
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=vX.Y.Z"; exit 1; }
	cd $(TOOLS) && $(GO) run ./cmd/release -root .. -version $(VERSION)

.PHONY: golden

# GOLDEN_MINORS are the kubelet minors whose line gets a generated golden set;
# the v1.27 root line gets only the scenario files. oracle/kubelet serves them
# all: kubelet-1.NN.mod pins the minor's k8s.io/kubernetes (go.mod is the
# newest's, GOLDEN_NEWEST), the tags kubelet1.28 up to kubelet1.NN pick its
# API (ARCHITECTURE.md, "Golden data").
GOLDEN_MINORS := 29 32 35 36 37
GOLDEN_NEWEST := 37

## golden: build the generator once per minor (one after the other: the first
## build of a k8s.io/kubernetes version takes minutes), regenerate
## kubelet-1.NN/container/testdata (never its shared/ copy of the public set)
## and container/testdata/scenarios (v1.27), then recompute every stored set
## with the real kubelet (-verify), the public sets included.
golden: golden-1.27
	for m in 27 $(GOLDEN_MINORS); do \
		modfile=-modfile=kubelet-1.$$m.mod; [ $$m = $(GOLDEN_NEWEST) ] && modfile=; \
		tags=; [ $$m -ge 28 ] && tags="-tags $$(seq -s, -f 'kubelet1.%g' 28 $$m)"; \
		(cd oracle/kubelet && $(GO) build $$modfile $$tags -o $(BIN)/oracle-kubelet-1.$$m .) || exit 1; \
	done
	$(BIN)/oracle-kubelet-1.27 -scenarios container/testdata/scenarios
	for m in $(GOLDEN_MINORS); do $(BIN)/oracle-kubelet-1.$$m -out kubelet-1.$$m/container/testdata || exit 1; done
	$(BIN)/oracle-kubelet-1.27 -verify container/testdata
	$(BIN)/oracle-kubelet-1.27 -verify container/testdata/scenarios
	for m in $(GOLDEN_MINORS); do \
		for set in kubelet-1.$$m/container/testdata kubelet-1.$$m/container/testdata/shared; do \
			[ ! -d $$set ] || $(BIN)/oracle-kubelet-1.$$m -verify $$set || exit 1; \
		done; \
	done

.PHONY: golden-1.27

## golden-1.27: regenerate cmd/kubecontainer/internal/defaults/testdata and
## cmd/kubecontainer/testdata/examples.jsonl with the API-server oracle
## oracle/apiserver-1.27: manifests (random and realistic ones, then those of
## examples/) through the real v1.27.16 API server's defaulting and gate
## drops, hashed by the real kubelet v1.27.16.
golden-1.27:
	cd oracle/apiserver-1.27 && $(GO) run . -out ../../cmd/kubecontainer/internal/defaults/testdata
	cd oracle/apiserver-1.27 && $(GO) run . -verify -out ../../cmd/kubecontainer/internal/defaults/testdata
	cd oracle/apiserver-1.27 && $(GO) run . -examples ../../examples -examples-out ../../cmd/kubecontainer/testdata/examples.jsonl

.PHONY: mocks verify-mocks

MOCKERY ?= $(GO) run github.com/vektra/mockery/v3@v3.9.1
MOCKS_DIR := container/testing

## mocks: regenerate the testify mocks (container/testing/mock_*.go) from
## .mockery.yml. Old files are removed first so that a deleted interface
## loses its mock.
mocks:
	rm -f $(MOCKS_DIR)/mock_*.go
	$(MOCKERY)
	for line in $(LINES); do rm -f $$line/$(MOCKS_DIR)/mock_*.go; (cd $$line && $(MOCKERY)) || exit 1; done

## verify-mocks: regenerate the mocks in the tree and fail when they differ
## from the committed ones (changed, deleted or new files).
verify-mocks: mocks
	git diff --exit-code -- '$(MOCKS_DIR)/mock_*.go' $(foreach line,$(LINES),'$(line)/$(MOCKS_DIR)/mock_*.go')
	@untracked=$$(git ls-files --others --exclude-standard -- '$(MOCKS_DIR)/mock_*.go' $(foreach line,$(LINES),'$(line)/$(MOCKS_DIR)/mock_*.go')); \
	if [ -n "$$untracked" ]; then echo "mocks not committed:"; echo "$$untracked"; exit 1; fi
