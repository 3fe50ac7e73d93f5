#!/usr/bin/python3
"""An independent XEP-0174 (serverless messaging) peer for Balcony's end-to-end tests.

Nothing of Balcony is used: DNS-SD goes through avahi's own tools (avahi-publish to announce the
`_presence._tcp` service with its TXT record, avahi-browse to resolve a peer), the streams are raw TCP
sockets with the standard library's incremental XML parser.

    peer_linklocal.py --name NAME [--nick NICK] [--status avail|away|dnd]

Events, one JSON object per line on stdout:
    {"event": "ready", "name": NAME, "port": P}       listening and published
    {"event": "stream", "from": PEER}                  a peer's stream was accepted
    {"event": "message", "from": PEER, "id": ID, "body": TEXT}
    {"event": "receipt", "to": PEER, "id": ID}         the peer confirmed our message (XEP-0184)
    {"event": "closed", "peer": PEER}                  a stream ended with </stream:stream>
    {"event": "error", "what": TEXT}
Commands, one JSON object per line on stdin:
    {"cmd": "send", "to": PEER, "body": TEXT, "id": ID}   resolve PEER, open a stream (or reuse the one
                                                          PEER opened to us), send, wait for the receipt
    {"cmd": "status", "status": S}                      republish the TXT record with another status
    {"cmd": "quit"}
"""

import argparse
import json
import os
import selectors
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET

STREAM_NS = "http://etherx.jabber.org/streams"
CLIENT_NS = "jabber:client"
RECEIPTS_NS = "urn:xmpp:receipts"


def emit(**event):
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def header(own, to):
    return ("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
            "xmlns:stream='http://etherx.jabber.org/streams' from='%s' to='%s' version='1.0'>"
            % (escape(own), escape(to))).encode()


def resolve(name, timeout=10):
    """The address and port of the `_presence._tcp` instance `name`, from avahi-browse."""
    out = subprocess.run(["avahi-browse", "--resolve", "--parsable", "--terminate", "_presence._tcp"],
                         capture_output=True, text=True, timeout=timeout).stdout
    for line in out.splitlines():
        fields = line.split(";")
        # =;iface;proto;name;type;domain;host;address;port;txt
        if len(fields) >= 9 and fields[0] == "=":
            instance = fields[3].replace("\\064", "@").replace("\\032", " ").replace("\\035", "#")
            if instance == name:
                return fields[7], int(fields[8])
    return None


class Stream:
    """One XEP-0174 stream, either direction."""

    def __init__(self, peer, sock, own, incoming):
        self.peer = peer
        self.sock = sock
        self.own = own
        self.incoming = incoming
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth = 0
        self.opened = False
        self.closed = False
        self.buffer = b""

    def feed(self, data):
        """Parses what arrived; returns the complete top-level elements."""
        self.parser.feed(data)
        elements = []
        for event, element in self.parser.read_events():
            if event == "start":
                self.depth += 1
                if self.depth == 1:
                    self.opened = True
                    self.header = element
            else:
                self.depth -= 1
                if self.depth == 1:
                    elements.append(element)
                elif self.depth == 0:
                    self.closed = True
        return elements

    def send(self, data):
        self.sock.sendall(data)


