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
	$(BIN)/unrest ingest samples/ --db unrest.db --no-progress

test: setup
	$(BIN)/python -m pytest -q

bench: setup  # every figure in docs/benchmarks.md (tens of minutes; the 1M-event run is separate)
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/gazetteer.py
	$(BIN)/python -m unrest.evaluation.expectations tests/devset/expected tests/realdocs
	$(BIN)/python benchmarks/newsquant.py
	$(BIN)/python benchmarks/quantity_audit.py
	$(BIN)/python benchmarks/figures.py
	$(BIN)/python benchmarks/geo_accuracy.py
	$(BIN)/python benchmarks/geo_expectations.py
	$(BIN)/python benchmarks/event_location.py
	$(BIN)/python benchmarks/events_bench.py
	$(BIN)/python benchmarks/store_scale.py --events 100000
	$(BIN)/python benchmarks/ingest_speed.py --repeat 2
	$(BIN)/python benchmarks/brief_scale.py
	$(BIN)/python benchmarks/narration.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
