#!/usr/bin/python3
"""slixmpp joining a big room, the comparison point of Balcony's bench_muc_join.

    BALCONY_PASSWORD=... /usr/bin/python3 slixmpp_muc_join.py --jid J --host H --port P --ca-file CA
                                                              --room ROOM --anchor ID

Signs in once (STARTTLS, trusting only the given CA; roster and initial presence, not timed) and prints
{"ready": true}. Then, for each line "run NICK" on stdin, it enters ROOM as NICK with the xep_0045 plugin
(join_muc_wait, <history maxstanzas='0'/>) and, as Balcony does right after entering (slixmpp does not catch
up by itself), pages through the room's archive with xep_0313 from the stanza-id ID on (RSM <after/>, 100 per
page, until <fin complete='true'/>); then it leaves the room (waiting for the room's confirmation) and prints one
JSON line: joinedMs (join presence sent -> our self-presence, status 110: the last joined-room event),
subjectMs (-> the room's subject, when join_muc_wait returns), occupants (entries of the plugin's roster of the
room at the self-presence), archiveMs (join sent -> the last archive page answered), archived (results) and
lastBody (the body of the last result). Times are taken inside this process. "quit" (or end of input) signs out.
Exit code 0 on success, 1 on a failure or timeout. Needs Debian's python3-slixmpp (run with /usr/bin/python3).
"""
import argparse
import asyncio
import json
import os
import sys
import time
import traceback

import slixmpp

PAGE = 100


async def run(xmpp, room, nick, anchor, timeout):
    muc = xmpp.plugin["xep_0045"]
    loop = asyncio.get_running_loop()
    joined = loop.create_future()

    def self_presence(presence):
        if not joined.done():
            joined.set_result((time.monotonic(), len(muc.rooms.get(room, {}))))

    xmpp.add_event_handler("muc::%s::self-presence" % room, self_presence)
    start = time.monotonic()
    try:
        await muc.join_muc_wait(room, nick, maxstanzas=0, timeout=timeout)
        subject_at = time.monotonic()
        joined_at, occupants = await asyncio.wait_for(joined, timeout)
        # XEP-0313 on the room, from the position on, page by page (XEP-0059 <after/>).
        after = anchor
        archived = 0
        last_body = ""
        for _ in range(1000):
            iq = await xmpp.plugin["xep_0313"].retrieve(jid=room, rsm={"after": after, "max": PAGE}, timeout=timeout)
            results = iq["mam"]["results"]
            archived += len(results)
            if results:
                last_body = results[-1]["mam_result"]["forwarded"]["stanza"]["body"]
            fin = iq["mam_fin"]
            last = fin["rsm"]["last"]
            if fin.xml.get("complete") in ("true", "1") or not results or not last:
                break
            after = last
        archive_at = time.monotonic()
    finally:
        xmpp.del_event_handler("muc::%s::self-presence" % room, self_presence)
    # Out again, confirmed by the room (not timed). The presence is sent directly: leave_muc() forgets the room at
    # once, so the plugin would drop the room's confirmation unseen.
    left = loop.create_future()

    def gone(presence):
        if presence["type"] == "unavailable" and not left.done():
            left.set_result(True)

    xmpp.add_event_handler("muc::%s::self-presence" % room, gone)
    xmpp.send_presence(pto="%s/%s" % (room, nick), ptype="unavailable")
    try:
        await asyncio.wait_for(left, timeout)
    finally:
        xmpp.del_event_handler("muc::%s::self-presence" % room, gone)
    muc.rooms.pop(room, None)
    return {"joinedMs": round((joined_at - start) * 1000, 3), "subjectMs": round((subject_at - start) * 1000, 3),
            "occupants": occupants, "archiveMs": round((archive_at - start) * 1000, 3), "archived": archived,
            "lastBody": last_body}


async def session(args):
    xmpp = slixmpp.ClientXMPP(args.jid, os.environ["BALCONY_PASSWORD"])
    xmpp.ca_certs = args.ca_file
    for plugin in ("xep_0030", "xep_0045", "xep_0059", "xep_0313"):
        xmpp.register_plugin(plugin)
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    failed = loop.create_future()

    async def session_start(_):
        await xmpp.get_roster()
        xmpp.send_presence()
        if not ready.done():
            ready.set_result(True)

    def fail(reason):
        if not failed.done():
            failed.set_result(str(reason))

    xmpp.add_event_handler("session_start", session_start)
    xmpp.add_event_handler("failed_all_auth", lambda _: fail("authentication failed"))
    xmpp.add_event_handler("connection_failed", fail)
    xmpp.connect(address=(args.host, args.port), force_starttls=True)
    done, _ = await asyncio.wait({ready, failed}, timeout=args.timeout, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        print("slixmpp_muc_join: %s" % (failed.result() if failed.done() else "not online"), file=sys.stderr)
        return 1
    print(json.dumps({"ready": True}), flush=True)
    status = 0
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] != "run" or len(words) != 2:
            print(json.dumps({"error": "unknown command %r" % line.strip()}), flush=True)
            continue
        try:
            result = await run(xmpp, args.room, words[1], args.anchor, args.timeout)
        except Exception as error:  # noqa: BLE001 - reported to the benchmark as a failed run
            lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == __file__]
            print(json.dumps({"error": "%s: %s (line %s)" % (type(error).__name__, error, lines)}), flush=True)
            status = 1
            break
        print(json.dumps(result), flush=True)
    xmpp.disconnect()
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jid", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--room", required=True)
    parser.add_argument("--anchor", required=True)
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    if "BALCONY_PASSWORD" not in os.environ:
        print("slixmpp_muc_join: set BALCONY_PASSWORD", file=sys.stderr)
        return 2
    return asyncio.run(session(args))


if __name__ == "__main__":
    sys.exit(main())
