# tests/bench/flood.cmake: what a hostile server's floods cost the client (issue 11).
# Run: build/<dir>/tests/bench/bench_flood [--scenarios r,pings,...] [--scale F]; method in bench_flood.md.
qt_add_executable(bench_flood
    ${CMAKE_CURRENT_LIST_DIR}/bench_flood.cpp
    ${CMAKE_CURRENT_LIST_DIR}/flood_server.cpp ${CMAKE_CURRENT_LIST_DIR}/flood_server.h)
target_link_libraries(bench_flood PRIVATE balcony_core)
