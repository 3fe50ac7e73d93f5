# tests/bench/omemo.cmake: decrypting a XEP-0313 catch-up of OMEMO messages (both formats) into a profile database.
# Run: build/<dir>/tests/bench/bench_omemo [--messages N] [--runs N]
qt_add_executable(bench_omemo ${CMAKE_CURRENT_LIST_DIR}/bench_omemo.cpp)
target_link_libraries(bench_omemo PRIVATE balcony_core balcony_testsupport)
target_include_directories(bench_omemo PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
