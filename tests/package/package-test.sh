#!/usr/bin/env bash
# The installed app (issue 14), checked on the built .deb (cmake --workflow --preset package):
#   package-test.sh desktop  DEB   desktop-file-validate on the launcher, as installed
#   package-test.sh metainfo DEB   appstreamcli validate --no-net on the metainfo, as installed
#   package-test.sh lintian  DEB   lintian: no errors, and no warnings but those in installer/lintian-accepted.txt
#   package-test.sh install  DEB   installed into a fresh root with dpkg --root: control data, every file where
#                                  desktops look it up, the programs run from there, then purged without a trace
set -euo pipefail
what="$1"
deb="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
app_id=org.balcony.Balcony

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[[ -f "$deb" ]] || fail "no package at $deb: build it with 'installer/bootstrap.sh package' (cmake --workflow --preset package)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$what" in
desktop)
    dpkg-deb -x "$deb" "$work/x"
    out="$(desktop-file-validate "$work/x/usr/share/applications/$app_id.desktop" 2>&1)" || fail "$out"
    [[ -z "$out" ]] || fail "desktop-file-validate: $out"
    echo "desktop-file-validate: no remarks"
    ;;
metainfo)
    dpkg-deb -x "$deb" "$work/x"
    appstreamcli validate --no-net "$work/x/usr/share/metainfo/$app_id.metainfo.xml"
    ;;
lintian)
    # --tag-display-limit 0: every instance; -I: informational tags too, shown for the record.
    lintian --tag-display-limit 0 -I "$deb" > "$work/lintian.txt" 2>&1 || true
    cat "$work/lintian.txt"
    if grep -q '^E: ' "$work/lintian.txt"; then
        fail "lintian reports errors"
    fi
    accepted="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$source_dir/installer/lintian-accepted.txt" | grep -v '^$' || true)"
    unexpected=0
    while read -r line; do
        tag="$(awk '{print $3}' <<<"$line")"
        if ! grep -qx -- "$tag" <<<"$accepted"; then
            echo "not accepted: $line" >&2
            unexpected=1
        fi
    done < <(grep '^W: ' "$work/lintian.txt" || true)
    ((unexpected == 0)) || fail "lintian warnings that installer/lintian-accepted.txt does not list"
    echo "lintian: no errors, only accepted warnings"
    ;;
