#!/usr/bin/env bash
# Installs Debian's `chromium` package when /usr/bin/chromium is missing, for the browser test of
# `grade report` (test/browser/). Non-interactive; never downloads a browser build of its own
# (playwright-core drives this system Chromium). Run as root, or with sudo available.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available; install Chromium by hand" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# With recommended packages: they bring the fonts (fonts-liberation, DejaVu) the page renders in.
$sudo apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
