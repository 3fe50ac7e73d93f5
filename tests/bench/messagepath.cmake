# tests/bench/messagepath.cmake: one chat message in and out through the engine (issue 12, "Measured").
#   bench_messagepath   parse -> store -> model signals, and send -> outbox -> socket; wall time here,
#                       instructions under callgrind (see the source's header)
qt_add_executable(bench_messagepath ${CMAKE_CURRENT_LIST_DIR}/bench_messagepath.cpp)
target_link_libraries(bench_messagepath PRIVATE balcony_core balcony_testsupport)
