#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_session (tests/fuzz/corpus-session/) from the readable scripts below.

Each seed is a list of steps; a step is injected server bytes, or a command (see fuzz_session.cpp): the
steps are joined with the byte 0xFF. Ids are the harness's deterministic ones: after the login the client has
sent, in this order, the roster get (f3), the XEP-0313 catch-up (f5, queryid f4), the presence barrier ping of
the encrypted sessions (f6) and the disco#info query for the server's caps (f7); the next id is f8.
Usage: tests/fuzz/make-session-corpus.py  (rewrites every seed; commit the result)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus-session")
ME = "user@example.com"
ME_FULL = ME + "/balcony"
J = "juliet@capulet.lit"
R = "romeo@montague.lit"
N = "nurse@capulet.lit"
STAMP = "2026-03-01T12:00:00Z"

ROSTER = ("<query xmlns='jabber:iq:roster' ver='ver7'>"
          f"<item jid='{J}' name='Juliet' subscription='both'><group>Friends</group></item>"
          f"<item jid='{R}' subscription='from' ask='subscribe'/>"
          f"<item jid='{N}' name='Nurse' subscription='to'><group>Capulet</group><group>Friends</group></item>"
          "</query>")
SERVER_INFO = ("<query xmlns='http://jabber.org/protocol/disco#info' "
               "node='http://prosody.im#ZZ7Hq6Yd1bqWvPRHJbG3eO5KzKo='>"
               "<identity category='server' type='im' name='Prosody'/>"
               "<identity category='pubsub' type='pep'/>"
               "<feature var='http://jabber.org/protocol/disco#info'/><feature var='urn:xmpp:carbons:2'/>"
               "<feature var='urn:xmpp:mam:2'/><feature var='urn:xmpp:ping'/><feature var='msgoffline'/>"
               "<feature var='http://jabber.org/protocol/pubsub#publish-options'/></query>")
MAM_FIN_COMPLETE = ("<fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
                    "<first>A1</first><last>A3</last></set></fin>")


def cmd(c, arg=""):
    return "\x00CMD" + c + arg  # marker, replaced by 0xFF below


def answer_login(roster=ROSTER):
    # r0 answers the oldest unanswered request: roster get, MAM catch-up, barrier ping, caps query.
    return [cmd("r", "0:" + roster), cmd("r", "0:<fin xmlns='urn:xmpp:mam:2' complete='true'/>"),
            cmd("r", "0:"), cmd("r", "0:" + SERVER_INFO)]


def caps_presence(full, ver="q07IKJEyjvHSyhy//CH0CxmKi8w=", show=None, prio=None, status=None):
    extra = ""
    if show:
        extra += f"<show>{show}</show>"
    if prio is not None:
        extra += f"<priority>{prio}</priority>"
    if status:
        extra += f"<status>{status}</status>"
    return (f"<presence from='{full}' to='{ME_FULL}'>{extra}"
            f"<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://gajim.org' ver='{ver}'/>"
            "</presence>")


def mam_result(n, peer, body, outgoing=False, queryid="f4"):
    frm, to = (ME_FULL, peer) if outgoing else (peer + "/phone", ME)
    return (f"<message to='{ME_FULL}'><result xmlns='urn:xmpp:mam:2' queryid='{queryid}' id='A{n}'>"
            f"<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2026-02-2{n}T10:00:00Z'/>"
            f"<message xmlns='jabber:client' from='{frm}' to='{to}' type='chat' id='m{n}'><body>{body}</body>"
            f"<origin-id xmlns='urn:xmpp:sid:0' id='o{n}'/></message></forwarded></result></message>")


