#!/usr/bin/env bash
# Makes sure Debian's chromium, which the browser tests drive, is installed: installs it with apt-get when
# missing (as root, or through sudo without a password), and fails when it still cannot be found, so the
# browser tests are never skipped silently.
set -euo pipefail
chromium=/usr/bin/chromium
if [ -x "$chromium" ]; then
  exit 0
fi
echo "ensure-chromium: $chromium is missing; installing Debian's chromium for the browser tests" >&2
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: cannot install chromium: not root and no password-less sudo; run 'sudo apt-get install -y chromium' and build again" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q chromium
if [ ! -x "$chromium" ]; then
  echo "ensure-chromium: apt-get installed chromium but $chromium is still missing; the browser tests cannot run" >&2
  exit 1
fi
