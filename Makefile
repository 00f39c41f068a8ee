# The two commands of the README:  make site  and  make test.
# Each sets up what it needs first (system packages, a virtual environment with the
# pinned, hash-checked packages of requirements.lock), so both work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: site test setup eval bench clean serve

site: setup
	$(PY) -m generator build

test: setup
	$(PY) -m pytest -q

setup: $(STAMP)
	@scripts/install-system-deps

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	touch $(STAMP)

serve: setup
	$(PY) -m generator serve

eval: setup
	$(PY) scripts/eval --python $(PY)

clean:
	rm -rf site .build-* .cache $(addprefix briefings/,$(shell sed -n 's:^/::p' briefings/.gitignore))
