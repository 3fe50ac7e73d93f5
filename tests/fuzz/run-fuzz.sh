#!/bin/sh
# Builds the libFuzzer targets with the `fuzz` preset (clang, ASan + UBSan), replays their seed corpora (the
# `fuzz` ctest label), then fuzzes each target for a bounded time: XmlStreamParser, and a whole bound session
# (fuzz_session: scripted server, Connection, every IM module, the models).
# Usage: tests/fuzz/run-fuzz.sh [seconds per target, default 60]. Exits non-zero on a crash, leak, timeout or
# invariant violation; the offending input is written to build/fuzz/fuzz-artifacts/.
set -eu

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cmake --preset fuzz
cmake --build --preset fuzz --target fuzz_xmlstreamparser fuzz_session
ctest --test-dir "$root/build/fuzz" -L fuzz --output-on-failure

work="$root/build/fuzz/fuzz-work"
artifacts="$root/build/fuzz/fuzz-artifacts"
mkdir -p "$work/corpus" "$work/corpus-session" "$artifacts"

# run TARGET MAX_LEN SCRATCH SEEDS [FLAGS...]: new inputs go to the scratch corpus; the seeds in tests/fuzz are
# only read.
run() {
    target="$1" maxlen="$2" scratch="$3" seeds="$4"
    shift 4
    echo "fuzzing $target for $seconds s"
    "$root/build/fuzz/tests/fuzz/$target" "$@" \
        -max_len="$maxlen" \
        -max_total_time="$seconds" \
        -timeout=20 \
        -rss_limit_mb=2048 \
        -print_final_stats=1 \
        -dict="$root/tests/fuzz/xmpp.dict" \
        -artifact_prefix="$artifacts/" \
        "$scratch" "$seeds"
}

run fuzz_xmlstreamparser 65536 "$work/corpus" "$root/tests/fuzz/corpus"
# The whole engine is instrumented (~85,000 counters): libFuzzer's entropic schedule then spends more time
# weighing features than running inputs (measured: 31% of the time, twice the target's), so it is off here.
run fuzz_session 8192 "$work/corpus-session" "$root/tests/fuzz/corpus-session" -entropic=0
