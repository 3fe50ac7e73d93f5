#!/usr/bin/python3
"""A scriptable slixmpp peer for Balcony's end-to-end tests: the "other side" of a conversation.

    BALCONY_PASSWORD=... /usr/bin/python3 peer_slixmpp.py --jid J --host H --port P --ca-file CA

Commands arrive on stdin, one JSON object per line; every command may carry an "id", echoed in the
{"event": "done", "id": ...} line printed once the command has been handled (stanzas handed to the stream):
    {"cmd": "subscribe", "to": JID, "status": TEXT?}      presence type='subscribe'
    {"cmd": "approve", "to": JID}                          presence type='subscribed'
    {"cmd": "deny", "to": JID}                             presence type='unsubscribed'
    {"cmd": "unsubscribe", "to": JID}                      presence type='unsubscribe'
    {"cmd": "presence", "show": S?, "status": T?, "priority": N?, "to": JID?, "type": "unavailable"?}
    {"cmd": "message", "to": JID, "body": TEXT, "type": "chat"?, "msgid": ID?, "thread": T?,
     "receipt": bool?, "chatstate": S?}                    a <request xmlns='urn:xmpp:receipts'/> if receipt,
                                                           a XEP-0085 <S/> (active, composing...) if given
    {"cmd": "chatstate", "to": JID, "state": S}           a standalone XEP-0085 notification (no body)
    {"cmd": "raw", "xml": TEXT}                            any stanza, verbatim
    {"cmd": "sync"}                                        a ping to the server; "done" once answered: the
                                                           server has handled every stanza sent before it
    {"cmd": "roster"}                                      prints {"event": "roster", "items": {...}}
    {"cmd": "avatar_publish", "file": PATH, "type": T, "width": W, "height": H}
                                                           XEP-0084: data node, then metadata (access
                                                           model open); "done" has
                                                           "hash" (the SHA-1 id), or "error"
    {"cmd": "avatar_fetch", "jid": JID}                    XEP-0084: JID's metadata, then the data item:
                                                           {"event": "avatar", "jid", "hash", "type",
                                                           "data": BASE64} (hash null: none), then "done"
    {"cmd": "vcard_photo", "jid": JID}                     XEP-0054: {"event": "vcard_photo", "jid", "type",
                                                           "data": BASE64|null}, then "done"
    {"cmd": "quit"}                                        unavailable presence, close, exit 0
Events on stdout, one JSON object per line, flushed:
    {"event": "online", "jid": FULLJID}                    session started, roster fetched, presence sent
    {"event": "subscribe" | "subscribed" | "unsubscribe" | "unsubscribed", "from": BAREJID, "status": T}
    {"event": "presence", "from": FULLJID, "type": "available"|"unavailable"|"error", "show", "status",
     "priority"}
    {"event": "message", "from", "to", "type", "body", "id", "thread", "delay": STAMP|null,
     "chatstate": S|null, "receipt_request": bool, "received": ID|null, "xml": TEXT}
                                                           every <message/>, with or without a body
    {"event": "roster_push", "jid": BAREJID, "subscription": S, "ask": A|null}
    {"event": "error", "message": TEXT}
XEP-0184 receipt requests are answered by slixmpp's own xep_0184 plugin (auto_ack).
The peer never answers subscription requests by itself (slixmpp's automatic authorize/subscribe are off):
the test decides. Exit code 0 after "quit" or end of stdin, 1 if the login fails or times out.
Needs Debian's python3-slixmpp (run with /usr/bin/python3, see tests/bench/slixmpp_login.py).
"""
import argparse
import asyncio
import json
import os
import sys

import slixmpp
from slixmpp.xmlstream import ET
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

CHATSTATES = "http://jabber.org/protocol/chatstates"
RECEIPTS = "urn:xmpp:receipts"


