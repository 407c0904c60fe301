#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Kindred needs to build, test and run, and only those that are
# missing: a second run asks apt nothing and takes well under a second. Run as root (or with sudo).
# PostgreSQL comes for the centre-server store and its tests (a throw-away cluster each test run starts
# and stops itself); installing it leaves no database server running on a front-desk computer.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache lld pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev qt6-multimedia-dev
    libsqlite3-dev sqlite3 libsodium-dev
    libzint-dev
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    qt6-translations-l10n
    zbar-tools poppler-utils
    libqt6sql6-psql libpq-dev postgresql-15
)

# One dpkg-query for all of them: a package it does not know is simply not in its answer.
installed=" $(dpkg-query -W -f='${Package}:${Status} ' "${packages[@]}" 2>/dev/null || true) "
missing=()
for package in "${packages[@]}"; do
    if [[ "$installed" != *" $package:install ok installed "* ]]; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

# Debian's postgresql-common creates and starts a cluster "main" when a server package is installed,
# unless createcluster.conf says otherwise; the file must say so before the package's first install
# (postgresql-common keeps an existing file, and with UCF_FORCE_CONFFOLD ucf does not ask about it). A
# setting already there, true or false, is the administrator's and stays; a cluster made by an earlier
# install is left alone.
createcluster=/etc/postgresql-common/createcluster.conf
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && ! grep -qs '^[[:space:]]*create_main_cluster' "$createcluster"; then
    "${sudo_cmd[@]}" mkdir -p "$(dirname "$createcluster")"
    echo "create_main_cluster = false" | "${sudo_cmd[@]}" tee -a "$createcluster" >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1 \
    apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}"
