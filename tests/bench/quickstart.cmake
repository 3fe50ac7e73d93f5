# tests/bench/quickstart.cmake: XEP-0305 round trips against a scripted server (listings 1-6 and the
# non-pipelining fallback), cold and warm, with and without a ClientHello pipelined behind <starttls/>.
qt_add_executable(bench_quickstart ${CMAKE_CURRENT_LIST_DIR}/bench_quickstart.cpp)
target_link_libraries(bench_quickstart PRIVATE balcony_core balcony_testsupport)
