# tests/bench/startup.cmake: start-up time and memory of the desktop app against Psi under Xvfb.
#   startup_probe      starts a program, times exec -> its first top-level window mapped (X MapNotify events),
#                      reads RSS/PSS after an idle time; plain C++ on libxcb, no Qt
#   bench_startup.sh   the benchmark: runs startup_probe on balcony and psi, interleaved (bench_startup.md)
# libxcb's headers come with Qt's X11 build dependencies; without them the probe is not built.
find_path(BALCONY_XCB_INCLUDE_DIR xcb/xcb.h)
find_library(BALCONY_XCB_LIBRARY xcb)
if(BALCONY_XCB_INCLUDE_DIR AND BALCONY_XCB_LIBRARY)
    add_executable(startup_probe ${CMAKE_CURRENT_LIST_DIR}/startup_probe.cpp)
    target_include_directories(startup_probe PRIVATE ${BALCONY_XCB_INCLUDE_DIR})
    target_link_libraries(startup_probe PRIVATE ${BALCONY_XCB_LIBRARY})
else()
    message(STATUS "libxcb headers not found: startup_probe (tests/bench/bench_startup.sh) is not built")
endif()
