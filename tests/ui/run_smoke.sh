#!/bin/sh
# The desktop app's smoke test under Xvfb (issue 13, tests/ui/smoke_app.cpp): a generated data root with two
# accounts (1,000 contacts each, chats with encrypted and failed messages), the app's screenshots in English,
# German and French under OUT (the build folder's screenshots/). The accounts point at a closed port: the app
# shows everything from the caches and stays offline.
#
#   run_smoke.sh MAKE_TEST_PROFILE BALCONY_SMOKE OUT
set -eu
make_profile=$1
smoke=$2
out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$make_profile" --contacts 1000 --messages 20000 --port 1 "$work/root" >/dev/null
rm -rf "$out"
for language in en de fr; do
    rm -rf "$work/run" && cp -a "$work/root" "$work/run"
    # xvfb-run -a picks a free display; HOME and XDG folders of the run are private.
    HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" \
        QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=disabled: \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        "$smoke" --profile-root "$work/run" --out "$out/$language" --language "$language"
    for shot in main-window chat room accounts-dialog fingerprint-dialog; do
        test -s "$out/$language/$shot.png" || { echo "smoke: $language/$shot.png missing" >&2; exit 1; }
    done
done
# The dark palette (the app's Dark setting), in English.
rm -rf "$work/run" && cp -a "$work/root" "$work/run"
HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" \
    QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=disabled: \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    "$smoke" --profile-root "$work/run" --out "$out/en-dark" --language en --dark
for shot in main-window chat room accounts-dialog fingerprint-dialog; do
    test -s "$out/en-dark/$shot.png" || { echo "smoke: en-dark/$shot.png missing" >&2; exit 1; }
done
echo "smoke: screenshots in $out/{en,de,fr,en-dark}"
