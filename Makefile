# metis-stake: the single entry points. `make demo` runs the main job on a local anvil;
# `make test` runs every check CI runs. Both install what is missing first.
#
# Foundry comes from npm. We call the native binaries inside the platform packages, never
# the node wrapper npm links into the .bin folder: it exits 0 even when a test fails.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

FOUNDRY_BIN := $(CURDIR)/node_modules/@foundry-rs
export PATH := $(FOUNDRY_BIN)/forge-linux-amd64/bin:$(FOUNDRY_BIN)/anvil-linux-amd64/bin:$(FOUNDRY_BIN)/cast-linux-amd64/bin:$(PATH)
# Rust tests spawn this anvil (a native binary: a node wrapper would leave a child behind).
export METIS_ANVIL_BIN := $(FOUNDRY_BIN)/anvil-linux-amd64/bin/anvil
export METIS_FORGE_BIN := $(FOUNDRY_BIN)/forge-linux-amd64/bin/forge
# Errors are rendered by the CLI itself; backtraces only confuse users and tests.
export RUST_BACKTRACE := 0

BINDINGS := crates/metis-bindings
BIND_SELECT := ^(TestMetis|SequencerLocking|SequencerMining|GrantEscrow|PositionsLens|SequencerVault|EquivocationSlasher)$$
BIND_FLAGS := --bindings-path $(BINDINGS) --crate-name metis-bindings --crate-version 0.1.0 \
	--alloy-version 2.5.0 --select '$(BIND_SELECT)'

.PHONY: help deps test demo build fmt fmt-check lint snapshot snapshot-check bind bind-check \
	forge-test cargo-test deep clean bench-cli bench-sync

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

node_modules/.metis-installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

deps: node_modules/.metis-installed ## Install Foundry, solc and OpenZeppelin from npm (pinned)
	@command -v cargo >/dev/null || { echo "error: cargo not found"; echo "hint: install Rust with rustup (the toolchain is pinned in rust-toolchain.toml)"; exit 1; }
	@forge --version | head -1

build: deps ## Compile the contracts and the CLI
	forge build
	cargo build --workspace

test: deps ## Everything CI checks: build, tests, drift, formatting, lints
	forge build
	node tools/size-check.js
	forge fmt --check
	forge test
	$(MAKE) --no-print-directory slither
	$(MAKE) --no-print-directory bind-check
	$(MAKE) --no-print-directory snapshot-check
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo test --workspace --all-targets
	@echo "make test: all checks passed"

forge-test: deps ## Only the Solidity tests
	forge test

cargo-test: deps ## Only the Rust tests (builds the contracts first: the CLI embeds them)
	forge build
	cargo test --workspace --all-targets

demo: deps ## Run the main job end to end on a throwaway local anvil
	cargo build --quiet -p metis-stake
	bash script/demo.sh

fmt: deps ## Format Solidity and Rust
	forge fmt
	cargo fmt --all

lint: deps ## Formatting checks and clippy
	forge fmt --check
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

snapshot: deps ## Rewrite .gas-snapshot from the gas benchmark
	forge snapshot --isolate --match-path 'test/gas/*'