def chat(frm, body, msg_id="c1", extra=""):
    return (f"<message from='{frm}' to='{ME_FULL}' type='chat' id='{msg_id}'><body>{body}</body>"
            f"<active xmlns='http://jabber.org/protocol/chatstates'/>"
            f"<request xmlns='urn:xmpp:receipts'/><origin-id xmlns='urn:xmpp:sid:0' id='{msg_id}'/>"
            f"<stanza-id xmlns='urn:xmpp:sid:0' by='{ME}' id='S-{msg_id}'/>{extra}</message>")


def carbon(direction, inner):
    return (f"<message from='{ME}' to='{ME_FULL}' type='chat'><{direction} xmlns='urn:xmpp:carbons:2'>"
            f"<forwarded xmlns='urn:xmpp:forward:0'>{inner}</forwarded></{direction}></message>")


PUBKEY_NODE = "http://www.xmpp.org/extensions/xep-0189.html#ns"
OFFLINE_NODE = "http://www.xmpp.org/extensions/xep-0187.html#ns"
OPEN_NODE = "http://www.xmpp.org/extensions/xep-0116.html#ns"

# An online ESession offer (XEP-0116 §4.2) exactly as Balcony itself writes one, addressed from juliet: the
# responder accepts its form and answers with a key exchange, so mutations start deep in the negotiation.
REAL_OFFER = ("<message from=\"juliet@capulet.lit/balcony\" to=\"user@example.com/balcony\" type=\"normal\" id=\"esession-cc1acc665748f622b3a4a280f7738fa2\"><thread>cc1acc665748f622b3a4a280f7738fa2</thread><feature xmlns=\"http://jabber.org/protocol/feature-neg\"><x xmlns=\"jabber:x:data\" type=\"form\"><field var=\"FORM_TYPE\" type=\"hidden\"><value>urn:xmpp:ssn</value></field><field var=\"accept\" type=\"boolean\"><value>1</value></field><field var=\"otr\" type=\"list-single\"><option><value>false</value></option><option><value>true</value></option></field><field var=\"disclosure\" type=\"list-single\"><option><value>never</value></option></field><field var=\"security\" type=\"list-single\"><option><value>e2e</value></option></field><field var=\"modp\" type=\"list-single\"><option><value>14</value></option><option><value>5</value></option></field><field var=\"crypt_algs\" type=\"list-single\"><option><value>aes128-ctr</value></option><option><value>aes256-ctr</value></option></field><field var=\"hash_algs\" type=\"list-single\"><option><value>sha256</value></option><option><value>whirlpool</value></option></field><field var=\"sign_algs\" type=\"list-single\"><option><value>rsa</value></option></field><field var=\"compress\" type=\"list-single\"><option><value>none</value></option></field><field var=\"stanzas\" type=\"list-multi\"><option><value>message</value></option></field><field var=\"init_pubkey\" type=\"list-single\"><option><value>key</value></option></field><field var=\"resp_pubkey\" type=\"list-single\"><option><value>key</value></option></field><field var=\"ver\" type=\"list-single\"><option><value>1.0</value></option></field><field var=\"rekey_freq\" type=\"text-single\"><value>1</value></field><field var=\"my_nonce\" type=\"hidden\"><value>cigvQZu6oOIpl39NHhx8Ow==</value></field><field var=\"dhkeys\" type=\"hidden\"><value>WybQIXCeOXygIgq/4ISss2z9FnlXUp52ujKVNg5u6auGEocwNrVXpbztK8fKcJKv14uWhF04LLGzGNTSalHShKhHUBP8S51SzprDNW5uc0SiLJ3hLzTgzMFVC5h5Y+fyYAfKTeX7NdRlqfeIYaE1fnQWPW7qpgn0HAUobNNxIbu4OQ27hWRZnhNwEm05MHg0fz7/Hfxe/B99Ab1UOWyelNmXNYY2HwVMcyHmMbtZHMw2V82zLYVRowtg6OS3mDj9pcUKBJ3FvA8k5MzOdjlpMOADhIB8NVSSb4Ls545HRwpR9+3pgBr54qkLmXevMuYSfdvjKI4NR2WeYRrT5NfJeg==</value><value>IOTUY5WB4JM9QPwvFDXg421EaGvaZDtCdcHoUgpGr9PS00anIvsBiJy1zYWwUlYkmH6cPXMQ6TjewXK4qnh8ZlBu9gWU+IOJYD2W/NVRtwCwJj6/4m8R49eMxNNJq+qbef8CaDz25L6BIXJX/Rk2YsXizZ7VeCezYzRQc+gDFsbv5WpgFJ7vJFmA6JXK4O7LUlfzr2qif/ORHp7/7AyBnd42y17jz6sRqP92Cq9Pk9QI/D8MCJ4XZw4epjMMF5OG</value></field></x></feature><amp xmlns=\"http://jabber.org/protocol/amp\" per-hop=\"true\"><rule action=\"drop\" condition=\"deliver\" value=\"stored\"/></amp><no-store xmlns=\"urn:xmpp:hints\"/><private xmlns=\"urn:xmpp:carbons:2\"/></message>")

