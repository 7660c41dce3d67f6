# Two commands for a new user: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The CPU wheel of torch (a bare `torch` would pull a multi-GB CUDA build).
TORCH_SPEC ?= torch==2.13.0
# Extras to install: CI adds "ray" (EXTRAS=dev,ray) so that the Ray Data tests run there.
EXTRAS ?= dev
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench eval cli clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH_SPEC)"
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m ui.app

test: $(STAMP)
	$(BIN)/ruff check summarize ui eval tests
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check summarize ui eval tests

bench: $(STAMP)
	$(BIN)/python -m eval.bench
	$(BIN)/python -m eval.bench.scale
	$(BIN)/python -m eval.bench.ui
	$(BIN)/python -m eval.bench.abstractive

eval: $(STAMP)
	$(BIN)/python -m eval report

cli: $(STAMP)
	$(BIN)/summarize ui/examples/library_closure.md

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
