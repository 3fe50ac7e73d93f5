# tests/bench/reconnect.cmake: the reconnection benchmark.
#   bench_reconnect   after a cut through a 25 ms-each-way proxy: XEP-0198 resumption vs a full new login
qt_add_executable(bench_reconnect ${CMAKE_CURRENT_LIST_DIR}/bench_reconnect.cpp)
target_link_libraries(bench_reconnect PRIVATE balcony_core balcony_testsupport balcony_delayproxy)
