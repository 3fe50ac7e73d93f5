# tests/stream/transport.cmake
