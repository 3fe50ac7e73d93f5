#!/bin/bash
# tests/bench/bench_startup.sh: start-up time and memory of the desktop app against Psi (issue 13, "Acceptance,
# measured"). Under a private Xvfb, each run starts one app with tests/bench/startup_probe, which times exec ->
# the app's first top-level window mapped (X MapNotify, no polling) and reads RSS and PSS from
# /proc/PID/smaps_rollup after --idle seconds. Three kinds, interleaved, --runs each (after one untimed
# warm-up run of each, so that every kind starts with its files in the page cache):
#   balcony-empty     balcony --profile-root <an empty folder>             (first start: no accounts)
#   balcony-profile   balcony --profile-root <make_test_profile output>    (2 accounts, 1,000 contacts each,
#                                                                           100,000 messages)
#   psi-empty         psi with an empty profile (empty config/data/cache     (Debian package psi)
#                     folders: its main window, not the first-start import question)
# Every run gets a fresh, empty HOME with its own XDG_CONFIG_HOME/XDG_DATA_HOME/XDG_CACHE_HOME/XDG_RUNTIME_DIR,
# and no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS points nowhere, so neither app autolaunches one). No
# window manager runs: what is measured is the app's own window being mapped, whichever window it shows first.
# Goal (issue 13): balcony's start <= 0.8 x Psi's, its RSS and PSS <= Psi's.
#
# Not a CI step and not a ctest test. Psi is installed here if missing (apt-get, needs root); it is not in
# installer/debian-packages.txt, as only this benchmark needs it.
#
# Usage: tests/bench/bench_startup.sh [--build DIR] [--runs N] [--display :N] [--idle S] [--contacts N]
#                                     [--messages M] [--shots DIR] [--keep]
#   --build DIR   the build folder with ui/balcony, tests/bench/startup_probe, tests/support/make_test_profile
#                 (default: build/default of this checkout)
#   --display     the X display for the private Xvfb (default :81; it must be free)
#   --shots DIR   also save a screenshot of every run after the idle time (to see which window was measured)
#   --keep        keep the work folder (profiles, homes, raw results)
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$source_dir/build/default
runs=5
display=:81
idle=5
contacts=1000
messages=100000
shots=
keep=0
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --display) display=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    --contacts) contacts=$2; shift 2 ;;
    --messages) messages=$2; shift 2 ;;
    --shots) mkdir -p "$2"; shots=$(cd "$2" && pwd); shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

balcony=$build/ui/balcony
probe=$build/tests/bench/startup_probe
generator=$build/tests/support/make_test_profile
for tool in "$balcony" "$probe" "$generator"; do
    if [ ! -x "$tool" ]; then
        echo "missing $tool: cmake --build --preset default --target balcony startup_probe make_test_profile" >&2
        exit 1
    fi
done
for command in Xvfb awk; do
    command -v "$command" > /dev/null || { echo "missing $command (apt-get install xvfb gawk)" >&2; exit 1; }
done
if ! command -v psi > /dev/null; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "psi is not installed; as root: apt-get install -y psi" >&2
        exit 1
    fi
    echo "installing psi (apt-get install -y psi) for this benchmark"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q psi > /dev/null
fi
psi=$(command -v psi)
psi_version=$(dpkg-query -W -f '${Version}' psi 2> /dev/null || echo unknown)

work=$(mktemp -d /tmp/bench_startup.XXXXXX)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2> /dev/null || true
        wait "$xvfb_pid" 2> /dev/null || true
    fi
    if [ "$keep" -eq 0 ]; then
        rm -rf "$work"
    else
        echo "kept $work"
    fi
}
trap cleanup EXIT

echo "generating the profile: make_test_profile --contacts $contacts --messages $messages"
"$generator" --contacts "$contacts" --messages "$messages" "$work/profile-root" > "$work/generator.log"
sed 's/^/  /' "$work/generator.log"

