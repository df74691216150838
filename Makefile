# newskg — one command to set up and run the demo, one to set up and run the tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: demo test setup system-deps eval bench clean

demo: setup  ## set up, build the bundled sample corpus into out/, say where the HTML is
	$(BIN)/newskg build data/sample -o $(OUT)

test: setup system-deps  ## set up (system packages included) and run every test
	$(BIN)/python -m pytest -q

eval: setup  ## precision / recall against the bundled gold annotations
	$(BIN)/newskg eval --gold tests/gold data/sample

bench: setup
	$(BIN)/python bench/run.py

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# Debian packages for the browser tests: headless Chromium and CJK fonts.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