class Peer:
    def __init__(self, name, nick, status):
        self.name = name
        self.nick = nick
        self.status = status
        self.selector = selectors.DefaultSelector()
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.port = self.server.getsockname()[1]
        self.selector.register(self.server, selectors.EVENT_READ, ("accept", None))
        self.selector.register(sys.stdin, selectors.EVENT_READ, ("stdin", None))
        self.streams = {}  # peer name -> Stream
        self.pending = []  # streams not yet named
        self.publisher = None
        self.stdin_buffer = b""
        self.running = True

    def publish(self):
        if self.publisher:
            self.publisher.terminate()
            self.publisher.wait()
        txt = ["txtvers=1", "nick=" + self.nick, "status=" + self.status, "port.p2pj=%d" % self.port]
        self.publisher = subprocess.Popen(["avahi-publish", "-s", self.name, "_presence._tcp", str(self.port)] + txt,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        # avahi-publish says "Established under name '...'" on stderr once the name is ours.
        line = self.publisher.stderr.readline()
        if "Established" not in line:
            emit(event="error", what="avahi-publish: " + line.strip())
            return False
        return True

    def run(self):
        if not self.publish():
            return 1
        emit(event="ready", name=self.name, port=self.port)
        while self.running:
            for key, _ in self.selector.select(timeout=1):
                kind, stream = key.data
                if kind == "accept":
                    sock, _ = self.server.accept()
                    stream = Stream(None, sock, self.name, True)
                    self.pending.append(stream)
                    self.selector.register(sock, selectors.EVENT_READ, ("stream", stream))
                elif kind == "stdin":
                    self.read_commands()
                else:
                    self.read_stream(stream)
        for stream in list(self.streams.values()):
            self.close(stream)
        if self.publisher:
            self.publisher.terminate()
            self.publisher.wait()
        return 0

    def read_commands(self):
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            self.running = False
            return
        self.stdin_buffer += data
        while b"\n" in self.stdin_buffer:
            line, self.stdin_buffer = self.stdin_buffer.split(b"\n", 1)
            if line.strip():
                self.command(json.loads(line))

    def command(self, cmd):
        if cmd["cmd"] == "quit":
            self.running = False
        elif cmd["cmd"] == "status":
            self.status = cmd["status"]
            self.publish()
        elif cmd["cmd"] == "send":
            self.send_message(cmd["to"], cmd["body"], cmd.get("id", "py1"))

    def open_stream(self, to):
        stream = self.streams.get(to)
        if stream:
            return stream
        where = resolve(to)
        if not where:
            emit(event="error", what="cannot resolve " + to)
            return None
        sock = socket.create_connection(where, timeout=10)
        stream = Stream(to, sock, self.name, False)
        stream.send(header(self.name, to))
        # Wait for the recipient's header (XEP-0174 §4.2) before sending stanzas.
        while not stream.opened:
            data = sock.recv(65536)
            if not data:
                emit(event="error", what="no stream header from " + to)
                return None
            for element in stream.feed(data):
                self.handle(stream, element)
        if stream.header.get("from") not in (None, to):
            emit(event="error", what="header from " + str(stream.header.get("from")))
        self.streams[to] = stream
        self.selector.register(sock, selectors.EVENT_READ, ("stream", stream))
        return stream

    def send_message(self, to, body, msg_id):
        stream = self.open_stream(to)
        if not stream:
            return
        stream.send(("<message type='chat' from='%s' to='%s' id='%s'><body>%s</body>"
                     "<request xmlns='urn:xmpp:receipts'/></message>"
                     % (escape(self.name), escape(to), escape(msg_id), escape(body))).encode())

    def read_stream(self, stream):
        try:
            data = stream.sock.recv(65536)
        except OSError:
            data = b""
        if not data:
            self.drop(stream)
            return
        try:
            elements = stream.feed(data)
        except ET.ParseError as error:
            emit(event="error", what="parse: %s" % error)
            self.drop(stream)
            return
        if stream.incoming and stream.peer is None and stream.opened:
            peer = stream.header.get("from")
            stream.peer = peer
            stream.send(header(self.name, peer) + b"<stream:features/>")
            if stream in self.pending:
                self.pending.remove(stream)
            self.streams[peer] = stream
            emit(event="stream", **{"from": peer})
        for element in elements:
            self.handle(stream, element)
        if stream.closed:
            emit(event="closed", peer=stream.peer)
            try:
                stream.send(b"</stream:stream>")
            except OSError:
                pass
            self.drop(stream)

    def handle(self, stream, element):
        tag = element.tag
        if tag == "{%s}message" % CLIENT_NS:
            received = element.find("{%s}received" % RECEIPTS_NS)
            if received is not None:
                emit(event="receipt", to=stream.peer, id=received.get("id"))
            body = element.findtext("{%s}body" % CLIENT_NS)
            if body:
                emit(event="message", **{"from": stream.peer, "id": element.get("id"), "body": body})
                if element.find("{%s}request" % RECEIPTS_NS) is not None and element.get("id"):
                    stream.send(("<message to='%s'><received xmlns='urn:xmpp:receipts' id='%s'/></message>"
                                 % (escape(stream.peer), escape(element.get("id")))).encode())
        elif tag == "{%s}error" % STREAM_NS:
            emit(event="error", what="stream error: " + ",".join(child.tag for child in element))

    def close(self, stream):
        try:
            stream.send(b"</stream:stream>")
        except OSError:
            pass
        self.drop(stream)

    def drop(self, stream):
        try:
            self.selector.unregister(stream.sock)
        except (KeyError, ValueError):
            pass
        stream.sock.close()
        if stream.peer in self.streams and self.streams[stream.peer] is stream:
            del self.streams[stream.peer]
        if stream in self.pending:
            self.pending.remove(stream)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--nick", default="py")
    parser.add_argument("--status", default="avail")
    args = parser.parse_args()
    return Peer(args.name, args.nick, args.status).run()


if __name__ == "__main__":
    sys.exit(main())
