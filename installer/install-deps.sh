#!/usr/bin/env bash
# Installs the Debian 12 packages listed in debian-packages.txt that are missing. Idempotent: when
# everything is present it changes nothing and needs no privileges. Uses sudo when not run as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/debian-packages.txt" | grep -v '^$')
missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#wanted[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: not root and sudo is missing; run as root" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The prosody and ejabberd packages may start system-wide servers (both want port 5222, so the second one
# may fail to start, which dpkg ignores). The tests start their own instances on free loopback ports, with
# their own data, config and (ejabberd) Erlang node without epmd, and never touch the system ones: leave them as
# the packages left them.
echo "install-deps: done"
