#!/usr/bin/env bash
# Runs every test: the Rust unit, fixture, snapshot and schedule tests (which also run
# the browser script under Node and check the calendars with Python), then the browser
# tests (axe-core in Debian's Chromium, the Nu Html Checker) against a fresh build of the
# example site. Installs what is missing: Chromium, poppler-utils (pdfinfo, pdffonts,
# pdftotext, pdftoppm), zbar-tools (zbarimg) and Java (for the Nu Html Checker) from
# Debian, the npm packages from the lock file, and the Python packages icalendar, recurring-ical-events and jsonschema from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
# Java for the Nu Html Checker (vnu-jar); installed before npm so vnu-jar never fetches one.
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
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
if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ] \
  || [ ! -f tests/browser/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "== installing browser test packages (npm ci)"
  # No install scripts: vnu-jar's would download a Java runtime; Debian's is used instead.
  (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

echo "== cargo test"
cargo test --locked

echo "== building the example site for the browser tests"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
cargo run --locked --quiet -- build --output "$site/public"

echo "== browser tests"
(cd tests/browser && SITE_DIR="$site/public" node --test)
