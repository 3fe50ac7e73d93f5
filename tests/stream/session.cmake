# tests/stream/session.cmake