SEEDS = {
    "login-answers": answer_login(),
    "roster-pushes": answer_login() + [
        f"<iq type='set' id='push1' from='{ME}'><query xmlns='jabber:iq:roster' ver='ver8'>"
        f"<item jid='{J}' name='Jules' subscription='both'><group>Family</group></item></query></iq>",
        f"<iq type='set' id='push2'><query xmlns='jabber:iq:roster' ver='ver9'>"
        f"<item jid='{N}' subscription='remove'/></query></iq>",
        f"<iq type='set' id='push3' from='{R}'><query xmlns='jabber:iq:roster'>"
        f"<item jid='evil@example.net' subscription='both'/></query></iq>",
        f"<iq type='set' id='push4' from='{ME}'><query xmlns='jabber:iq:roster' ver='ver10'>"
        f"<item jid='a@b.c'/><item jid='d@e.f'/></query></iq>",
        cmd("c", "a2Cousin"), cmd("r", "0:"), cmd("c", "x1"), cmd("e", "0:<error type='cancel'>"
                                                               "<not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
    ],
    "roster-cached-empty-result": [cmd("r", "0:"), cmd("c", "R1"), cmd("r", "3:" + ROSTER)],
    "presence-caps": answer_login() + [
        caps_presence(J + "/balcony", show="away", prio=5, status="reading"),
        caps_presence(J + "/phone", ver="different=", prio=-1),
        caps_presence(N + "/tablet", show="dnd"),
        cmd("r", "0:<query xmlns='http://jabber.org/protocol/disco#info' node='https://gajim.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>"
            "<identity category='client' type='pc' name='Gajim'/><feature var='http://jabber.org/protocol/caps'/>"
            "<feature var='http://jabber.org/protocol/disco#info'/><feature var='urn:xmpp:receipts'/>"
            "<feature var='http://jabber.org/protocol/chatstates'/>"
            "<feature var='http://www.xmpp.org/extensions/xep-0116.html#ns'/></query>"),
        f"<presence from='{J}/phone' type='unavailable'/>",
        f"<presence from='{N}/tablet' type='error'><error type='cancel'>"
        "<remote-server-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>",
        f"<presence from='{R}/x' type='probe'/>",
        cmd("c", "pa away now"), cmd("t", "1000"),
    ],
    "messages-receipts-chatstates": answer_login() + [
        cmd("c", "m0Hello Juliet"),
        chat(J + "/balcony", "Hi!", "c1"),
        f"<message from='{J}/balcony' to='{ME_FULL}'><received xmlns='urn:xmpp:receipts' id='f9'/></message>",
        f"<message from='{J}/balcony' to='{ME_FULL}' type='chat'><composing xmlns='http://jabber.org/protocol/chatstates'/></message>",
        f"<message from='{J}/balcony' to='{ME_FULL}' type='chat'><paused xmlns='http://jabber.org/protocol/chatstates'/></message>",
        cmd("c", "z0ab"),
        f"<message from='{R}/pc' to='{ME_FULL}' type='normal' id='n1'><subject>Re</subject><thread>t1</thread>"
        f"<body>Delayed</body><delay xmlns='urn:xmpp:delay' from='montague.lit' stamp='{STAMP}'/></message>",
        f"<message from='example.com' type='headline'><body>Server restart at noon</body></message>",
        cmd("c", "m2To the nurse"),
        f"<message from='{N}' to='{ME_FULL}' type='error' id='f12'><error type='cancel'>"
        "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>"
        "offline</text></error></message>",
        cmd("a"), chat(J + "/balcony", "Hi!", "c1"),
    ],
    "carbons": answer_login() + [
        carbon("received", f"<message xmlns='jabber:client' from='{J}/phone' to='{ME}/other' type='chat' id='cb1'>"
                           "<body>carbon in</body></message>"),
        carbon("sent", f"<message xmlns='jabber:client' from='{ME}/other' to='{J}/phone' type='chat' id='cb2'>"
                       "<body>carbon out</body><origin-id xmlns='urn:xmpp:sid:0' id='cb2'/></message>"),
        f"<message from='{J}' to='{ME_FULL}' type='chat'><received xmlns='urn:xmpp:carbons:2'>"
        f"<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='{R}/x' to='{ME}' type='chat'>"
        "<body>forged carbon</body></message></forwarded></received></message>",
        cmd("t", "10"),
    ],
    "mam-catchup-pages": [
        cmd("r", "0:" + ROSTER),
        mam_result(1, J, "archived one"), mam_result(2, J, "archived two", outgoing=True),
        mam_result(3, R, "archived three"),
        f"<iq type='result' id='f5'><fin xmlns='urn:xmpp:mam:2'><set xmlns='http://jabber.org/protocol/rsm'>"
        "<first>A1</first><last>A3</last></set></fin></iq>",
        mam_result(4, N, "page two", queryid="f8"),
        f"<iq type='result' id='f9'>{MAM_FIN_COMPLETE}</iq>",
        cmd("c", "f"), cmd("c", "k"), cmd("e", "0:<error type='cancel'><item-not-found "
                                        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
    ],
    "mam-spoofed-result": [
        f"<message from='{J}'><result xmlns='urn:xmpp:mam:2' queryid='f4' id='X1'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{R}' to='{ME}' type='chat'><body>spoof</body></message>"
        "</forwarded></result></message>",
        mam_result(1, J, "dup"), mam_result(1, J, "dup"),
        cmd("r", "1:" + MAM_FIN_COMPLETE),
    ],
    "pubsub-events": answer_login() + [
        f"<message from='{J}' to='{ME_FULL}' type='headline'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='urn:xmpp:microblog:0'><item id='p1'><entry xmlns='http://www.w3.org/2005/Atom'>"
        "<title>post</title></entry></item><retract id='p0'/></items></event></message>",
        f"<message from='{J}'><event xmlns='http://jabber.org/protocol/pubsub#event'><purge node='urn:xmpp:microblog:0'/>"
        "</event></message>",
        f"<message from='{J}'><event xmlns='http://jabber.org/protocol/pubsub#event'><delete node='urn:xmpp:microblog:0'>"
        f"<redirect uri='xmpp:{J}?;node=new'/></delete></event></message>",
        f"<message from='{J}'><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='{PUBKEY_NODE}'>"
        "<item id='k1'><KeyInfo xmlns='http://www.w3.org/2000/09/xmldsig#'><KeyValue><RSAKeyValue>"
        "<Modulus>xA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP7tX6WOocLZAtNfyxSZDU16ksL6WjubafOqNEpcwR3RdFsT7bCqnXPBe5ELh5u4VEy19MzxkXRgrMvavzyBpVRgBUwUlV5foK5hhmbktQhyNdy/6LpQRhDUDsTvK+g9Ucj47es9AQJ3U=</Modulus>"
        "<Exponent>AQAB</Exponent></RSAKeyValue></KeyValue></KeyInfo></item></items></event></message>",
        cmd("c", "n0urn:xmpp:microblog:0"), cmd("c", "I0"),
        cmd("r", "0:<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:microblog:0'>"
            "<item id='p1'><entry xmlns='http://www.w3.org/2005/Atom'/></item></items></pubsub>"),
    ],
    "esession-offline-publish": answer_login() + [
        cmd("c", "o"), cmd("r", "0:"), cmd("r", "0:"), cmd("r", "0:"),
        cmd("c", "O"), cmd("r", "0:"), cmd("e", "0:<error type='cancel'><item-not-found "
                                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
    ],
    "esession-offline-send": answer_login() + [
        cmd("c", "E2sealed for the nurse"),
        cmd("r", "0:<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='" + PUBKEY_NODE + "'/></pubsub>"),
        cmd("e", "0:<error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
        cmd("r", "0:"), cmd("t", "31000"),
    ],
    "esession-online-offer": answer_login() + [
        caps_presence(J + "/balcony", prio=1),
        f"<message from='{J}/balcony' to='{ME_FULL}' type='normal' id='esession-t1'><thread>t1</thread>"
        "<feature xmlns='http://jabber.org/protocol/feature-neg'><x xmlns='jabber:x:data' type='form'>"
        "<field type='hidden' var='FORM_TYPE'><value>urn:xmpp:ssn</value></field>"
        "<field type='boolean' var='accept'><value>1</value><required/></field>"
        "<field type='list-single' var='otr'><option><value>false</value></option><option><value>true</value></option></field>"
        "<field type='list-single' var='disclosure'><option><value>never</value></option></field>"
        "<field type='list-single' var='security'><option><value>e2e</value></option><option><value>c2s</value></option></field>"
        "<field type='list-single' var='modp'><option><value>5</value></option><option><value>14</value></option></field>"
        "<field type='list-single' var='crypt_algs'><option><value>aes128-ctr</value></option></field>"
        "<field type='list-single' var='hash_algs'><option><value>sha256</value></option></field>"
        "<field type='list-single' var='compress'><option><value>none</value></option></field>"
        "<field type='list-multi' var='stanzas'><option><value>message</value></option></field>"
        "<field type='list-single' var='sign_algs'><option><value>http://www.w3.org/2000/09/xmldsig#rsa-sha256</value></option></field>"
        "<field type='list-single' var='init_pubkey'><option><value>key</value></option></field>"
        "<field type='list-single' var='resp_pubkey'><option><value>key</value></option></field>"
        "<field type='list-single' var='ver'><option><value>1.3</value></option></field>"
        "<field type='text-single' var='rekey_freq'><value>4294967295</value></field>"
        "<field type='hidden' var='my_nonce'><value>BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=</value></field>"
        "<field type='hidden' var='keys'><value>AAAA</value></field>"
        "<field type='hidden' var='dhhashes'><value>ZGhoYXNo</value><value>ZGhoYXNo</value></field>"
        "</x></feature></message>",
        f"<message from='{J}/balcony' to='{ME_FULL}' type='chat'><thread>t1</thread>"
        "<c xmlns='http://www.xmpp.org/extensions/xep-0200.html#ns'><data>AAAA</data><mac>AAAA</mac></c></message>",
        f"<message from='{J}/balcony' to='{ME_FULL}' type='normal'><thread>t1</thread>"
        "<feature xmlns='http://jabber.org/protocol/feature-neg'><x xmlns='jabber:x:data' type='submit'>"
        "<field var='FORM_TYPE'><value>urn:xmpp:ssn</value></field><field var='terminate'><value>1</value></field>"
        "</x></feature></message>",
        cmd("c", "e5online hello"), cmd("t", "60000"), cmd("c", "T"),
    ],
    "esession-online-real-offer": answer_login() + [
        caps_presence(J + "/balcony", prio=1), REAL_OFFER, cmd("t", "1000"), cmd("c", "e0after the offer"),
        cmd("c", "T"),
    ],
    "odd-messages": answer_login() + [
        "<message type='chat'><body>from the server itself</body></message>",
        f"<message from='{ME}/other' to='{ME_FULL}' type='chat' id='self1'><body>note to self</body></message>",
        f"<message from='example.com/admin' type='normal'><body>admin</body></message>",
        f"<message from='{J}/balcony' type='chat' id='e1'><thread>only a thread</thread></message>",
        f"<message from='{J}/balcony' type='chat' id='l1'><body xml:lang='de'>Hallo</body><body>Hello</body></message>",
        f"<message from='room@conference.example.com/nick' type='groupchat' id='g1'><body>group</body></message>",
        f"<message from='{J}/balcony' type='chat' id='fut'><body>future</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='9999-12-31T23:59:59Z'/></message>",
        f"<message from='{J}/balcony' type='chat' id='old'><body>past</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='1970-01-01T00:00:00Z'/></message>",
        f"<message from='{J}/balcony' type='chat' id='bad'><body>bad stamp</body>"
        "<delay xmlns='urn:xmpp:delay' stamp='yesterday'/></message>",
        cmd("c", "m0mine"),
        f"<message from='{R}/x' type='error' id='f8'><error type='cancel'><gone "
        "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>",
        f"<message from='{R}/x'><received xmlns='urn:xmpp:receipts' id='f9'/></message>",
        f"<message from='{J}/balcony'><received xmlns='urn:xmpp:receipts'/></message>",
        chat(J + "/balcony", "same id twice", "dup"), chat(J + "/phone", "same id twice", "dup"),
        cmd("c", "f"),
    ],
    "roster-churn": answer_login() + [
        chat(J + "/balcony", "unread one", "u1"), chat(J + "/balcony", "unread two", "u2"),
        caps_presence(J + "/balcony", show="chat"),
        f"<iq type='set' id='rc1' from='{ME}'><query xmlns='jabber:iq:roster' ver='v20'>"
        f"<item jid='{J}' subscription='remove'/></query></iq>",
        f"<presence from='{J}/balcony'><show>xa</show></presence>",
        f"<iq type='set' id='rc2' from='{ME}'><query xmlns='jabber:iq:roster' ver='v21'>"
        f"<item jid='{J}' name='Back' subscription='none' ask='subscribe'><group>A</group><group>A</group>"
        "<group></group></item></query></iq>",
        f"<iq type='set' id='rc3' from='{ME}'><query xmlns='jabber:iq:roster' ver='v22'>"
        f"<item jid='{ME}' subscription='both'/></query></iq>",
        f"<iq type='set' id='rc4' from='{ME}'><query xmlns='jabber:iq:roster' ver='v23'>"
        "<item jid='juliet@capulet.lit/resource' subscription='both'/></query></iq>",
        cmd("c", "R1"), cmd("r", "0:" + ROSTER), cmd("c", "R"), cmd("r", "0:"),
    ],
    "iq-requests-to-client": answer_login() + [
        f"<iq type='get' id='d1' from='{J}/balcony'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>",
        f"<iq type='get' id='d2' from='{J}/balcony'><query xmlns='http://jabber.org/protocol/disco#info' "
        "node='https://balcony.im/caps#MSPrQT28tO+/SzCvsdhY+luS6bI='/></iq>",
        f"<iq type='get' id='d3' from='{J}/balcony'><query xmlns='http://jabber.org/protocol/disco#items'/></iq>",
        "<iq type='get' id='d4' from='example.com'><ping xmlns='urn:xmpp:ping'/></iq>",
        f"<iq type='get' id='d5' from='{R}/x'><query xmlns='jabber:iq:version'/></iq>",
        "<iq type='set' id='d6' from='not@@valid'><query xmlns='jabber:iq:roster'/></iq>",
        "<iq type='get' from='example.com'><ping xmlns='urn:xmpp:ping'/></iq>",
        "<iq type='get' id='d7'/>",
        "<iq type='set' id='d7'><foo xmlns='urn:example'/><bar xmlns='urn:example'/></iq>",
        "<iq type='result' id='d8' from='example.com'/>",
    ],
    "iq-errors-and-timeouts": [
        cmd("e", "0:<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
        cmd("e", "0:<error type='cancel'><feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"),
        "<iq type='result' id='f6' from='evil.example'/>",
        cmd("t", "30001"), cmd("c", "g"), cmd("c", "q0"), cmd("t", "30001"), cmd("a", "1"),
    ],
    "sm-acks-and-resume": answer_login() + [
        cmd("c", "m0one"), cmd("c", "m0two"), "<r xmlns='urn:xmpp:sm:3'/>", cmd("a", "1"), cmd("a"),
        cmd("c", "m1three"), cmd("t", "61000"), cmd("l", "r1"),
        cmd("c", "m1four"), cmd("d"), cmd("l", "f"), cmd("r", "0:" + ROSTER),
        "<a xmlns='urn:xmpp:sm:3' h='4000'/>", cmd("l", "n"),
    ],
    "stream-errors": answer_login() + [
        cmd("c", "m0before error"),
        "<stream:error><conflict xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
        "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>Replaced by new connection</text></stream:error>"
        "</stream:stream>",
        cmd("t", "5000"), cmd("l", "r0"),
        "<stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>other.example.com:5222"
        "</see-other-host></stream:error>",
        cmd("t", "1000"), cmd("l", "n"), "</stream:stream>",
    ],
    "subscriptions": answer_login() + [
        f"<presence from='{R}' to='{ME}' type='subscribe'><status>Let me in</status></presence>",
        cmd("c", "A1"),
        f"<iq type='set' id='push5' from='{ME}'><query xmlns='jabber:iq:roster' ver='ver11'>"
        f"<item jid='{R}' subscription='both'/></query></iq>",
        f"<presence from='{N}' to='{ME}' type='subscribed'/>",
        f"<presence from='{N}' to='{ME}' type='unsubscribed'/>",
        f"<presence from='{J}' to='{ME}' type='unsubscribe'/>",
        f"<presence from='evil@example.net' type='subscribe'/>", cmd("c", "D"),
        cmd("c", "s2please"), cmd("c", "P1"), cmd("c", "C0"), cmd("c", "U0"),
    ],
    "signout-then-traffic": answer_login() + [
        cmd("c", "m0bye"), cmd("c", "Sgone"),
        "<iq type='get' id='late1' from='example.com'><ping xmlns='urn:xmpp:ping'/></iq>",
        chat(J + "/balcony", "too late", "late2"), cmd("t", "6000"), "</stream:stream>",
    ],
    "client-state-ping": answer_login() + [
        cmd("c", "i"), cmd("c", "i1"), cmd("c", "g"), cmd("t", "130000"), cmd("r", "0:"), cmd("t", "130000"),
    ],
    "split-reads": [cmd("b", f"<message from='{J}/balcony' type='chat'><body>byte by byte</body></message>"),
                    cmd("i", f"<presence from='{J}/b"), cmd("i", "alcony'><priority>3</priority></presence>")],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.remove(os.path.join(OUT, name))
    for name, steps in sorted(SEEDS.items()):
        # A first step that is a command needs an empty leading segment (the first segment is always bytes).
        parts = [s.replace("\x00CMD", "", 1).encode() if s.startswith("\x00CMD") else s.encode() for s in steps]
        data = b"\xff".join(([b""] if steps and steps[0].startswith("\x00CMD") else []) + parts)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
