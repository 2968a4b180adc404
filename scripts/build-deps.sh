#!/usr/bin/env bash
# System packages a Python dependency needs to BUILD: PyICU (through followthemoney -> normality,
# for the networks exports) has no wheels on PyPI and compiles against ICU, found with pkg-config.
# Installed with apt-get when we are root and they are missing; otherwise pip's error says why.
set -u
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing build packages for PyICU: libicu-dev pkg-config"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends libicu-dev pkg-config >/dev/null \
    || echo "WARNING: could not install libicu-dev pkg-config; installing PyICU will fail"
else
  echo "NOTE: libicu-dev and pkg-config are needed to build PyICU (apt-get install libicu-dev pkg-config)"
fi
exit 0
