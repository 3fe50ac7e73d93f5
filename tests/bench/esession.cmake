# tests/bench/esession.cmake: CPU time of an offline encrypted session (XEP-0187), MODP 14 and 18.
# Run: build/<dir>/tests/bench/bench_esession [--runs N] [--groups 14,18]
qt_add_executable(bench_esession ${CMAKE_CURRENT_LIST_DIR}/bench_esession.cpp)
target_link_libraries(bench_esession PRIVATE balcony_core)
