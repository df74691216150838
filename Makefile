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

# Debian packages for the browser tests (headless Chromium, CJK fonts) and the push tests (Virtuoso), when missing.
# One apt-get update; noninteractive, so virtuoso-opensource's debconf dba-password question cannot wait for an answer.
# The push tests start a Virtuoso of their own (temporary database, free ports on 127.0.0.1), so the system service
# the package starts (ports 1111 and 8890 on every interface, dba's password dba) is stopped and disabled.
system-deps:
	@PKGS=; \
	command -v chromium >/dev/null 2>&1 || PKGS="$$PKGS chromium"; \
	fc-list 2>/dev/null | grep -qi "noto.*cjk" || PKGS="$$PKGS fonts-noto-cjk"; \
	command -v virtuoso-t >/dev/null 2>&1 || [ -x /usr/bin/virtuoso-t ] || PKGS="$$PKGS virtuoso-opensource"; \
	if [ -n "$$PKGS" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "installing Debian packages:$$PKGS"; \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$PKGS >/dev/null || exit 1; \
	  case "$$PKGS" in *virtuoso-opensource*) \
	    $$SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true; \
	    $$SUDO update-rc.d virtuoso-opensource-7 disable >/dev/null 2>&1 || true; \
	  esac; \
	fi

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