install)
    root="$work/root"
    # A fresh root with an empty dpkg database: nothing of the host's is visible to dpkg there.
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
    : > "$root/var/lib/dpkg/status"
    : > "$root/var/lib/dpkg/available"
    dpkg_root=(dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null)

    # Control data: name, version, architecture, and Depends computed by dpkg-shlibdeps.
    control="$(dpkg-deb -f "$deb")"
    echo "$control"
    version="$(dpkg-deb -f "$deb" Version)"
    arch="$(dpkg-deb -f "$deb" Architecture)"
    [[ "$(basename "$deb")" == "balcony_${version}_${arch}.deb" ]] || fail "file name $(basename "$deb")"
    [[ "$arch" == "$(dpkg --print-architecture)" ]] || fail "architecture $arch"
    depends="$(dpkg-deb -f "$deb" Depends)"
    depend_names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ |(].*//')"
    for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
        libssl3 libqt6keychain1; do
        grep -qxF -- "$lib" <<<"$depend_names" || fail "Depends lacks $lib: $depends"
    done
    # The host has every dependency installed (that is where the programs below find their libraries), so the
    # Depends are satisfiable as written.
    # A name may be virtual (qt6-websockets-abi): then an installed package must provide it.
    provided="$(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' | sed -n 's/^ii  *//p' | tr ',' '\n' |
        sed 's/^ *//; s/ .*//' | sort -u)"
    while read -r dep; do
        pkg="${dep%% *}"
        grep -q 'install ok installed' <<<"$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" ||
            grep -qxF -- "$pkg" <<<"$provided" || fail "$pkg is neither installed nor provided here"
    done < <(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ *|.*//')

    # The fresh root has none of the Depends in its database: install without them (they are checked above).
    "${dpkg_root[@]}" --force-depends -i "$deb"
    grep -q '^Status: install ok installed' <<<"$("${dpkg_root[@]}" -s balcony)" || fail "not installed"

    # Every file where it is looked up (Desktop Entry, Icon Theme and AppStream specifications, man, docs).
    expect=(
        usr/bin/balcony usr/bin/balcony-cli
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        usr/share/man/man1/balcony.1.gz usr/share/man/man1/balcony-cli.1.gz
        usr/share/balcony/translations/balcony_de.qm usr/share/balcony/translations/balcony_fr.qm
        usr/share/balcony/translations/balcony_es.qm
        usr/share/doc/balcony/copyright usr/share/doc/balcony/changelog.gz usr/share/doc/balcony/balcony.doap
    )
    for size in 16 22 24 32 48 64 128 256 512; do
        expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for f in "${expect[@]}"; do
        [[ -f "$root/$f" ]] || fail "missing /$f"
    done
    [[ -x "$root/usr/bin/balcony" && -x "$root/usr/bin/balcony-cli" ]] || fail "programs not executable"
    # Each PNG has the size of its folder (the IHDR width and height).
    for size in 16 22 24 32 48 64 128 256 512; do
        png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        dims="$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')"
        [[ "$dims" == "${size}x${size}" ]] || fail "$png is $dims"
    done
    # The launcher's Exec program and Icon name resolve to what the package installed; it handles xmpp: links.
    desktop="$root/usr/share/applications/$app_id.desktop"
    grep -qx 'Exec=balcony %u' "$desktop" || fail "Exec: $(grep ^Exec= "$desktop")"
    grep -qx "Icon=$app_id" "$desktop" || fail "Icon: $(grep ^Icon= "$desktop")"
    grep -qx 'MimeType=x-scheme-handler/xmpp;' "$desktop" || fail "MimeType"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
        fail "metainfo launchable"
    for binary in balcony balcony-cli; do
        grep -q "<binary>$binary</binary>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "provides $binary"
    done
    grep -q '^\.TH BALCONY-CLI 1' <<<"$(zcat "$root/usr/share/man/man1/balcony-cli.1.gz")" || fail "man page"
    # Nothing outside /usr.
    outside="$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./$' | grep -v '^\./usr/' || true)"
    [[ -z "$outside" ]] || fail "files outside /usr: $outside"

    # The programs run from there (no display needed for these), in English and in German from the installed .qm.
    # Each output is taken whole before it is searched: `program | grep -q` ends the pipe at the first match, the
    # program then dies of SIGPIPE on its next write, and pipefail fails the line (balcony-cli --help grew past one
    # 4 KiB stdio buffer with the room commands, and this test failed every time).
    grep -qx "Balcony $version" <<<"$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/balcony" --version)" ||
        fail "balcony --version"
    grep -q -- '--profile-root <DIR>' <<<"$(env -u DISPLAY "$root/usr/bin/balcony" --help)" || fail "balcony --help"
    grep -q -- '--jid' <<<"$("$root/usr/bin/balcony-cli" --help)" || fail "balcony-cli --help"
    grep -q "$version" <<<"$("$root/usr/bin/balcony-cli" --version)" || fail "balcony-cli --version"
    # The app follows the system locale: German help text under a German locale.
    german="$(LANGUAGE=de LC_ALL=de_DE.UTF-8 env -u DISPLAY "$root/usr/bin/balcony" --help)"
    grep -q 'Hilfe' <<<"$german" || fail "no German help text from the installed translation: $german"
    echo "ran balcony --version, balcony --help (English, German), balcony-cli --help from the fresh root"

    # Removed cleanly: purge leaves nothing but dpkg's own database.
    "${dpkg_root[@]}" --purge balcony
    left="$(cd "$root" && find . -mindepth 1 -not -path './var' -not -path './var/lib' -not -path './var/lib/dpkg' \
        -not -path './var/lib/dpkg/*')"
    [[ -z "$left" ]] || fail "left after purge: $left"
    if grep -q '^Status: install' <<<"$("${dpkg_root[@]}" -s balcony 2>/dev/null || true)"; then
        fail "still registered after purge"
    fi
    echo "installed into a fresh root, every file in place, purged without a trace"
    ;;
*)
    fail "usage: $0 desktop|metainfo|lintian|install DEB"
    ;;
esac
