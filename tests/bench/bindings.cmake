# tests/bench/bindings.cmake: time and round trips to online over TCP (STARTTLS, direct TLS), WebSocket and BOSH (Prosody and the
# scripted BOSH connection manager).
qt_add_executable(bench_bindings ${CMAKE_CURRENT_LIST_DIR}/bench_bindings.cpp)
target_link_libraries(bench_bindings PRIVATE balcony_core balcony_testsupport balcony_delayproxy)
