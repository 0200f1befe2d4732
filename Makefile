# magbot — the two commands: `make run` and `make test`. Both create/refresh .venv as needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-dev
# pytest-xdist processes for `make test` (each migrates its own SQLite template and PostgreSQL schema).
TEST_WORKERS ?= 2

.PHONY: run test lint format bench bench-replicas foods token-ids clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@$(VENV)/bin/magbot run

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -n $(TEST_WORKERS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(STAMP)
	$(PY) benchmarks/bench_estimate.py
	$(PY) benchmarks/bench_answer.py
	$(PY) benchmarks/bench_nudges.py
	$(PY) benchmarks/bench_idle_rss.py
	$(PY) benchmarks/eval_answers.py
	$(PY) benchmarks/eval_meals.py

# Two webhook replicas on PostgreSQL under load, one killed mid-run (needs BENCH_DATABASE_URL or a local server).
bench-replicas: $(STAMP)
	$(PY) benchmarks/bench_replicas.py

# Regenerate the curated food table and the generated food-sources article from USDA SR28.
foods: $(STAMP)
	$(PY) scripts/build_foods.py
	$(PY) scripts/build_food_sources_article.py

# Rebuild knowledge/token_ids.jsonl (the knowledge texts' token ids, read at start-up) after a knowledge edit.
token-ids: $(STAMP)
	$(PY) scripts/build_token_ids.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
