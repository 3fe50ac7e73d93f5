#!/usr/bin/python3
"""Fills a room for bench_muc_join through one XEP-0114 component connection (not timed).

    /usr/bin/python3 muc_bots.py --host H --port P --domain bots.localhost --secret S \\
                                 --room room@conference.localhost [--occupants 1000] [--messages 500]

The component's users botN@DOMAIN/r are ordinary occupants for the room. bot0 creates the room (an instant room,
XEP-0045 §10.1.2), the first ten bots enter, bot0 sends an "anchor" message and then the bots send --messages room
messages in turn ("message 1" ... "message M", archived by the room's MAM), then the other bots enter (no message
is sent while they do: a message to 1,000 occupants is 1,000 stanzas). Each step waits for the room's answer to a
disco#info sent behind it on the same stream (the room handles the component's stanzas in order).

Prints one JSON line {"anchor": ID, "last": ID, "occupants": N, "messages": M, "populateMs": T} when the room is
ready: ID is the room's stanza-id of the anchor (the archive position a client that saw the anchor pages from) and
of the last message. Then it stays connected, reading and dropping whatever the room sends (every join and leave
of a measured client is a presence to each bot), until its stdin is closed; then it closes the stream.
Exit code 0 on success, 1 on failure or timeout.
"""
import argparse
import hashlib
import json
import re
import socket
import sys
import threading
import time

KEEP = 64 * 1024  # bytes of the stream kept for markers that straddle two reads


class Component:
    def __init__(self, host, port, domain, secret, timeout):
        self.domain = domain
        self.timeout = timeout
        self.buf = bytearray()
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.send("<stream:stream xmlns='jabber:component:accept' "
                  "xmlns:stream='http://etherx.jabber.org/streams' to='%s'>" % domain)
        header = self.read_until(rb"<stream:stream\b[^>]*>")
        sid = re.search(rb"\sid=['\"]([^'\"]+)['\"]", header)
        if not sid:
            raise RuntimeError("no stream id in %r" % header)
        digest = hashlib.sha1(sid.group(1) + secret.encode()).hexdigest()
        self.send("<handshake>%s</handshake>" % digest)
        self.read_until(rb"<handshake\s*/>|<handshake>\s*</handshake>|<stream:error")
        if b"<stream:error" in self.last:
            raise RuntimeError("handshake refused")

    def send(self, text):
        self.sock.sendall(text.encode())

    def read_until(self, pattern):
        """Reads until `pattern` matches; returns the matched bytes and drops the stream up to their end."""
        regex = re.compile(pattern, re.S)
        deadline = time.monotonic() + self.timeout
        while True:
            match = regex.search(self.buf)
            if match:
                self.last = bytes(match.group(0))
                del self.buf[:match.end()]
                return self.last
            if len(self.buf) > KEEP:
                del self.buf[:len(self.buf) - KEEP]
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting for %r" % pattern)
            chunk = self.sock.recv(256 * 1024)
            if not chunk:
                raise RuntimeError("the server closed the stream")
            self.buf += chunk

    def sync(self, bot, room, tag):
        """Waits until the room has handled everything sent before (its disco#info answer comes after it)."""
        self.send("<iq type='get' id='%s' from='%s' to='%s'>"
                  "<query xmlns='http://jabber.org/protocol/disco#info'/></iq>" % (tag, bot, room))
        self.read_until(rb"<iq\b[^>]*\sid=['\"]" + tag.encode() + rb"['\"]")

    def drain(self):
        """Reads and drops everything until the stream ends."""
        try:
            self.sock.settimeout(None)
            while self.sock.recv(256 * 1024):
                pass
        except OSError:
            pass


def bot(args, n):
    return "bot%d@%s/r" % (n, args.domain)


def join(component, args, n):
    component.send("<presence from='%s' to='%s/bot%d'><x xmlns='http://jabber.org/protocol/muc'>"
                   "<history maxstanzas='0'/></x></presence>" % (bot(args, n), args.room, n))


def message_stanza_id(component, message_id):
    """The room's stanza-id of the reflection of our message `message_id`."""
    match = component.read_until(rb"<message\b[^>]*\sid=['\"]" + message_id.encode()
                                 + rb"['\"][^>]*>.*?</message>")
    for tag in re.findall(rb"<stanza-id\b[^>]*>", match):
        found = re.search(rb"\sid=['\"]([^'\"]+)['\"]", tag)
        if found:
            return found.group(1).decode()
    raise RuntimeError("the room's message carries no stanza-id")


def populate(component, args):
    # bot0 creates the room and accepts the default configuration (an instant room).
    join(component, args, 0)
    component.read_until(rb"<presence\b[^>]*from=['\"]" + re.escape(args.room.encode()) + rb"/bot0['\"].*?</presence>")
    component.send("<iq type='set' id='config' from='%s' to='%s'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                   "<x xmlns='jabber:x:data' type='submit'/></query></iq>" % (bot(args, 0), args.room))
    answer = component.read_until(rb"<iq\b[^>]*\sid=['\"]config['\"][^>]*>")
    if b"error" in answer:
        raise RuntimeError("the room refused the instant configuration")
    speakers = min(10, args.occupants)
    for n in range(1, speakers):
        join(component, args, n)
    component.sync(bot(args, 0), args.room, "speakers")
    # The anchor: what a client that was in the room before saw last.
    component.send("<message from='%s' to='%s' type='groupchat' id='anchor'><body>anchor</body></message>"
                   % (bot(args, 0), args.room))
    anchor = message_stanza_id(component, "anchor")
    for i in range(1, args.messages + 1):
        component.send("<message from='%s' to='%s' type='groupchat' id='m%d'><body>message %d: the quick brown fox "
                       "jumps over the lazy dog, again and again</body></message>"
                       % (bot(args, i % speakers), args.room, i, i))
    last = message_stanza_id(component, "m%d" % args.messages) if args.messages else anchor
    for n in range(speakers, args.occupants):
        join(component, args, n)
        if n % 100 == 0:
            component.sync(bot(args, 0), args.room, "joins%d" % n)  # keeps the server's queues short
    component.sync(bot(args, 0), args.room, "joined")
    return anchor, last


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--domain", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--room", required=True)
    parser.add_argument("--occupants", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args()
    start = time.monotonic()
    try:
        component = Component(args.host, args.port, args.domain, args.secret, args.timeout)
        anchor, last = populate(component, args)
    except (OSError, RuntimeError) as error:
        print("muc_bots: %s" % error, file=sys.stderr)
        return 1
    print(json.dumps({"anchor": anchor, "last": last, "occupants": args.occupants, "messages": args.messages,
                      "populateMs": round((time.monotonic() - start) * 1000)}), flush=True)
    reader = threading.Thread(target=component.drain, daemon=True)
    reader.start()
    sys.stdin.read()  # until the benchmark closes it (or ends)
    try:
        component.send("</stream:stream>")
        component.sock.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    reader.join(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
