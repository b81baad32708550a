# The newcomer's two commands:  make demo  (set up, extract the sample reports)  and  make test.
# Both create .venv/ at the project root on first use; nothing else needs installing beforehand.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m unrest.geo.build
	touch $(STAMP)

demo: setup
	$(BIN)/unrest extract samples/ --format table

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/gazetteer.py
	$(BIN)/python -m unrest.evaluation.expectations tests/devset/expected tests/realdocs

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
