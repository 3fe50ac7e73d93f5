#!/bin/sh
# Builds the libFuzzer target with the `fuzz` preset (clang, ASan + UBSan) and fuzzes XmlStreamParser for a
# bounded time. Usage: tests/fuzz/run-fuzz.sh [seconds, default 60]. Exits non-zero on a crash, leak, timeout
# or invariant violation; the offending input is written to build/fuzz/fuzz-artifacts/.
set -eu

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

cmake --preset fuzz
cmake --build --preset fuzz --target fuzz_xmlstreamparser

work="$root/build/fuzz/fuzz-work"
mkdir -p "$work/corpus" "$root/build/fuzz/fuzz-artifacts"
# New inputs go to the scratch corpus; the seeds in tests/fuzz/corpus are only read.
exec "$root/build/fuzz/tests/fuzz/fuzz_xmlstreamparser" \
    -max_len=65536 \
    -max_total_time="$seconds" \
    -timeout=20 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    -dict="$root/tests/fuzz/xmpp.dict" \
    -artifact_prefix="$root/build/fuzz/fuzz-artifacts/" \
    "$work/corpus" "$root/tests/fuzz/corpus"
