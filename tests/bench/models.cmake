# tests/bench/models.cmake: the model benchmarks (never run by ctest).
#   bench_models   10,000 cached contacts from SqlRosterStore into RosterModel; a 5,000-presence burst applied
#                  through PresenceManager (scripted server) and through the model's batch entry point
qt_add_executable(bench_models ${CMAKE_CURRENT_LIST_DIR}/bench_models.cpp)
target_link_libraries(bench_models PRIVATE balcony_core balcony_testsupport)
