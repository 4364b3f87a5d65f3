# Conciliazione Lombardia: `make run` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
MANAGE := $(PY) manage.py
PROD_ENV = DJANGO_SETTINGS_MODULE=conciliazione.settings.production SECRET_KEY="$$(cat .secret_key)" \
	SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
	SITE_BASE_URL=$${SITE_BASE_URL:-http://127.0.0.1:$(PORT)}

.PHONY: install messages setup run dev test test-full test-postgres lint browser-deps audit audit-deps bench bench-catalogue bench-opendata bench-search bench-import bench-deps bench-load bench-peer bench-profile bench-scale clean

$(VENV)/.installed: requirements.txt constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Serve Python 3.11 ($(PYTHON))"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt -c constraints.txt
	touch $@

install: $(VENV)/.installed

# Interface translations: .po (committed) to .mo (built), with polib: no GNU gettext needed.
messages: install
	$(MANAGE) compile_translations --settings=conciliazione.settings.test

.secret_key:
	@$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@

# Everything the site needs before it serves: schema, seed content, static files, admin (if asked).
setup: install messages .secret_key
	$(PROD_ENV) $(MANAGE) migrate --noinput
	$(PROD_ENV) $(MANAGE) load_seed_content
	$(PROD_ENV) $(MANAGE) setup_editorial_groups
	$(PROD_ENV) $(MANAGE) create_admin_from_env
	$(PROD_ENV) $(MANAGE) collectstatic --noinput --verbosity 0

# The site (gunicorn) and, beside it, the background jobs (the import worker and the scheduler
# of publish_scheduled and expire_services), restarted when they die and stopped with the site.
run: setup
	@echo "Conciliazione Lombardia su http://127.0.0.1:$(PORT)"
	$(PROD_ENV) $(MANAGE) run_background_jobs & jobs=$$!; trap 'kill $$jobs' EXIT; \
	$(PROD_ENV) $(VENV)/bin/gunicorn conciliazione.wsgi:application \
		--bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

dev: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_seed_content
	$(MANAGE) setup_editorial_groups
	$(MANAGE) create_admin_from_env
	$(MANAGE) run_background_jobs & jobs=$$!; trap 'kill $$jobs' EXIT; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Debian's Chromium for the browser tests (never a downloaded browser).
browser-deps:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else echo "Installare Chromium: sudo apt-get install chromium"; exit 1; fi; }

test: install messages browser-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run --settings=conciliazione.settings.test
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# The suite at full size: the 30 s load test, 40 fuzz examples an endpoint, new Hypothesis
# examples each run (`make test` runs them reduced and derandomized).
test-full: install messages browser-deps
	FUZZ_EXAMPLES=40 LOAD_TEST_SECONDS=30 HYPOTHESIS_PROFILE=full $(VENV)/bin/pytest $(PYTEST_ARGS)

# The same suite on the local PostgreSQL server, in a throwaway database.
test-postgres: install messages browser-deps
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/conciliazione} $(VENV)/bin/pytest $(PYTEST_ARGS)

# Benchmarks print figures (p50/p95); they assert nothing about speed. Their databases are kept
# between runs (bench/out/), since generating 10,000 demo services takes minutes.
# `bench` runs every bench-* target listed in BENCH_TARGETS.
BENCH_SQLITE_URL ?= sqlite:///$(CURDIR)/bench/out/catalogue.sqlite3
BENCH_PG_URL ?= postgres://postgres@127.0.0.1:5432/conciliazione_bench_catalogue

bench-catalogue: install
	@mkdir -p bench/out
	$(PY) bench/catalogue.py --count $${BENCH_SERVICES:-10000} $(BENCH_SQLITE_URL) $(BENCH_PG_URL)

# The catalogue and search at 10,000 and 100,000 services on PostgreSQL, one kept database per
# size (shared by both benchmarks; the 100,000 one takes minutes to generate the first time).
# Not part of `bench`. BENCH_SCALE_COUNTS and BENCH_SCALE_PG_URL ({count}: the size) change them.
BENCH_SCALE_COUNTS ?= 10000,100000
BENCH_SCALE_PG_URL ?= postgres://postgres@127.0.0.1:5432/conciliazione_bench_scale_{count}

