# tests/bench/history.cmake: the message history at scale (SqlHistoryStore on SQLite + FTS5).
# Run: build/<dir>/tests/bench/bench_history [--messages N] [--conversations N] [--runs N] [--batch N]
qt_add_executable(bench_history ${CMAKE_CURRENT_LIST_DIR}/bench_history.cpp)
target_link_libraries(bench_history PRIVATE balcony_core)
