# tests/bench/linklocal.cmake: XEP-0174 on a real avahi-daemon (issue 16): publish → peer in LinkLocalPeers
# against avahi-browse in the same run, and message send → receive between two LinkLocalServices.
# Run: build/<dir>/tests/bench/bench_linklocal [--runs N] [--messages N]; results in bench_linklocal.md
qt_add_executable(bench_linklocal ${CMAKE_CURRENT_LIST_DIR}/bench_linklocal.cpp)
target_link_libraries(bench_linklocal PRIVATE balcony_core balcony_testsupport)
