# Relance: `make demo` and `make test` set everything up on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
STAGE ?= dev

.PHONY: venv demo run test lint package deploy clean browser-deps rates

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

demo: venv browser-deps
	$(BIN)/python -m devstack demo

run: venv
	$(BIN)/python -m devstack run

test: venv browser-deps
	$(BIN)/python -m pytest

# Refresh chalicelib/data/rates.json from the ECB Data Portal and the Bank of England database (README).
rates: venv
	$(BIN)/python -m relance_rates refresh

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy chalicelib

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; it downloads no browser).
browser-deps:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

package: venv
	$(BIN)/python -m relance_ops.package --stage $(STAGE) --out build/$(STAGE)
	$(BIN)/cfn-lint build/$(STAGE)/sam.json

deploy: package
	aws cloudformation package --template-file build/$(STAGE)/sam.json --s3-bucket $${RELANCE_DEPLOY_BUCKET:?set RELANCE_DEPLOY_BUCKET} --output-template-file build/$(STAGE)/packaged.yaml
	aws cloudformation deploy --template-file build/$(STAGE)/packaged.yaml --stack-name relance-$(STAGE) --capabilities CAPABILITY_IAM CAPABILITY_AUTO_EXPAND --no-fail-on-empty-changeset \
	  --parameter-overrides "ReplyDomain=$${RELANCE_REPLY_DOMAIN:?set RELANCE_REPLY_DOMAIN (comma-separated reply domains)}" \
	  $(if $(RELANCE_PUBLIC_URL),"PublicUrl=$(RELANCE_PUBLIC_URL)") $(if $(RELANCE_SCHEDULE),"ScheduleExpression=$(RELANCE_SCHEDULE)") $(if $(RELANCE_SES_RATE),"SesSendRate=$(RELANCE_SES_RATE)") $(if $(RELANCE_LOG_LEVEL),"LogLevel=$(RELANCE_LOG_LEVEL)")

clean:
	rm -rf build vendor var .pytest_cache
