# tests/bench/omemo.cmake: decrypting a XEP-0313 catch-up of OMEMO messages (both formats) into a profile database.
# Run: build/<dir>/tests/bench/bench_omemo [--messages N] [--runs N]
qt_add_executable(bench_omemo ${CMAKE_CURRENT_LIST_DIR}/bench_omemo.cpp)
target_link_libraries(bench_omemo PRIVATE balcony_core balcony_testsupport)
target_include_directories(bench_omemo PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)

# The first OMEMO message to an offline contact with three devices (device lists, bundles, sessions, encryption, the
# message written) through a delaying proxy: round trips and CPU, Balcony against the python-omemo peer, same run.
# Run: build/<dir>/tests/bench/bench_omemo_first [--runs N] [--delay MS]
qt_add_executable(bench_omemo_first ${CMAKE_CURRENT_LIST_DIR}/bench_omemo_first.cpp)
target_link_libraries(bench_omemo_first PRIVATE balcony_core balcony_testsupport balcony_delayproxy)
target_include_directories(bench_omemo_first PRIVATE ${PROJECT_SOURCE_DIR}/tests/e2e)
target_compile_definitions(bench_omemo_first PRIVATE BALCONY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