bench-scale: install
	$(PY) bench/catalogue.py --count $(BENCH_SCALE_COUNTS) $(BENCH_CATALOGUE_ARGS) '$(BENCH_SCALE_PG_URL)'
	$(PY) -m bench.search --count $(BENCH_SCALE_COUNTS) --kept-database '$(BENCH_SCALE_PG_URL)' $(BENCH_SEARCH_ARGS)

# Open-data endpoints with 10,000 demo services: p50/p95 per endpoint (DATABASE_URL for PostgreSQL).
bench-opendata: install
	$(PY) bench/opendata_bench.py --count $${BENCH_SERVICES:-10000}

# Search latency p50/p95 and index rebuild time over 10,000 demo services, SQLite and PostgreSQL.
bench-search: install
	$(PY) -m bench.search $(BENCH_SEARCH_ARGS)

# The bulk import of 10,000 rows, on SQLite (temporary) and PostgreSQL (Django's test database
# next to BENCH_IMPORT_PG_URL, created and dropped): prints the times; the target is < 2 minutes.
BENCH_IMPORT_PG_URL ?= postgres://postgres@127.0.0.1:5432/conciliazione_bench_import

bench-import: install
	$(PY) bench/import.py --rows $${BENCH_IMPORT_ROWS:-10000} sqlite $(BENCH_IMPORT_PG_URL)

# wrk from Debian drives the load (another process than the server).
bench-deps:
	@command -v wrk >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; \
		else echo "Installare wrk: sudo apt-get install wrk"; exit 1; fi; }

# The site under load on SQLite and PostgreSQL, cached and uncached: writes bench/RESULTS.md.
bench-load: install bench-deps
	$(PY) -m bench.load

# Our pages side by side with the reference Wagtail demo: BAKERYDEMO_DIR names a local clone of
# wagtail/bakerydemo (never downloaded here; not part of `make bench`, CI never runs it). Prints each
# pair's req/s ratio; BENCH_PEER_ARGS="--postgres" serves both sites on PostgreSQL.
bench-peer: install bench-deps
	@test -n "$$BAKERYDEMO_DIR" || { echo "BAKERYDEMO_DIR: il percorso di un clone di wagtail/bakerydemo"; exit 1; }
	$(PY) -m bench.peer $(BENCH_PEER_ARGS)

# Where pages' server time goes (cProfile, in-process, page cache off) on bench-load's database.
BENCH_PROFILE_URLS ?= /cerca/?q=famiglia
bench-profile: install
	$(PY) -m bench.pageprofile $(BENCH_PROFILE_URLS)

BENCH_TARGETS := bench-catalogue bench-practices bench-search bench-opendata bench-import bench-load
bench: $(BENCH_TARGETS)

# Lighthouse (mobile profile) and the W3C Nu checker on the public pages of a running site
# (`make run` in another terminal; AUDIT_URL for another address). The tools come from the npm
# registry into bench/out/audit/; Lighthouse drives Debian's Chromium. Prints the scores per
# page; CI does not run it (the figures depend on the machine's load).
AUDIT_URL ?= http://127.0.0.1:$(PORT)
AUDIT_TOOLS := bench/out/audit
LIGHTHOUSE_VERSION := 13.5.0
VNU_VERSION := 26.9.27

audit-deps: browser-deps
	@command -v npm >/dev/null && command -v java >/dev/null || { echo "Servono npm e java (apt-get install npm default-jre-headless)"; exit 1; }
	@mkdir -p $(AUDIT_TOOLS)
	@test -f $(AUDIT_TOOLS)/node_modules/lighthouse/package.json -a -f $(AUDIT_TOOLS)/node_modules/vnu-jar/package.json || \
		npm install --prefix $(AUDIT_TOOLS) --no-audit --no-fund --loglevel=error \
			lighthouse@$(LIGHTHOUSE_VERSION) vnu-jar@$(VNU_VERSION)

audit: install audit-deps
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(PY) bench/audit.py --url $(AUDIT_URL) $(AUDIT_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf staticfiles media db.sqlite3 .pytest_cache

# The good-practice library under load (prints p50/p95; DATABASE_URL selects the database).
.PHONY: bench-practices
bench-practices: install
	$(PY) bench/goodpractices_library.py --count $${BENCH_PRACTICES:-1000}
