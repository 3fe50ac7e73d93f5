# tests/bench/login.cmake
