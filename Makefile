# Casewindow — developer commands. `make help` lists them.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# GOV.UK Frontend compiled with a system font (see src/casewindow/static_src/govuk.scss) and its
# JavaScript, served from here (settings.STATICFILES_DIRS).
GOVUK_DIST := node_modules/govuk-frontend/dist/govuk
GOVUK_BUILD := static_build/govuk
GOVUK_CSS := $(GOVUK_BUILD)/govuk-frontend.min.css

.DEFAULT_GOAL := help
.PHONY: help install run serve test lint format migrations-check worker demo bench audit licenses load clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

install: $(STAMP) node_modules/.package-lock.json $(GOVUK_CSS) ## Create .venv, install Python and npm dependencies, build the CSS (idempotent)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 ($(PYTHON)) is required but was not found."; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "Node.js and npm are required to install GOV.UK Frontend (https://nodejs.org, or: apt-get install nodejs npm)."; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Rebuilt whenever the SCSS or the npm packages change. Nothing from Frontend's assets/ is copied:
# its GDS Transport font and GOV.UK crest and icons are for services on GOV.UK only.
$(GOVUK_CSS): src/casewindow/static_src/govuk.scss node_modules/.package-lock.json
	rm -rf $(GOVUK_BUILD)
	mkdir -p $(GOVUK_BUILD)
	node_modules/.bin/sass --load-path=node_modules --style=compressed --no-source-map --quiet-deps \
		src/casewindow/static_src/govuk.scss $(GOVUK_BUILD)/govuk-frontend.min.css.tmp
	cp $(GOVUK_DIST)/govuk-frontend.min.js $(GOVUK_DIST)/govuk-frontend.min.js.map $(GOVUK_BUILD)/
	mv $(GOVUK_BUILD)/govuk-frontend.min.css.tmp $@

run: install ## Start the app on SQLite with the demo review loaded (http://127.0.0.1:8000)
	mkdir -p var
	$(BIN)/casewindow migrate --noinput --verbosity 0
	$(BIN)/casewindow load_demo
	@echo "Starting the background worker and the web server on http://$(HOST):$(PORT) (Ctrl+C stops both)"
	export DEBUG=$${DEBUG:-1}; \
	$(BIN)/casewindow worker --no-reload --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/casewindow runserver $(HOST):$(PORT)

serve: install ## Production-style stack on PostgreSQL: migrate, collectstatic, gunicorn × WEB_CONCURRENCY (4) + the job worker (docs/deploy.md)
	HOST=$(HOST) PORT=$(PORT) $(BIN)/python tools/serve.py

test: lint ## Lint, check migrations, then run the whole test suite (DATABASE_URL picks the database; SQLite by default)
	$(BIN)/casewindow makemigrations --check --dry-run
	$(BIN)/pytest

lint: install ## ruff check, format check and mypy (type check, settings in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install ## Format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

worker: install ## Run the background task worker
	$(BIN)/casewindow worker

bench: install ## Run the benchmarks (figures printed and written to bench/results/)
	$(BIN)/python bench/run.py

load: install ## Load bench: locust against gunicorn × 4 on PostgreSQL (about 10 minutes; bench/load/)
	$(BIN)/python bench/load/run_load.py

audit: install ## Known vulnerabilities in the pinned Python and npm packages (needs the network)
	$(BIN)/python tools/audit.py $(AUDIT_FLAGS)

licenses: install ## Regenerate THIRD_PARTY_LICENSES.md after changing a pin
	$(BIN)/python tools/third_party_licenses.py

clean: ## Remove the virtualenv, node_modules and local data
	rm -rf $(VENV) node_modules static_build var
