# tests/bench/contacttree.cmake: the desktop window's contact tree (never run by ctest).
#   bench_contacttree   ContactTreeModel's build, presence-burst regrouping and search against the
#                       RosterFilterProxyModel it sits on, in the same run
qt_add_executable(bench_contacttree ${CMAKE_CURRENT_LIST_DIR}/bench_contacttree.cpp)
target_link_libraries(bench_contacttree PRIVATE balcony_core)
