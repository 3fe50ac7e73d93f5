# tests/bench/mam.cmake: XEP-0313 catch-up into SqlHistoryStore through the scripted server (parse + store).
# Run: build/<dir>/tests/bench/bench_mam [--messages N] [--page N] [--runs N]
qt_add_executable(bench_mam ${CMAKE_CURRENT_LIST_DIR}/bench_mam.cpp)
target_link_libraries(bench_mam PRIVATE balcony_core balcony_testsupport)
