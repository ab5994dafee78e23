#!/usr/bin/env bash
# Runs every test: the Rust unit, fixture, snapshot and schedule tests (which also run
# the browser script under Node and check the calendars with Python), then the browser
# tests (axe-core in Debian's Chromium) against a fresh build of the example site.
# Installs what is missing: Chromium, poppler-utils (pdfinfo, pdffonts, pdftotext,
# pdftoppm) and zbar-tools (zbarimg) from Debian, the npm packages from the lock file, and
# the Python packages icalendar, recurring-ical-events and jsonschema from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
if [ -n "$missing" ]; then
  echo "== installing from Debian:$missing"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
if ! python3 -c "import icalendar, recurring_ical_events, jsonschema" 2>/dev/null; then
  echo "== installing the calendar and feed checkers (pip: icalendar, recurring-ical-events, jsonschema)"
  python3 -m pip install --quiet --disable-pip-version-check icalendar recurring-ical-events jsonschema
fi
if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then
  echo "== installing browser test packages (npm ci)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== cargo test"
cargo test --locked

echo "== building the example site for the browser tests"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cargo run --locked --quiet -- build --output "$site/public"

echo "== browser tests"
(cd tests/browser && SITE_DIR="$site/public" node --test)
