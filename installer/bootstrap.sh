#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   installer/bootstrap.sh run    install what is missing, build, launch Balcony
#   installer/bootstrap.sh test   install what is missing, build (warnings are errors), run every test suite
#                                 (unit + end to end against real Prosody and ejabberd servers) and a bounded
#                                 fuzzing run
#   installer/bootstrap.sh build  install and build only
#   installer/bootstrap.sh package  install what is missing, build the Release package:
#                                 build/package/balcony_<version>_<arch>.deb (cmake --workflow --preset package)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cmd="${1:-run}"
jobs="$(nproc)"

"$root/installer/install-deps.sh"

case "$cmd" in
run)
    cmake --preset default >/dev/null
    cmake --build --preset default -j "$jobs"
    exec "$root/build/default/ui/balcony" "${@:2}"
    ;;
build)
    cmake --preset default
    cmake --build --preset default -j "$jobs"
    ;;
package)
    cmake --workflow --preset package
    ;;
test)
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    # The .deb for the package tests (label package) that ctest runs below, packed from the build above (same
    # prefix and hardening as the `package` preset, stripped by CPack): a second, Release build of the engine
    # would add about 12 minutes to CI. `installer/bootstrap.sh package` makes the Release one.
    package_start=$SECONDS
    (cd build/ci && cpack -G DEB)
    mkdir -p build/package
    mv -f build/ci/balcony_*.deb build/package/
    echo "package: packed in $((SECONDS - package_start)) s; its files:"
    dpkg-deb -c build/package/balcony_*.deb
    # Translations must keep building (lrelease runs as part of the build above).
    ctest --preset ci -j "$jobs" --output-on-failure
    fuzz_seconds="${BALCONY_FUZZ_SECONDS:-60}"
    if [[ "$fuzz_seconds" != 0 ]]; then
        "$root/tests/fuzz/run-fuzz.sh" "$fuzz_seconds"
    fi
    ;;
*)
    echo "usage: $0 run|test|build|package" >&2
    exit 2
    ;;
esac
