# tests/bench/upload.cmake: XEP-0363 upload throughput to Prosody's http_file_share over loopback HTTPS, against curl
# -T to a slot of the same kind in the same run. Run: build/<dir>/tests/bench/bench_upload [--size MIB] [--runs N]
qt_add_executable(bench_upload ${CMAKE_CURRENT_LIST_DIR}/bench_upload.cpp)
target_link_libraries(bench_upload PRIVATE balcony_core balcony_testsupport)
target_include_directories(bench_upload PRIVATE ${PROJECT_SOURCE_DIR}/tests/e2e)