number=${display#:}
if [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ]; then
    echo "display $display is in use; choose another with --display" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X$number" ] && break
    sleep 0.1
done
[ -e "/tmp/.X11-unix/X$number" ] || { echo "Xvfb did not start on $display" >&2; exit 1; }

# run_one KIND RUN: one start of KIND in a fresh home; appends "mapped_ms rss_kib pss_kib" to $work/KIND.txt
# (RUN 0 = the warm-up, not recorded).
run_one() {
    local kind=$1 run=$2
    local home=$work/home/$kind-$run
    mkdir -p "$home/run" "$home/root"
    chmod 700 "$home/run"
    local command
    case $kind in
    balcony-empty) command=("$balcony" --profile-root "$home/root") ;;
    balcony-profile) command=("$balcony" --profile-root "$work/profile-root") ;;
    psi-empty)
        # Empty Psi folders: without them Psi's first start shows a one-time "Import Settings and Data" question
        # (import a Psi profile or create a new one) before its main window; with them it opens its main window
        # (an empty roster) and asks to set up an account, like Balcony's first start.
        mkdir -p "$home/.config/psi" "$home/.local/share/psi" "$home/.cache/psi"
        command=("$psi")
        ;;
    esac
    local shot_args=()
    if [ -n "$shots" ] && [ "$run" -gt 0 ]; then
        shot_args=(--shot "$shots/$kind-$run.png")
    fi
    local line
    line=$(cd "$home" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" HOME="$home" \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
        XDG_RUNTIME_DIR="$home/run" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        "$probe" --idle "$idle" "${shot_args[@]}" -- "${command[@]}" 2> "$home/stderr.log") || true
    case $line in
    mapped_ms=*) ;;
    *) echo "$kind run $run failed: $line (stderr: $home/stderr.log)" >&2; keep=1; exit 1 ;;
    esac
    printf '  %-16s run %d: %s\n' "$kind" "$run" "$line"
    if [ "$run" -gt 0 ]; then
        echo "$line" | awk '{ for (i = 1; i <= NF; ++i) { split($i, kv, "="); v[kv[1]] = kv[2] }
            print v["mapped_ms"], v["rss_kib"], v["pss_kib"] }' >> "$work/$kind.txt"
    fi
}

kinds=(balcony-empty balcony-profile psi-empty)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in "${kinds[@]}"; do
    run_one "$kind" 0
done
for run in $(seq "$runs"); do
    for kind in "${kinds[@]}"; do
        run_one "$kind" "$run"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# median COLUMN FILE
median() {
    cut -d' ' -f"$1" "$2" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
range() {
    cut -d' ' -f"$1" "$2" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s-%s", lo, hi }'
}
psi_start=$(median 1 "$work/psi-empty.txt")
psi_rss=$(median 2 "$work/psi-empty.txt")
psi_pss=$(median 3 "$work/psi-empty.txt")
echo
echo "balcony $("$balcony" --version 2> /dev/null | head -1) vs psi $psi_version; $runs runs each, interleaved," \
    "median (range); memory after $idle s idle"
echo
echo "| kind | start ms | x Psi | RSS MiB | x Psi | PSS MiB | x Psi |"
echo "|---|---|---|---|---|---|---|"
for kind in "${kinds[@]}"; do
    file=$work/$kind.txt
    start=$(median 1 "$file")
    rss=$(median 2 "$file")
    pss=$(median 3 "$file")
    awk -v k="$kind" -v s="$start" -v sr="$(range 1 "$file")" -v r="$rss" -v p="$pss" -v ps="$psi_start" \
        -v pr="$psi_rss" -v pp="$psi_pss" 'BEGIN {
        printf "| %s | %.0f (%s) | %.2f | %.1f | %.2f | %.1f | %.2f |\n", k, s, sr, s / ps, r / 1024, r / pr, p / 1024, p / pp }'
done
echo
for kind in balcony-empty balcony-profile; do
    file=$work/$kind.txt
    awk -v k="$kind" -v s="$(median 1 "$file")" -v r="$(median 2 "$file")" -v p="$(median 3 "$file")" \
        -v ps="$psi_start" -v pr="$psi_rss" -v pp="$psi_pss" 'BEGIN {
        printf "%s: start <= 0.8x Psi: %s; RSS <= Psi: %s; PSS <= Psi: %s\n", k,
            (s <= 0.8 * ps ? "met" : "NOT met"), (r <= pr ? "met" : "NOT met"), (p <= pp ? "met" : "NOT met") }'
done
