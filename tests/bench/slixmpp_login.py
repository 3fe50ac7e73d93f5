#!/usr/bin/python3
"""One slixmpp login, the comparison point of Balcony's login benchmark (tests/bench/bench_login).

    BALCONY_PASSWORD=... /usr/bin/python3 slixmpp_login.py --jid J --host H --port P --ca-file CA [--direct-tls]
                                                           [--online]

Connects (STARTTLS, or direct TLS with --direct-tls), trusting only the given CA, and stops as soon as
slixmpp's session_bind_event is set (resource bound); with --online, once it is "fully online" the way a
slixmpp application gets there: xep_0198 stream management enabled, session_start, get_roster() answered and
the initial presence sent. Prints one JSON line {"boundMs": ..., "jid": ...}: the
time from connect() to the bound event, measured inside the process so interpreter start-up is excluded.
Exit code 0 on success, 1 on failure or timeout. Needs Debian's python3-slixmpp (run with /usr/bin/python3).
"""
import argparse
import asyncio
import json
import os
import sys
import time

import slixmpp


async def login(args):
    xmpp = slixmpp.ClientXMPP(args.jid, os.environ["BALCONY_PASSWORD"])
    xmpp.ca_certs = args.ca_file
    loop = asyncio.get_running_loop()
    failed = loop.create_future()
    online = loop.create_future()
    sm_enabled = asyncio.Event()
    if args.online:
        xmpp.register_plugin("xep_0198")
        xmpp.add_event_handler("sm_enabled", lambda _: sm_enabled.set())

        async def session_start(_):
            await xmpp.get_roster()
            xmpp.send_presence()
            await sm_enabled.wait()
            if not online.done():
                online.set_result(True)

        xmpp.add_event_handler("session_start", session_start)

    def fail(reason):
        if not failed.done():
            failed.set_result(str(reason))

    xmpp.add_event_handler("failed_all_auth", lambda _: fail("authentication failed"))
    xmpp.add_event_handler("connection_failed", fail)

    start = time.monotonic()
    xmpp.connect(address=(args.host, args.port), use_ssl=args.direct_tls,
                 force_starttls=not args.direct_tls, disable_starttls=args.direct_tls)
    bound = online if args.online else asyncio.ensure_future(xmpp.session_bind_event.wait())
    done, _ = await asyncio.wait({bound, failed}, timeout=args.timeout,
                                 return_when=asyncio.FIRST_COMPLETED)
    elapsed_ms = (time.monotonic() - start) * 1000
    if bound in done:
        print(json.dumps({"boundMs": round(elapsed_ms, 3), "jid": str(xmpp.boundjid)}), flush=True)
        xmpp.abort()
        return 0
    bound.cancel()
    reason = failed.result() if failed.done() else "timed out after %s s" % args.timeout
    print("slixmpp_login: %s" % reason, file=sys.stderr)
    xmpp.abort()
    return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jid", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--direct-tls", action="store_true")
    parser.add_argument("--online", action="store_true")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    if "BALCONY_PASSWORD" not in os.environ:
        print("slixmpp_login: set BALCONY_PASSWORD", file=sys.stderr)
        return 2
    return asyncio.run(login(args))


if __name__ == "__main__":
    sys.exit(main())
