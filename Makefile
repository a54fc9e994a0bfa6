# Two commands for a new machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MO := storefront/translations/vi/LC_MESSAGES/messages.mo
PO := storefront/translations/vi/LC_MESSAGES/messages.po
# WTForms ships no Vietnamese: its own messages ("Not a valid choice.") have a catalogue here.
WTFORMS_MO := storefront/translations/vi/LC_MESSAGES/wtforms.mo
WTFORMS_PO := storefront/translations/vi/LC_MESSAGES/wtforms.po
export FLASK_APP := storefront

.PHONY: run test install lint format translations-update bench clean

# Links in e-mails point here; outside `make run` the site refuses to start without SITE_URL.
run: export SITE_URL ?= http://127.0.0.1:5000
run: install
	$(BIN)/flask db upgrade
	$(BIN)/flask seed-demo --if-empty
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: install
	bash tests/install-deps.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest -n 2 -p no:cacheprovider --db=sqlite
	$(BIN)/pytest -n 2 -p no:cacheprovider --db=postgresql

install: $(STAMP) $(MO) $(WTFORMS_MO)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,prod]'
	touch $@

$(MO): $(PO) $(STAMP)
	$(BIN)/pybabel compile -d storefront/translations

$(WTFORMS_MO): $(WTFORMS_PO) $(STAMP)
	$(BIN)/pybabel compile -d storefront/translations -D wtforms

# For developers: collect new strings into the catalogues after changing code or templates.
translations-update: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o storefront/translations/messages.pot --no-location --sort-output --width 100 .
	$(BIN)/pybabel update -i storefront/translations/messages.pot -d storefront/translations --no-fuzzy-matching --ignore-obsolete --width 100
	cp "$$($(BIN)/python -c 'from wtforms.i18n import messages_path; print(messages_path())')/wtforms.pot" storefront/translations/wtforms.pot
	$(BIN)/pybabel update -i storefront/translations/wtforms.pot -d storefront/translations -D wtforms --no-fuzzy-matching --ignore-obsolete --width 100

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python bench/catalog.py

clean:
	rm -rf $(VENV) .pytest_cache
