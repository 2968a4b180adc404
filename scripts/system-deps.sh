#!/usr/bin/env bash
# System packages some test legs use: Debian's chromium (browser tests via Playwright),
# tesseract-ocr with English and Urdu data (screenshot screening) and a Java 17 runtime (the Spark
# leg of the tracing tests). Installed with apt-get when we are root and they are missing;
# otherwise the test run says which legs it skips.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-urd)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
if command -v tesseract >/dev/null 2>&1 && ! tesseract --list-langs 2>/dev/null | grep -qx urd; then
  need+=(tesseract-ocr-urd)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages for the browser/OCR/Spark tests: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "WARNING: could not install ${need[*]}; those test legs will be skipped"
else
  echo "NOTE: ${need[*]} not installed and not root: the browser/OCR/Spark test legs that need them will be skipped"
fi
exit 0
