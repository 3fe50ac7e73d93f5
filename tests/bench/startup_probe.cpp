// startup_probe: starts a desktop app on the current X display and measures what bench_startup compares
// (issue 13): the time from exec to the first top-level window of that process being mapped, and its memory
// (RSS and PSS from /proc/PID/smaps_rollup) after some idle seconds. Then it ends the app (SIGTERM, SIGKILL
// after 5 s).
//
// Usage: startup_probe [--idle SECONDS] [--timeout SECONDS] [--shot FILE.png] -- PROGRAM [ARGS...]
// --shot saves the screen after the idle time (ImageMagick `import -window root`), after memory was read.
// Prints one line: `mapped_ms=... rss_kib=... pss_kib=... window=0x... wm_pid=...` (or `error=...`, exit 1).
//
// Why not xdotool: `xdotool search --sync` polls every 500 ms, coarser than what is measured. This listens
// to the root window's SubstructureNotify events, so the first MapNotify of a top-level window (a child of the
// root; no window manager runs on the benchmark's Xvfb, so nothing reparents it) arrives as it happens, and
// the measuring costs the measured app no CPU. A window counts if its _NET_WM_PID (which Qt 5 and 6 set on
// every top-level window) is the started process; override-redirect windows (tooltips, menus, splash-less
// popups) are ignored. Works for any toolkit that sets _NET_WM_PID, so the same harness measures Psi and
// Balcony, whichever window Balcony shows first.

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <xcb/xcb.h>

namespace {

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

xcb_atom_t atom(xcb_connection_t *connection, const char *name)
{
    xcb_intern_atom_reply_t *reply
        = xcb_intern_atom_reply(connection, xcb_intern_atom(connection, 0, uint16_t(strlen(name)), name), nullptr);
    const xcb_atom_t result = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    free(reply);
    return result;
}

// _NET_WM_PID of `window`, 0 if it has none.
long windowPid(xcb_connection_t *connection, xcb_window_t window, xcb_atom_t netWmPid)
{
    xcb_get_property_reply_t *reply = xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, window, netWmPid, XCB_ATOM_CARDINAL, 0, 1), nullptr);
    long pid = 0;
    if (reply && xcb_get_property_value_length(reply) >= 4) {
        pid = long(*static_cast<const uint32_t *>(xcb_get_property_value(reply)));
    }
    free(reply);
    return pid;
}

// "Rss:" and "Pss:" of /proc/PID/smaps_rollup, in KiB.
bool memory(pid_t pid, long *rss, long *pss)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string key;
    long value = 0;
    std::string unit;
    *rss = *pss = -1;
    while (in >> key) {
        if (key == "Rss:" || key == "Pss:") {
            in >> value >> unit;
            (key == "Rss:" ? *rss : *pss) = value;
        } else {
            in.ignore(4096, '\n');
        }
    }
    return *rss >= 0 && *pss >= 0;
}

void stop(pid_t child)
{
    kill(child, SIGTERM);
    for (int i = 0; i < 50; ++i) {
        if (waitpid(child, nullptr, WNOHANG) == child) {
            return;
        }
        usleep(100'000);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
}

} // namespace

int main(int argc, char **argv)
{
    double idleSeconds = 5;
    double timeoutSeconds = 60;
    const char *shot = nullptr;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string arg = argv[first];
        if (arg == "--") {
            ++first;
            break;
        }
        if ((arg == "--idle" || arg == "--timeout") && first + 1 < argc) {
            (arg == "--idle" ? idleSeconds : timeoutSeconds) = std::atof(argv[++first]);
        } else if (arg == "--shot" && first + 1 < argc) {
            shot = argv[++first];
        } else {
            std::fprintf(stderr, "usage: startup_probe [--idle S] [--timeout S] [--shot FILE] -- PROGRAM [ARGS...]\n");
            return 2;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: startup_probe [--idle S] [--timeout S] [--shot FILE] -- PROGRAM [ARGS...]\n");
        return 2;
    }

    int screenNumber = 0;
    xcb_connection_t *connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(connection)) {
        std::printf("error=cannot-connect-to-display\n");
        return 1;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber; ++i) {
        xcb_screen_next(&screens);
    }
    const xcb_window_t root = screens.data->root;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(connection, root, XCB_CW_EVENT_MASK, &mask);
    const xcb_atom_t netWmPid = atom(connection, "_NET_WM_PID");
    xcb_flush(connection);

    // The clock starts right before the fork; the child execs at once.
    const double start = nowMs();
    const pid_t child = fork();
    if (child < 0) {
        std::printf("error=fork-failed\n");
        return 1;
    }
    if (child == 0) {
        execvp(argv[first], argv + first);
        std::fprintf(stderr, "startup_probe: cannot exec %s: %s\n", argv[first], std::strerror(errno));
        _exit(127);
    }

    double mappedMs = -1;
    xcb_window_t mapped = XCB_WINDOW_NONE;
    long mappedPid = 0;
    const int fd = xcb_get_file_descriptor(connection);
    while (mappedMs < 0) {
        const double left = timeoutSeconds * 1e3 - (nowMs() - start);
        if (left <= 0 || waitpid(child, nullptr, WNOHANG) == child) {
            std::printf("error=%s\n", left <= 0 ? "no-window-before-timeout" : "process-exited");
            if (left <= 0) {
                stop(child);
            }
            return 1;
        }
        pollfd p { fd, POLLIN, 0 };
        poll(&p, 1, int(std::min(left, 100.0)));
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection)) {
            if ((event->response_type & 0x7f) == XCB_MAP_NOTIFY && mappedMs < 0) {
                const double at = nowMs() - start;
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                if (!map->override_redirect) {
                    const long pid = windowPid(connection, map->window, netWmPid);
                    if (pid == child) {
                        mappedMs = at;
                        mapped = map->window;
                        mappedPid = pid;
                    }
                }
            }
            free(event);
        }
        if (xcb_connection_has_error(connection)) {
            std::printf("error=display-connection-lost\n");
            stop(child);
            return 1;
        }
    }

    usleep(useconds_t(idleSeconds * 1e6));
    long rss = -1;
    long pss = -1;
    const bool measured = memory(child, &rss, &pss);
    if (shot) {
        const pid_t importer = fork();
        if (importer == 0) {
            execlp("import", "import", "-window", "root", shot, static_cast<char *>(nullptr));
            _exit(127);
        }
        if (importer > 0) {
            waitpid(importer, nullptr, 0);
        }
    }
    stop(child);
    xcb_disconnect(connection);
    if (!measured) {
        std::printf("error=no-smaps_rollup mapped_ms=%.1f\n", mappedMs);
        return 1;
    }
    std::printf(
        "mapped_ms=%.1f rss_kib=%ld pss_kib=%ld window=0x%x wm_pid=%ld\n", mappedMs, rss, pss, mapped, mappedPid);
    return 0;
}
