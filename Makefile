# The README's two commands: `make demo` and `make test`.
SWIFT ?= swift
PLANNER = .build/release/planner

.PHONY: setup build release demo test bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

## Plans the bundled Dahuashan scenario (1,304 households into 74 grids of 12-18).
demo: release
	$(PLANNER) plan scenarios/dahuashan --out out/dahuashan

## Runs every test.
test: setup
	$(SWIFT) test -c release -Xswiftc -enable-testing

bench: release
	bench/run-cpmp.sh

clean:
	rm -rf .build out
