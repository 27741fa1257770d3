#!/usr/bin/env bash
# Sets up Sessionmate on a fresh Debian/Ubuntu machine: system packages, then a
# virtual environment in .venv with the project installed.
#   scripts/setup.sh          what the program needs
#   scripts/setup.sh --test   also what the test suite needs (sound server, PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."

# libpango*: WeasyPrint draws the printable agenda with them.
packages=(python3 python3-venv espeak-ng libportaudio2 alsa-utils libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
          fonts-dejavu-core)
extras=""
if [[ "${1:-}" == "--test" ]]; then
    # systemd: systemd-analyze checks the login service's unit file; faketime: the README
    # tour's clock; gnome-keyring and dbus: a real encrypted keyring for the passphrase;
    # chromium: the companion page's browser tests; poppler-utils: pdftotext for the PDF.
    packages+=(pulseaudio pulseaudio-utils libasound2-plugins sox postgresql systemd faketime
               gnome-keyring dbus chromium poppler-utils)
    extras="[test]"
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if (( ${#missing[@]} )); then
    echo "Installing system packages: ${missing[*]}" >&2
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
echo "Sessionmate is set up in $(pwd)/.venv" >&2
