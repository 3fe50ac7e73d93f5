# tests/bench/parser.cmake
