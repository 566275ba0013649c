#!/usr/bin/env bash
# Installs Debian's `poppler-utils` (pdfinfo, pdftotext) when missing, for the print test of
# `grade report` (test/browser/report-print.test.ts), which reads back the PDF that Chromium
# prints. Non-interactive. Run as root, or with sudo available.
set -euo pipefail

if [ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdfinfo ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-poppler: pdftotext is missing and apt-get is not available; install poppler-utils by hand" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
/usr/bin/pdftotext -v
