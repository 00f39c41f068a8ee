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

# The venv's own pip first (pinned, hash-checked), then the lock with it: the pip a system
# Python bundles may read the lock differently (pip 23.2 took an extra's newest release).
$(STAMP): requirements.lock requirements-bootstrap.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "error: Python 3.11 or newer is needed (set PYTHON=python3.x)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements-bootstrap.lock
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	touch $(STAMP)

serve: setup
	$(PY) -m generator serve

eval: setup
	$(PY) scripts/eval --python $(PY)

clean:
	rm -rf site .build-* .cache $(addprefix briefings/,$(shell sed -n 's:^/::p' briefings/.gitignore))
