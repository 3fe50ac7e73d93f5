# tests/bench/login.cmake: the login-latency benchmark and the delaying proxy as a tool.
#   bench_login   logins through a 25 ms-each-way proxy to a fixture Prosody, Balcony vs slixmpp; the whole
#                 balcony-cli login process (--target cli) and the desktop app to online (--target desktop)
#   delay-proxy   the proxy on the command line (balcony_delayproxy is defined in tests/e2e)
qt_add_executable(delay-proxy ${CMAKE_CURRENT_LIST_DIR}/delay_proxy_main.cpp)
target_link_libraries(delay-proxy PRIVATE balcony_delayproxy)

qt_add_executable(bench_login ${CMAKE_CURRENT_LIST_DIR}/bench_login.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bench_login_desktop.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_login_desktop.h)
target_link_libraries(bench_login PRIVATE balcony_core balcony_testsupport balcony_delayproxy)
target_compile_definitions(bench_login PRIVATE
    BALCONY_SLIXMPP_SCRIPT="${CMAKE_CURRENT_LIST_DIR}/slixmpp_login.py"
    BALCONY_CLI_PATH="$<TARGET_FILE:balcony-cli>"
    BALCONY_DESKTOP_PATH="$<TARGET_FILE:balcony>")
add_dependencies(bench_login balcony-cli balcony)
