# kenmerk: `make run` and `make test` set everything up on a fresh machine.
#
# setup:  system packages (tesseract + Dutch model, and chromium for the
#         review page's browser tests, via apt when missing),
#         a .venv with the pinned Python packages from requirements.lock,
#         and kenmerk itself installed in it (editable).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.kenmerk-installed
INPUT  ?= corpus
OUT    ?= outputs

.PHONY: help setup system-deps run test score benchmarks clean

help:
	@echo "make run    - set up, then process $(INPUT)/ into $(OUT)/"
	@echo "make test   - set up, then run the test suite"
	@echo "make score  - score $(OUT)/ against the gold answers in corpus/gold/"
	@echo "make benchmarks - speed, memory and OCR-accuracy figures"

setup: system-deps $(STAMP)

# tesseract with the Dutch model reads scanned PDFs. Installed with apt when
# missing; without root or apt a clear message says what to install.
system-deps:
	@if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx nld; then \
		:; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing tesseract-ocr and tesseract-ocr-nld with apt-get ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-nld >/dev/null; \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then \
		echo "Installing tesseract-ocr and tesseract-ocr-nld with sudo apt-get ..."; \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-nld >/dev/null; \
	else \
		echo "WARNING: tesseract with the Dutch model (nld) is not installed and cannot be installed here."; \
		echo "         Scanned PDFs will be reported in errors.parquet. Install: tesseract-ocr tesseract-ocr-nld"; \
	fi
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then \
		:; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing chromium with apt-get (the review page's browser tests) ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then \
		echo "Installing chromium with sudo apt-get (the review page's browser tests) ..."; \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "WARNING: chromium is not installed and cannot be installed here;"; \
		echo "         the review page's browser tests will be skipped. Install: chromium"; \
	fi

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: setup
	$(VENV)/bin/kenmerk run $(INPUT) --out $(OUT)

test: setup
	$(PY) -m pytest

score: setup
	$(PY) -m pipeline.metrics corpus/gold/gold.jsonl $(OUT)

benchmarks: setup
	@for script in benchmarks/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