def emit(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


class Peer:
    def __init__(self, args):
        self.args = args
        self.xmpp = slixmpp.ClientXMPP(args.jid, os.environ["BALCONY_PASSWORD"])
        self.xmpp.ca_certs = args.ca_file
        # The test answers subscription requests; slixmpp would otherwise approve and subscribe back.
        self.xmpp.auto_authorize = None
        self.xmpp.auto_subscribe = False
        self.online = asyncio.get_event_loop().create_future()
        self.finished = asyncio.get_event_loop().create_future()
        self.buffer = b""
        x = self.xmpp
        x.add_event_handler("session_start", self.session_start)
        x.add_event_handler("failed_all_auth", lambda _: self.fail("authentication failed"))
        x.add_event_handler("connection_failed", lambda e: self.fail("connection failed: %s" % e))
        for kind in ("subscribe", "subscribed", "unsubscribe", "unsubscribed"):
            x.add_event_handler("presence_" + kind, self.subscription_handler(kind))
        # slixmpp names the event of an available presence after its <show/> (presence_away ...).
        for kind in ("available", "chat", "away", "xa", "dnd", "unavailable", "error"):
            x.add_event_handler("presence_" + kind, self.presence)
        # Every <message/>: slixmpp's "message" event only sees those with a body, and chat states and
        # receipts come without one.
        x.register_handler(Callback("any message", MatchXPath("{jabber:client}message"), self.message))
        x.register_plugin("xep_0184")  # answers receipt requests (auto_ack), as a slixmpp client does
        x.add_event_handler("roster_update", self.roster_update)
        x.register_plugin("xep_0084")  # User Avatar (with xep_0060/xep_0163)
        x.register_plugin("xep_0054")  # vcard-temp

    def fail(self, reason):
        if not self.online.done():
            self.online.set_exception(RuntimeError(reason))

    async def session_start(self, _):
        await self.xmpp.get_roster()
        self.xmpp.send_presence()
        emit(event="online", jid=str(self.xmpp.boundjid))
        if not self.online.done():
            self.online.set_result(True)

    def subscription_handler(self, kind):
        def handler(presence):
            emit(event=kind, **{"from": presence["from"].bare, "status": presence["status"]})
        return handler

    def presence(self, presence):
        ptype = presence["type"]
        if ptype in ("available", "away", "chat", "dnd", "xa"):
            ptype = "available"
        emit(event="presence", **{"from": str(presence["from"]), "type": ptype,
                                  "show": presence["show"], "status": presence["status"],
                                  "priority": presence["priority"]})

    def message(self, msg):
        delay = msg.xml.find("{urn:xmpp:delay}delay")
        state = next((c.tag.split("}", 1)[1] for c in msg.xml if c.tag.startswith("{%s}" % CHATSTATES)), None)
        received = msg.xml.find("{%s}received" % RECEIPTS)
        emit(event="message", **{"from": str(msg["from"]), "to": str(msg["to"]), "type": msg["type"],
                                 "body": msg["body"], "id": msg["id"], "thread": msg["thread"],
                                 "delay": delay.get("stamp") if delay is not None else None,
                                 "chatstate": state,
                                 "receipt_request": msg.xml.find("{%s}request" % RECEIPTS) is not None,
                                 "received": received.get("id") if received is not None else None,
                                 "xml": str(msg)})

    def roster_update(self, iq):
        query = iq.xml.find("{jabber:iq:roster}query")
        if query is None:
            return
        for item in query.findall("{jabber:iq:roster}item"):
            emit(event="roster_push", jid=item.get("jid"), subscription=item.get("subscription", "none"),
                 ask=item.get("ask"))

    def handle(self, command):
        x = self.xmpp
        cmd = command.get("cmd")
        to = command.get("to")
        if cmd in ("subscribe", "approve", "deny", "unsubscribe"):
            ptype = {"subscribe": "subscribe", "approve": "subscribed", "deny": "unsubscribed",
                     "unsubscribe": "unsubscribe"}[cmd]
            x.send_presence(pto=slixmpp.JID(to).bare, ptype=ptype, pstatus=command.get("status"))
        elif cmd == "presence":
            x.send_presence(pshow=command.get("show"), pstatus=command.get("status"),
                            ppriority=command.get("priority"), pto=to, ptype=command.get("type"))
        elif cmd == "message":
            msg = x.make_message(mto=to, mbody=command.get("body"), mtype=command.get("type", "chat"))
            if command.get("msgid"):
                msg["id"] = command["msgid"]
            if command.get("thread"):
                msg["thread"] = command["thread"]
            if command.get("receipt"):
                msg.xml.append(ET.Element("{%s}request" % RECEIPTS))
            if command.get("chatstate"):
                msg.xml.append(ET.Element("{%s}%s" % (CHATSTATES, command["chatstate"])))
            msg.send()
        elif cmd == "chatstate":
            msg = x.make_message(mto=to, mtype="chat")
            msg.xml.append(ET.Element("{%s}%s" % (CHATSTATES, command["state"])))
            msg.send()
        elif cmd == "raw":
            x.send_raw(command["xml"])
        elif cmd == "sync":
            asyncio.ensure_future(self.sync(command.get("id")))
            return
        elif cmd in ("avatar_publish", "avatar_fetch", "vcard_photo"):
            asyncio.ensure_future(self.avatar(command))
            return
        elif cmd == "roster":
            items = {}
            for jid in x.client_roster:
                item = x.client_roster[jid]
                items[jid] = {"subscription": item["subscription"], "ask": item["pending_out"] and "subscribe"}
            emit(event="roster", items=items)
        elif cmd == "quit":
            x.send_presence(ptype="unavailable")
            x.disconnect()
            if not self.finished.done():
                self.finished.set_result(0)
        else:
            emit(event="error", message="unknown command %r" % cmd)
        if "id" in command:
            emit(event="done", id=command["id"])

    async def avatar(self, command):
        x = self.xmpp
        done = {"event": "done", "id": command.get("id")}
        try:
            if command["cmd"] == "avatar_publish":
                with open(command["file"], "rb") as f:
                    data = f.read()
                digest = x["xep_0084"].generate_id(data)
                # access_model=open as a publish-option (what Balcony does too): readable by non-contacts.
                options = x["xep_0004"].make_form(ftype="submit")
                options.add_field(var="FORM_TYPE", ftype="hidden",
                                  value="http://jabber.org/protocol/pubsub#publish-options")
                options.add_field(var="pubsub#access_model", value="open")
                await x["xep_0084"].publish_avatar(data, options=options, timeout=20)
                await x["xep_0084"].publish_avatar_metadata(
                    # Attribute values as strings: ElementTree cannot serialize an int.
                    {"id": digest, "type": command.get("type", "image/png"), "bytes": str(len(data)),
                     "width": str(command.get("width", "")), "height": str(command.get("height", ""))},
                    options=options, timeout=20)
                done["hash"] = digest
            elif command["cmd"] == "avatar_fetch":
                jid = slixmpp.JID(command["jid"]).bare
                iq = await x["xep_0060"].get_items(jid, "urn:xmpp:avatar:metadata", max_items=1, timeout=20)
                info = iq.xml.find(".//{urn:xmpp:avatar:metadata}info")
                if info is None:
                    emit(event="avatar", jid=jid, hash=None, type=None, data=None)
                else:
                    result = await x["xep_0084"].retrieve_avatar(jid, info.get("id"), timeout=20)
                    payload = result.xml.find(".//{urn:xmpp:avatar:data}data")
                    emit(event="avatar", jid=jid, hash=info.get("id"), type=info.get("type"),
                         data="".join((payload.text or "").split()) if payload is not None else None)
            else:
                jid = slixmpp.JID(command["jid"]).bare
                iq = x.make_iq_get(ito=jid)
                iq.xml.append(ET.Element("{vcard-temp}vCard"))
                result = await iq.send(timeout=20)
                photo = result.xml.find(".//{vcard-temp}PHOTO")
                binval = photo.find("{vcard-temp}BINVAL") if photo is not None else None
                kind = photo.find("{vcard-temp}TYPE") if photo is not None else None
                emit(event="vcard_photo", jid=jid, type=kind.text if kind is not None else None,
                     data="".join((binval.text or "").split()) if binval is not None else None)
        except Exception as e:
            done["error"] = "%s: %s" % (type(e).__name__, e)
        emit(**done)

    async def sync(self, command_id):
        iq = self.xmpp.make_iq_get(ito=self.xmpp.boundjid.domain)
        iq.xml.append(ET.Element("{urn:xmpp:ping}ping"))
        try:
            await iq.send(timeout=20)
        except Exception as e:
            emit(event="error", message="sync: %s: %s" % (type(e).__name__, e))
        emit(event="done", id=command_id)

    def stdin_readable(self):
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            asyncio.get_event_loop().remove_reader(sys.stdin.fileno())
            if not self.finished.done():
                self.xmpp.disconnect()
                self.finished.set_result(0)
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            if not line.strip():
                continue
            try:
                self.handle(json.loads(line))
            except Exception as e:  # a bad command is reported, the peer stays up
                emit(event="error", message="%s: %s" % (type(e).__name__, e))

    async def run(self):
        self.xmpp.connect(address=(self.args.host, self.args.port), force_starttls=True)
        try:
            await asyncio.wait_for(self.online, self.args.timeout)
        except Exception as e:
            print("peer_slixmpp: login failed: %s" % (e or "timed out"), file=sys.stderr)
            self.xmpp.abort()
            return 1
        asyncio.get_event_loop().add_reader(sys.stdin.fileno(), self.stdin_readable)
        code = await self.finished
        await asyncio.sleep(0.2)  # let the unavailable presence and the stream close go out
        return code


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jid", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca-file", required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args()
    if "BALCONY_PASSWORD" not in os.environ:
        print("peer_slixmpp: set BALCONY_PASSWORD", file=sys.stderr)
        return 2
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    peer = Peer(args)
    return loop.run_until_complete(peer.run())


if __name__ == "__main__":
    sys.exit(main())
