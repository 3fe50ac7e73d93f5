# tests/bench/parser.cmake: XmlStreamParser throughput against libexpat on a generated stanza corpus.
# Run: build/<dir>/tests/bench/bench_parser [--size MiB] [--chunk bytes] [--reps n] [--json]
find_package(EXPAT REQUIRED)
add_executable(bench_parser bench_parser.cpp bench_parser_corpus.cpp bench_parser_corpus.h)
target_link_libraries(bench_parser PRIVATE balcony_core EXPAT::EXPAT)