snapshot-check: deps ## Fail when the gas benchmark no longer matches .gas-snapshot
	@if ls test/gas/*.t.sol >/dev/null 2>&1; then forge snapshot --isolate --match-path 'test/gas/*' --check; \
	else echo "no gas benchmark yet"; fi

bind: deps ## Regenerate crates/metis-bindings from the contracts' ABIs
	forge build
	forge bind $(BIND_FLAGS) --overwrite
	@# forge bind --overwrite deletes the folder; keep rustfmt off the generated code.
	cp tools/bindings-rustfmt.toml $(BINDINGS)/rustfmt.toml

bind-check: deps ## Fail when the committed bindings have drifted from the contracts
	forge bind $(BIND_FLAGS) || { echo "error: crates/metis-bindings is out of date"; echo "hint: run 'make bind' and commit the result"; exit 1; }

bench-cli: deps ## Wall time and RPC round trips of deposit, status and history (release build; about 20 min)
	cargo build --quiet --release -p metis-stake
	bash script/bench-cli.sh

bench-sync: deps ## RPC calls of `sync` over 1,000 set changes among 100 sequencers (release build; about 15 min)
	cargo build --quiet --release -p metis-stake
	bash script/bench-sync.sh

deep: deps ## Ten times the CI fuzzing and invariant runs (foundry profile `deep`)
	FOUNDRY_PROFILE=deep forge test

# ------------------------------------------------------------------ analysis (docs/ASSURANCE.md)
# slither, halmos and slither-mutate come from PyPI, pinned with their dependencies in
# tools/requirements-analysis.txt, installed once per clone into .venv/ (about a minute).
VENV := .venv
VENV_STAMP := $(VENV)/.metis-installed
ANALYSIS_REQUIREMENTS := tools/requirements-analysis.txt
# slither rebuilds the contracts with `forge clean` + `--force`: give it its own folders so the
# main build (out/, cache/) stays warm.
SLITHER_ENV := FOUNDRY_OUT=cache/slither/out FOUNDRY_CACHE_PATH=cache/slither/cache
# halmos builds with extra compiler output: the foundry profile `halmos` (contracts and
# test/halmos only, in cache/halmos/). HALMOS_FLAGS: e.g. --solver-timeout-assertion 0.
HALMOS_FLAGS ?=
# `make mutate`: which contracts, extra slither-mutate flags (e.g. --mutators-to-run ROR,AOR or
# --target-functions 'claim(uint256,address)') and the per-mutant test timeout (seconds; a
# mutant whose tests run longer counts as caught, so keep it far above the real run time).
MUTATE_CONTRACTS ?= SequencerLocking SequencerMining GrantEscrow
MUTATE_FLAGS ?=
MUTATE_TIMEOUT ?= 300
# MUTATE_LANE: a suffix for the scratch copy and the log, so that two campaigns can run side by
# side (e.g. the mutators split in two with --mutators-to-run). What judges each contract's
# mutants, and why in a scratch copy: tools/mutate/run.sh.
MUTATE_LANE ?=

.PHONY: venv slither halmos mutate mutate-report

$(VENV_STAMP): $(ANALYSIS_REQUIREMENTS)
	@command -v python3 >/dev/null || { echo "error: python3 not found"; echo "hint: install Python 3.10+ (Debian: apt-get install python3 python3-venv)"; exit 1; }
	test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $(ANALYSIS_REQUIREMENTS)
	@touch $@

venv: $(VENV_STAMP) ## Install the pinned analysis tools (slither, halmos) into .venv/

slither: deps $(VENV_STAMP) ## Static analysis; fails on any medium or high finding not triaged in docs/SLITHER.md
	$(SLITHER_ENV) $(VENV)/bin/slither . --config-file slither.config.json

halmos: deps $(VENV_STAMP) ## Symbolic proofs of the reward, rounding and vesting bounds (test/halmos)
	FOUNDRY_PROFILE=halmos $(VENV)/bin/halmos --root . --forge-build-out cache/halmos/out \
	  --match-contract 'Halmos$$' --function check_ $(HALMOS_FLAGS)

mutate: deps $(VENV_STAMP) ## Mutation testing of the contracts (slow: hours; docs/MUTATION.md); not in CI
	@for c in $(MUTATE_CONTRACTS); do \
	  MUTATE_TIMEOUT=$(MUTATE_TIMEOUT) MUTATE_LANE=$(MUTATE_LANE) tools/mutate/run.sh $$c $(MUTATE_FLAGS) || exit $$?; \
	done

mutate-report: ## Per-mutator table (caught, uncaught, did not compile, score) of the mutation logs
	@ls cache/mutation/*.log >/dev/null 2>&1 || { echo "error: no mutation logs in cache/mutation/"; echo "hint: run make mutate first"; exit 1; }
	tools/mutate/summary.sh cache/mutation/*.log

clean: ## Remove build output (keeps node_modules)
	forge clean || true
	cargo clean
