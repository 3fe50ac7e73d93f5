# tests/stream/parser.cmake
