# tests/bench/mucjoin.cmake: entering a room of 1,000 occupants with a 500-message archive catch-up (issue 15),
# Balcony's engine and models against slixmpp in the same run; the room is filled through a XEP-0114 component.
# Run: build/<dir>/tests/bench/bench_muc_join [--occupants N] [--messages N] [--runs N]; results in bench_muc_join.md
qt_add_executable(bench_muc_join ${CMAKE_CURRENT_LIST_DIR}/bench_muc_join.cpp)
target_link_libraries(bench_muc_join PRIVATE balcony_core balcony_testsupport)
target_include_directories(bench_muc_join PRIVATE ${PROJECT_SOURCE_DIR}/tests/e2e)
target_compile_definitions(bench_muc_join PRIVATE
    BALCONY_MUC_BOTS_SCRIPT="${CMAKE_CURRENT_LIST_DIR}/muc_bots.py"
    BALCONY_SLIXMPP_MUC_SCRIPT="${CMAKE_CURRENT_LIST_DIR}/slixmpp_muc_join.py")
