# tests/bench/presence.cmake: the presence burst benchmark.
#   bench_presence   N presences in one read applied by the PresenceManager, signals counted
qt_add_executable(bench_presence ${CMAKE_CURRENT_LIST_DIR}/bench_presence.cpp)
target_link_libraries(bench_presence PRIVATE balcony_core balcony_testsupport)
