# tests/bench/eventing.cmake: XEP-0207 eventing mode against ordinary XMPP on Prosody (issue 18): one presence change
# to N subscribers and one message, stanzas, bytes and latency in the same run.
# Run: build/<dir>/tests/bench/bench_eventing [--subscribers N] [--runs N]; results in bench_eventing.md
qt_add_executable(bench_eventing ${CMAKE_CURRENT_LIST_DIR}/bench_eventing.cpp)
target_link_libraries(bench_eventing PRIVATE balcony_core balcony_testsupport Qt6::Test)
target_include_directories(bench_eventing PRIVATE ${PROJECT_SOURCE_DIR}/tests/e2e)
