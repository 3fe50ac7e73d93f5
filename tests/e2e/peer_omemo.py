#!/usr/bin/python3
"""An independent OMEMO peer for Balcony's end-to-end tests: python-omemo (Debian's python3-omemo 1.0.2) with
both backends, python3-oldmemo (OMEMO 0.3, eu.siacs.conversations.axolotl) and python3-twomemo (OMEMO 2,
urn:xmpp:omemo:2), in ONE SessionManager (one device id and one identity key for both), on slixmpp.

    BALCONY_PASSWORD=... /usr/bin/python3 peer_omemo.py --jid J --host H --port P --ca-file CA --store FILE

--log FILE appends slixmpp's and python-omemo's debug log (every stanza sent and received) to FILE; the
tests pass BALCONY_OMEMO_PEER_LOG through (OmemoPeer.h).
--store FILE is a JSON file with all of python-omemo's state (identity key, device id, pre keys, sessions,
device lists, trust): starting again with the same file is the same device (offline tests). It is rewritten
(atomically) on every change. Needs python3-xmlschema too (oldmemo.etree/twomemo.etree validate with it).

Commands on stdin, one JSON object per line; every command may carry an "id", echoed in the
{"event": "done", "id": ...} line printed once the command has been handled (with "error": TEXT if it failed):
    {"cmd": "send", "to": BAREJID, "body": TEXT, "namespace": "oldmemo"|"twomemo" (default), "msgid": ID?}
        encrypt for every device of `to` and our own other devices in that namespace (blind trust: devices
        nobody decided on become "blind", i.e. trusted); the recipient's device list is fetched first unless
        it came by PEP notification or an earlier fetch in this run. Prints {"event": "sent", "to", "namespace",
        "msgid", "devices": [[JID, ID], ...], "errors": [{"jid", "device", "reason"}], "xml": STANZA}
        (errors: devices left out, e.g. without a bundle). Fails (done with "error") when no device of `to`
        is left (python-omemo's NoEligibleDevices).
    {"cmd": "devices", "jid": BAREJID}      refresh both device lists of JID, then {"event": "devices", "jid",
                                            "devices": [{"id", "namespaces": [...], "active": {NS: bool},
                                            "fingerprint": HEX64, "trust": LEVEL, "label": TEXT|null}]}
                                            (devices whose bundle cannot be fetched are left out, see below)
    {"cmd": "own"}                          {"event": "own", "jid", "device": ID, "fingerprint": HEX64,
                                            "namespaces": [...], "others": [{"id", "fingerprint", ...}]}
    {"cmd": "trust", "jid": BAREJID, "device": ID, "level": "trusted"|"distrusted"|"undecided"|"blind"}
                                            sets the trust of that device's identity key ("blind" is what
                                            blind trust gives an undecided device when the peer first encrypts
                                            for it, so "undecided" lasts until the next send)
    {"cmd": "subscribe", "to": BAREJID}    presence subscription request (the peer approves every request it
                                            gets and asks back, so both sides end up with "both": that is
                                            what lets the server send PEP notifications of each other's device
                                            lists to the +notify resources)
    {"cmd": "raw", "xml": TEXT}             any stanza, verbatim (bad-input tests, replays)
    {"cmd": "break-session", "jid": BAREJID, "device": ID, "namespace": NS?}
                                            forget our session(s) with that device (both namespaces unless
                                            one is given): our next message to it builds a new session (key
                                            exchange), which heals the other side's view too; a message it
                                            sends on the old session gives "decrypt-error" ("NoSession")
    {"cmd": "replace-sessions", "jid": BAREJID, "device": ID}
                                            python-omemo's replace_sessions(): new sessions, announced at once
                                            by an empty key-exchange message per namespace
    {"cmd": "subscribe-devices", "jid": BAREJID}
                                            explicit XEP-0060 subscriptions (our bare JID) to both device list
                                            nodes of JID: notifications without a presence subscription. Not
                                            done by itself: like real clients the peer relies on +notify
    {"cmd": "sync"}                         a ping to the server; "done" once answered
    {"cmd": "join", "room": ROOMJID, "nick": NICK}
                                            enter a room (XEP-0045, slixmpp's xep_0045, no history); "done" once
                                            the room sent our own presence
    {"cmd": "room-send", "room": ROOMJID, "body": TEXT, "namespace": NS, "members": [BAREJID...]?}
                                            OMEMO in a group chat (XEP-0384 §6): encrypt for every device of the
                                            room's members (the real JIDs of the occupants present, as the
                                            non-anonymous room told them, plus `members`) and our own other
                                            devices, and send it to the room as type groupchat; the "sent" event
                                            as for "send" (with "to": ROOMJID)
    Room messages with <encrypted/> are decrypted with the sender's real JID from its occupant presence (our
    own reflection is skipped); their "message" / "decrypt-error" events carry "room": ROOMJID and "nick".
    {"cmd": "upload-encrypted", "service": JID, "data": BASE64, "filename": NAME}
                                            XEP-0454 as another client does it, with Python's `cryptography`:
                                            AES-256-GCM with a random 12-byte IV and 32-byte key, the body
                                            ciphertext || 16-byte tag, a XEP-0363 slot from `service` for that
                                            size, an HTTPS PUT (to --host, TLS checked against --ca-file with the
                                            URL's host name); then {"event": "uploaded", "link": "aesgcm://...#
                                            IVHEX KEYHEX", "get": URL}. The link is sent by a later "send".
    {"cmd": "download-encrypted", "link": AESGCM_URL}
                                            GET the https form of the link (same TLS rules), split off the tag,
                                            decrypt and verify; {"event": "downloaded", "size": N, "sha256": HEX}
                                            or "done" with "error" (InvalidTag for a bad tag)
    {"cmd": "quit"}                         unavailable presence, close, exit 0
Events on stdout, one JSON object per line, flushed:
    {"event": "online", "jid": FULLJID, "device": ID, "fingerprint": HEX64}
        after: roster, initial presence (caps with +notify for both device list nodes), SessionManager created
        (first run: device id chosen, 100 pre keys per backend, both bundles and both device lists published),
        own device lists fetched, a ping (so offline messages have come and been decrypted: they waited for
        the SessionManager), after_history_sync() (queued empty messages sent)
    {"event": "published", "namespace", "node", "item"}          a bundle or device list stored by the server
    {"event": "message", "from": FULLJID, "jid": BAREJID, "body", "namespace", "device": ID, "trust": LEVEL,
     "fingerprint": HEX64, "msgid", "delay": STAMP|null, "key_exchange": bool}
                                                                a decrypted message with content
    {"event": "empty-message", "from", "jid", "namespace", "device", "key_exchange": bool}
        an OMEMO message without payload (key transport / heartbeat / session completion) decrypted
    {"event": "decrypt-error", "from", "jid", "namespace", "device": ID|null, "reason": EXCEPTION: TEXT}
    {"event": "raw-message", "xml": STANZA}  every <message/> received, before any processing
    {"event": "device-list", "jid", "namespace", "devices": [ID...]}   a device list PEP notification applied
    {"event": "error", "message": TEXT}
Exit code 0 after "quit" or end of stdin, 1 if the login or the OMEMO setup fails.

What the peer publishes (own PEP, no 'to' on the IQs). Every publish carries publish-options
(FORM_TYPE http://jabber.org/protocol/pubsub#publish-options) with pubsub#access_model=open, plus
pubsub#max_items=max for the OMEMO 2 bundles node. If the server refuses them (Prosody: <conflict/> +
precondition-not-met on an existing node with other settings; ejabberd 23.01: <resource-constraint/> or
<not-acceptable/> for any field but access_model), the peer configures the node as its owner (creating it with
that configuration when it does not exist) and publishes again without publish-options (remembered for the run).
Measured: Prosody 0.12 accepts all of it as publish-options (max_items=max included); ejabberd 23.01 refuses
pubsub#max_items there (<resource-constraint/> "Unknown field 'pubsub#max_items'"), and accepts <create/> with a
node_config form carrying access_model=open and max_items=max: the OMEMO 2 bundles node then keeps the bundles
of several devices. The peer sends its initial presence BEFORE python-omemo publishes anything (and with a caps
hash recomputed after the +notify features were added): ejabberd delivers a PEP item to the +notify contacts
only through the publishing resource, which must be available and know the contacts' presence, and it ignores
caps whose hash does not match. Published before the presence (python-omemo's order), or with slixmpp's stale
hash, a new device list reached no contact on ejabberd; Prosody delivered either way.
  OMEMO 0.3 device list, node 'eu.siacs.conversations.axolotl.devicelist', item 'current':
      <list xmlns='eu.siacs.conversations.axolotl'><device id='ID'/>...</list>
  OMEMO 0.3 bundle, node 'eu.siacs.conversations.axolotl.bundles:ID', item 'current':
      <bundle xmlns='eu.siacs.conversations.axolotl'>
        <signedPreKeyPublic signedPreKeyId='N'>B64(0x05 || X25519 key)</signedPreKeyPublic>
        <signedPreKeySignature>B64(64 bytes)</signedPreKeySignature>
        <identityKey>B64(0x05 || X25519 identity key)</identityKey>
        <prekeys><preKeyPublic preKeyId='N'>B64(0x05 || key)</preKeyPublic> x100</prekeys></bundle>
      (python-omemo's identity key is Ed25519; it publishes the Montgomery form and hides the Ed25519 sign bit
      in the top bit of the signature's last byte, the original libsignal curve25519_verify convention; reading
      a bundle it takes that bit back, and every key must be exactly 33 bytes starting with 0x05, or the bundle
      is unusable and the device left out)
  OMEMO 2 device list, node 'urn:xmpp:omemo:2:devices', item 'current':
      <devices xmlns='urn:xmpp:omemo:2'><device id='ID'/>...</devices>   (no labels: the peer sets none)
  OMEMO 2 bundle, node 'urn:xmpp:omemo:2:bundles', item 'ID' (one node, one item per device):
      <bundle xmlns='urn:xmpp:omemo:2'><spk id='N'>B64(32-byte X25519)</spk><spks>B64(64)</spks>
        <ik>B64(32-byte Ed25519 identity key)</ik><prekeys><pk id='N'>B64(32)</pk> x100</prekeys></bundle>

What the peer sends. A 'send' is <message type='chat' to=BAREJID id=...> with
  OMEMO 0.3: <encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='OURID'>
               <key rid='ID' [prekey='true']>B64</key>... <iv>B64(12 bytes)</iv></header>
             <payload>B64(AES-128-GCM ciphertext of the UTF-8 body, without the tag)</payload></encrypted>
             (the key is 16-byte AES key || 16-byte GCM tag, the plaintext the ratchet encrypts; receiving, it
             splits the decrypted key the same way: the old "tag appended to the payload" form is NOT supported;
             prekey='true' on a key that starts a session: a PreKeySignalMessage)
  OMEMO 2:   <encrypted xmlns='urn:xmpp:omemo:2'><header sid='OURID'><keys jid='BAREJID'>
               <key rid='ID' [kex='true']>B64</key>...</keys>...</header><payload>B64</payload></encrypted>
             (one <keys/> per bare JID: the recipient's and, with other own devices, ours; the payload is
             AES-256-CBC/PKCS#7 under HKDF-SHA-256(32-byte key, salt 0x00*32, "OMEMO Payload") -> 32 enc key,
             32 auth key, 16 IV; the ratchet encrypts key || 16-byte truncated HMAC-SHA-256 = 48 bytes)
             the payload's plaintext is an XEP-0420 envelope (built here, python-omemo takes bytes):
             <envelope xmlns='urn:xmpp:sce:1'><content><body xmlns='jabber:client'>TEXT</body></content>
               <rpad>random 0-200 letters</rpad><time stamp='UTC'/><from jid='OURBAREJID'/></envelope>
  plus, for both: <encryption xmlns='urn:xmpp:eme:0' namespace='NS' name='OMEMO'/>, <store
  xmlns='urn:xmpp:hints'/> and a plain <body> fallback ("This message is OMEMO encrypted."), so servers store
  it offline and archive it. Messages python-omemo sends by itself (_send_message: empty key-exchange
  completions, heartbeats, replace_sessions) are the same <encrypted/> WITHOUT <payload/> (0.3: still with
  <iv/>, and the ratchet-encrypted key is 16 random bytes without a tag), with <store/> but no body and no
  EME, to the bare JID of the device's account (our own for our own devices), one message per session.
Receiving: only messages addressed to the peer (no carbons, no MAM queries); <encrypted/> of either namespace
is decrypted; for OMEMO 2 the envelope's <from/> must be the
sender's bare JID and <body/> in <content/> is the text. Device list notifications
(<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='...devicelist'|'urn:xmpp:omemo:2:devices'>)
from the sender's bare JID (or ours) are fed to update_device_list().

Surprises in python-omemo 1.0.2 / oldmemo / twomemo 1.0.3 (the C++ side must interoperate with these):
- Trust: undecided devices are never encrypted for until _make_trust_decision decides (here: "blind");
  a device whose identity key is "distrusted" gets nothing, and a message from it fails with
  SenderDistrusted; an undecided sender's messages ARE decrypted.
- encrypt() only uses the locally known device lists (never fetches a list itself): without a PEP notification
  or refresh_device_list() the recipient has no devices (NoEligibleDevices). Bundles are fetched lazily, when
  a device's identity key is unknown (get_device_information) or no session exists; a device listed without a
  fetchable bundle is silently left out of device information and encryption (an EncryptionError, not fatal,
  unless it leaves a recipient with no device at all).
- decrypt() from an unknown device id refreshes the sender's device list once; still unknown: SenderNotFound
  (so messages from a device not in the sender's published list are refused).
- After decrypting a key exchange, and when a session's receiving chain passes 53 messages, it sends an empty
  message back by itself (session completion / staleness heartbeat); during "history synchronisation" (from
  start until after_history_sync()) these are queued and sent once per session afterwards, and used pre keys
  are only hidden until then (deleted afterwards). A used pre key is replaced at once (refill threshold 99),
  and the bundle republished: each key exchange received causes a bundle publish.
- No automatic reaction to a message on a session it lacks (NoSession): it is just an error; the peer heals by
  its next message (a new key exchange) or by replace-sessions.
- A key exchange from a device we have an active session with REPLACES the session (unless it rebuilds the
  same passive session).
- The parsers read the boolean attributes as Python bool(str): kex='false' / prekey='false' count as TRUE
  (omit the attribute for a normal key). A key for another jid's device in OMEMO 0.3 is matched by rid only.
- A device list never loses devices in python-omemo's storage: devices missing from a new list become
  inactive for that namespace and are no longer encrypted for (a device in only one namespace's list is only
  reached in that namespace). encrypt(..., [namespace]) picks per device the namespace asked for.
- decrypt() re-publishes the bundle after a key exchange only because the refill threshold is 99: with a lower
  threshold its code would hit an unbound variable (python-omemo 1.0.2 bug); the peer keeps the default.
- Both backends share one identity key; the OMEMO 0.3 fingerprint (Curve25519 form) is what format_identity_key
  gives for both; signed pre keys rotate every 7 days (not during a test).
"""
import argparse
import asyncio
import datetime
import json
import logging
import os
import random
import string
import sys
import xml.etree.ElementTree as ElementTree

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout
from slixmpp.xmlstream import ET
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

import omemo
from omemo.storage import Just, Maybe, Nothing
from omemo.types import JSONType, TrustLevel
import oldmemo
import oldmemo.etree
import twomemo
import twomemo.etree

OLD = oldmemo.oldmemo.NAMESPACE  # eu.siacs.conversations.axolotl
TWO = twomemo.twomemo.NAMESPACE  # urn:xmpp:omemo:2
NAMES = {"oldmemo": OLD, "twomemo": TWO}
SHORT = {OLD: "oldmemo", TWO: "twomemo"}
DEVICE_LIST_NODE = {OLD: OLD + ".devicelist", TWO: TWO + ":devices"}
PUBSUB = "http://jabber.org/protocol/pubsub"
PUBSUB_OWNER = PUBSUB + "#owner"
PUBSUB_EVENT = PUBSUB + "#event"
DATA_FORMS = "jabber:x:data"
SCE = "urn:xmpp:sce:1"
FALLBACK = "This message is OMEMO encrypted."
TRUST_LEVELS = {"trusted": TrustLevel.TRUSTED, "blind": TrustLevel.TRUSTED,
                "distrusted": TrustLevel.DISTRUSTED, "undecided": TrustLevel.UNDECIDED}


def emit(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def fingerprint(identity_key):
    return "".join(omemo.SessionManager.format_identity_key(identity_key))


def describe(e):
    return "%s: %s" % (type(e).__name__, e)


class JsonStorage(omemo.Storage):
    """python-omemo's key/value storage in one JSON file, rewritten atomically on every change."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.data = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.data = json.load(f)

    def save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self.data, f)
        os.replace(tmp, self.path)

    async def _load(self, key: str) -> Maybe[JSONType]:
        return Just(self.data[key]) if key in self.data else Nothing()

    async def _store(self, key: str, value: JSONType) -> None:
        self.data[key] = value
        self.save()

    async def _delete(self, key: str) -> None:
        if key in self.data:
            del self.data[key]
            self.save()


class PubSubError(Exception):
    def __init__(self, condition, text=""):
        super().__init__("%s%s" % (condition, (": " + text) if text else ""))
        self.condition = condition


def options_form(form_type, fields):
    x = ET.Element("{%s}x" % DATA_FORMS, type="submit")
    for var, value in [("FORM_TYPE", form_type)] + list(fields.items()):
        field = ET.SubElement(x, "{%s}field" % DATA_FORMS, var=var)
        if var == "FORM_TYPE":
            field.set("type", "hidden")
        ET.SubElement(field, "{%s}value" % DATA_FORMS).text = value
    return x


class PeerSessionManager(omemo.SessionManager):
    """The XMPP side of python-omemo: PEP through raw pubsub IQs (the XML is ours, shown in the docstring),
    (de)serialisation through oldmemo.etree / twomemo.etree. `peer` is set before create()."""

    peer = None

    async def _upload_bundle(self, bundle):
        peer = PeerSessionManager.peer
        try:
            if bundle.namespace == OLD:
                await peer.publish(OLD + ".bundles:%d" % bundle.device_id, "current",
                                   oldmemo.etree.serialize_bundle(bundle), {})
            elif bundle.namespace == TWO:
                await peer.publish(TWO + ":bundles", str(bundle.device_id),
                                   twomemo.etree.serialize_bundle(bundle), {"pubsub#max_items": "max"})
            else:
                raise omemo.UnknownNamespace(bundle.namespace)
        except PubSubError as e:
            raise omemo.BundleUploadFailed(str(e)) from e

    async def _download_bundle(self, namespace, bare_jid, device_id):
        peer = PeerSessionManager.peer
        try:
            if namespace == OLD:
                item = await peer.fetch_item(bare_jid, OLD + ".bundles:%d" % device_id, None)
                element = item.find("{%s}bundle" % OLD) if item is not None else None
                if element is None:
                    raise omemo.BundleNotFound("no bundle item")
                return oldmemo.etree.parse_bundle(element, bare_jid, device_id)
            if namespace == TWO:
                item = await peer.fetch_item(bare_jid, TWO + ":bundles", str(device_id))
                element = item.find("{%s}bundle" % TWO) if item is not None else None
                if element is None:
                    raise omemo.BundleNotFound("no bundle item")
                return twomemo.etree.parse_bundle(element, bare_jid, device_id)
        except PubSubError as e:
            if e.condition == "item-not-found":
                raise omemo.BundleNotFound(str(e)) from e
            raise omemo.BundleDownloadFailed(str(e)) from e
        except omemo.BundleNotFound:
            raise
        except Exception as e:  # a malformed bundle (schema, key sizes): not usable
            raise omemo.BundleDownloadFailed("malformed bundle: " + describe(e)) from e
        raise omemo.UnknownNamespace(namespace)

    async def _delete_bundle(self, namespace, device_id):
        peer = PeerSessionManager.peer
        try:
            if namespace == OLD:
                await peer.pubsub_iq("set", None, PUBSUB_OWNER, "delete", {"node": OLD + ".bundles:%d" % device_id})
            elif namespace == TWO:
                await peer.pubsub_iq("set", None, PUBSUB, "retract",
                                     {"node": TWO + ":bundles", "notify": "true"},
                                     [ET.Element("{%s}item" % PUBSUB, id=str(device_id))])
        except PubSubError as e:
            if e.condition != "item-not-found":
                raise omemo.BundleDeletionFailed(str(e)) from e

    async def _upload_device_list(self, namespace, device_list):
        peer = PeerSessionManager.peer
        serializer = {OLD: oldmemo.etree, TWO: twomemo.etree}.get(namespace)
        if serializer is None:
            raise omemo.UnknownNamespace(namespace)
        try:
            await peer.publish(DEVICE_LIST_NODE[namespace], "current",
                               serializer.serialize_device_list(device_list), {})
        except PubSubError as e:
            raise omemo.DeviceListUploadFailed(str(e)) from e

    async def _download_device_list(self, namespace, bare_jid):
        peer = PeerSessionManager.peer
        parser = {OLD: oldmemo.etree, TWO: twomemo.etree}.get(namespace)
        if parser is None:
            raise omemo.UnknownNamespace(namespace)
        try:
            item = await peer.fetch_item(bare_jid, DEVICE_LIST_NODE[namespace], None)
        except PubSubError as e:
            if e.condition == "item-not-found":
                return {}
            raise omemo.DeviceListDownloadFailed(str(e)) from e
        element = item.find("{%s}%s" % (namespace, "list" if namespace == OLD else "devices")) \
            if item is not None else None
        if element is None:
            return {}
        try:
            return parser.parse_device_list(element)
        except Exception as e:
            raise omemo.DeviceListDownloadFailed("malformed device list: " + describe(e)) from e

    async def _evaluate_custom_trust_level(self, device):
        level = TRUST_LEVELS.get(device.trust_level_name)
        if level is None:
            raise omemo.UnknownTrustLevel(device.trust_level_name)
        return level

    async def _make_trust_decision(self, undecided, identifier):
        # Blind trust: every device nobody decided on is trusted ("blind"), as a BTBV client does.
        for device in undecided:
            await self.set_trust(device.bare_jid, device.identity_key, "blind")

    async def _send_message(self, message, bare_jid):
        try:
            PeerSessionManager.peer.send_encrypted(message, bare_jid, None, None)
        except Exception as e:
            raise omemo.MessageSendingFailed(describe(e)) from e


class Peer:
    def __init__(self, args):
        self.args = args
        self.xmpp = slixmpp.ClientXMPP(args.jid, os.environ["BALCONY_PASSWORD"])
        self.xmpp.ca_certs = args.ca_file
        # A cooperative contact: approves every subscription request and asks back.
        self.xmpp.auto_authorize = True
        self.xmpp.auto_subscribe = True
        self.own = self.xmpp.boundjid.bare
        self.manager = None
        self.storage = None
        self.lock = asyncio.Lock()  # python-omemo's operations must not interleave (sessions, pre keys)
        self.known_lists = set()  # (namespace, bare jid) fetched or notified in this run
        self.configured_nodes = set()  # own nodes configured as owner in this run (publish-options refused)
        self.online = asyncio.get_event_loop().create_future()
        self.finished = asyncio.get_event_loop().create_future()
        self.buffer = b""
        x = self.xmpp
        x.register_plugin("xep_0030")
        x.register_plugin("xep_0115")
        x.register_plugin("xep_0163")
        x.register_plugin("xep_0045")
        # +notify for both device lists: the server sends us our own and our contacts' lists.
        x["xep_0163"].add_interest([DEVICE_LIST_NODE[OLD], DEVICE_LIST_NODE[TWO]])
        x.add_event_handler("session_start", self.session_start)
        x.add_event_handler("failed_all_auth", lambda _: self.fail("authentication failed"))
        x.add_event_handler("connection_failed", lambda e: self.fail("connection failed: %s" % e))
        x.register_handler(Callback("any message", MatchXPath("{jabber:client}message"), self.message))

    def fail(self, reason):
        if not self.online.done():
            self.online.set_exception(RuntimeError(reason))

    # --- pubsub -------------------------------------------------------------------------------------------

    async def pubsub_iq(self, itype, jid, ns, verb, attrs, children=(), extra=()):
        iq = self.xmpp.make_iq_set() if itype == "set" else self.xmpp.make_iq_get()
        if jid and jid != self.own:
            iq["to"] = jid
        pubsub = ET.SubElement(iq.xml, "{%s}pubsub" % ns)
        element = ET.SubElement(pubsub, "{%s}%s" % (ns, verb), attrs)
        for child in children:
            element.append(child)
        for child in extra:
            pubsub.append(child)
        try:
            return await iq.send(timeout=20)
        except IqError as e:
            error = e.iq.xml.find("{jabber:client}error")
            condition, text = "undefined-condition", ""
            if error is not None:
                for child in error:
                    local = child.tag.split("}", 1)[-1]
                    if child.tag.startswith("{urn:ietf:params:xml:ns:xmpp-stanzas}"):
                        if local == "text":
                            text = child.text or ""
                        else:
                            condition = local
                    elif "pubsub#errors" in child.tag:
                        text = (text + " " + local).strip()
            raise PubSubError(condition, text) from e
        except IqTimeout as e:
            raise PubSubError("timeout") from e

    async def publish(self, node, item_id, payload, extra_options):
        fields = {"pubsub#access_model": "open"}
        fields.update(extra_options)

        def item():
            element = ET.Element("{%s}item" % PUBSUB, id=item_id)
            element.append(payload)
            return element

        if node in self.configured_nodes:  # configured by us in this run: no publish-options needed
            await self.pubsub_iq("set", None, PUBSUB, "publish", {"node": node}, [item()])
        else:
            try:
                await self.pubsub_iq("set", None, PUBSUB, "publish", {"node": node}, [item()], [
                    self.wrap(PUBSUB, "publish-options", options_form(PUBSUB + "#publish-options", fields))])
            except PubSubError as e:
                if e.condition not in ("conflict", "resource-constraint", "not-acceptable", "policy-violation",
                                       "bad-request"):
                    raise
                # Configure the node as its owner (create it configured if missing), then publish plainly.
                await self.configure_node(node, fields)
                self.configured_nodes.add(node)
                await self.pubsub_iq("set", None, PUBSUB, "publish", {"node": node}, [item()])
        emit(event="published", namespace=SHORT[OLD if node.startswith(OLD) else TWO], node=node, item=item_id)

    async def configure_node(self, node, fields):
        form = lambda values: options_form(PUBSUB + "#node_config", values)  # noqa: E731
        variants = [fields]
        if fields.get("pubsub#max_items") == "max":
            variants.append(dict(fields, **{"pubsub#max_items": "1000"}))  # servers without "max"
        last = None
        for values in variants:
            try:
                await self.pubsub_iq("set", None, PUBSUB_OWNER, "configure", {"node": node}, [form(values)])
                return
            except PubSubError as e:
                last = e
                if e.condition == "item-not-found":
                    try:
                        await self.pubsub_iq("set", None, PUBSUB, "create", {"node": node}, [],
                                             [self.wrap(PUBSUB, "configure", form(values))])
                        return
                    except PubSubError as e2:
                        last = e2
        raise last

    @staticmethod
    def wrap(ns, name, child):
        element = ET.Element("{%s}%s" % (ns, name))
        element.append(child)
        return element

    async def fetch_item(self, jid, node, item_id):
        """The payload-carrying <item/> (item_id, or the newest), None if the node has none."""
        if item_id is None:
            result = await self.pubsub_iq("get", jid, PUBSUB, "items", {"node": node, "max_items": "1"})
        else:
            result = await self.pubsub_iq("get", jid, PUBSUB, "items", {"node": node},
                                          [ET.Element("{%s}item" % PUBSUB, id=item_id)])
        items = result.xml.find("{%s}pubsub/{%s}items" % (PUBSUB, PUBSUB))
        if items is None:
            return None
        for item in items.findall("{%s}item" % PUBSUB):
            if item_id is None or item.get("id") == item_id:
                return item
        return None

    # --- messages -----------------------------------------------------------------------------------------

    def send_encrypted(self, message, bare_jid, body, msgid, mtype="chat"):
        """Sends python-omemo's Message to bare_jid; with a body (a user message) also EME and a fallback."""
        serializer = oldmemo.etree if message.namespace == OLD else twomemo.etree
        msg = self.xmpp.make_message(mto=bare_jid, mtype=mtype)
        if msgid:
            msg["id"] = msgid
        msg.xml.append(serializer.serialize_message(message))
        if body is not None:
            ET.SubElement(msg.xml, "{urn:xmpp:eme:0}encryption", namespace=message.namespace, name="OMEMO")
            ET.SubElement(msg.xml, "{jabber:client}body").text = FALLBACK
        ET.SubElement(msg.xml, "{urn:xmpp:hints}store")
        msg.send()
        return str(msg)

    @staticmethod
    def envelope(body, own):
        env = ET.Element("{%s}envelope" % SCE)
        content = ET.SubElement(env, "{%s}content" % SCE)
        ET.SubElement(content, "{jabber:client}body").text = body
        ET.SubElement(env, "{%s}rpad" % SCE).text = "".join(
            random.choice(string.ascii_letters) for _ in range(random.randint(0, 200)))
        ET.SubElement(env, "{%s}time" % SCE,
                      stamp=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        ET.SubElement(env, "{%s}from" % SCE, jid=own)
        return ElementTree.tostring(env, encoding="utf-8")

    @staticmethod
    def open_envelope(plaintext, sender):
        env = ElementTree.fromstring(plaintext)
        if env.tag != "{%s}envelope" % SCE:
            raise ValueError("the payload is not an SCE envelope: %s" % env.tag)
        affix = env.find("{%s}from" % SCE)
        if affix is not None and slixmpp.JID(affix.get("jid", "")).bare != sender:
            raise ValueError("the envelope's <from/> (%s) is not the sender" % affix.get("jid"))
        body = env.find("{%s}content/{jabber:client}body" % SCE)
        return body.text or "" if body is not None else None

    def message(self, msg):
        emit(event="raw-message", xml=str(msg))
        if msg["type"] == "error":
            return
        sender = msg["from"].bare or self.own
        room = None
        if msg["type"] == "groupchat":
            # A room message: the sender is the occupant's real JID (non-anonymous room), never the room.
            room, nick = msg["from"].bare, msg["from"].resource
            muc = self.xmpp["xep_0045"]
            if nick == muc.our_nicks.get(slixmpp.JID(room)):
                return  # our own message coming back: it carries no key for this device
            real = muc.get_jid_property(slixmpp.JID(room), nick, "jid")
            sender = slixmpp.JID(real).bare if real else None
        event = msg.xml.find("{%s}event" % PUBSUB_EVENT)
        if event is not None and room is None:
            asyncio.ensure_future(self.device_list_event(sender, event))
        for ns in (OLD, TWO):
            encrypted = msg.xml.find("{%s}encrypted" % ns)
            if encrypted is not None:
                if room is not None and sender is None:
                    emit(event="decrypt-error", namespace=SHORT[ns], room=room, nick=msg["from"].resource,
                         device=None, reason="no real JID for this occupant", **{"from": str(msg["from"]), "jid": None})
                    continue
                asyncio.ensure_future(self.decrypt(msg, sender, ns, encrypted, room))

    async def device_list_event(self, sender, event):
        for items in event.findall("{%s}items" % PUBSUB_EVENT):
            node = items.get("node")
            ns = next((n for n, list_node in DEVICE_LIST_NODE.items() if list_node == node), None)
            if ns is None:
                continue
            item = items.find("{%s}item" % PUBSUB_EVENT)
            element = item.find("{%s}%s" % (ns, "list" if ns == OLD else "devices")) if item is not None else None
            async with self.lock:
                try:
                    parser = oldmemo.etree if ns == OLD else twomemo.etree
                    devices = parser.parse_device_list(element) if element is not None else {}
                    await self.manager.update_device_list(ns, sender, devices)
                    self.known_lists.add((ns, sender))
                    emit(event="device-list", jid=sender, namespace=SHORT[ns], devices=sorted(devices))
                except Exception as e:
                    emit(event="error", message="device list of %s: %s" % (sender, describe(e)))

    async def decrypt(self, msg, sender, ns, encrypted, room=None):
        base = {"from": str(msg["from"]), "jid": sender, "namespace": SHORT[ns]}
        if room is not None:
            base.update(room=room, nick=msg["from"].resource)
        header = encrypted.find("{%s}header" % ns)
        try:
            device_id = int(header.get("sid")) if header is not None else None
        except (TypeError, ValueError):
            device_id = None
        async with self.lock:
            try:
                if ns == OLD:
                    message = await oldmemo.etree.parse_message(encrypted, sender, self.own, self.manager)
                else:
                    message = twomemo.etree.parse_message(encrypted, sender)
                plaintext, device, _ = await self.manager.decrypt(message)
            except Exception as e:
                emit(event="decrypt-error", device=device_id, reason=describe(e), **base)
                return
        kex = any(k is not None for _, k in message.keys)
        if plaintext is None:
            emit(event="empty-message", device=device.device_id, key_exchange=kex, **base)
            return
        try:
            body = plaintext.decode("utf-8") if ns == OLD else self.open_envelope(plaintext, sender)
        except Exception as e:
            emit(event="decrypt-error", device=device_id, reason=describe(e), **base)
            return
        delay = msg.xml.find("{urn:xmpp:delay}delay")
        emit(event="message", body=body, device=device.device_id, trust=device.trust_level_name,
             fingerprint=fingerprint(device.identity_key), msgid=msg["id"], key_exchange=kex,
             delay=delay.get("stamp") if delay is not None else None, **base)

    # --- session ------------------------------------------------------------------------------------------

    async def session_start(self, _):
        try:
            await self.xmpp.get_roster()
            # The caps hash must cover the +notify features: add_interest() computed it before the session was
            # bound, and ejabberd checks the hash (a wrong one: no +notify notifications for us).
            await self.xmpp["xep_0115"].update_caps(broadcast=False)
            PeerSessionManager.peer = self
            storage = self.storage = JsonStorage(self.args.store)
            async with self.lock:
                # Available before publishing: ejabberd sends a PEP item to the +notify contacts that the
                # PUBLISHING resource knows as available, so a publish before the initial presence reaches
                # nobody. Offline messages coming meanwhile wait for the lock, i.e. for the SessionManager.
                self.xmpp.send_presence()
                self.manager = await PeerSessionManager.create(
                    [oldmemo.Oldmemo(storage), twomemo.Twomemo(storage)], storage, self.own, None, "undecided")
                for ns in (OLD, TWO):
                    await self.manager.refresh_device_list(ns, self.own)  # adds us if the list lost us
                    self.known_lists.add((ns, self.own))
            await self.ping()  # offline messages come right after the initial presence, before this answer
            async with self.lock:  # decryptions of the offline messages queued before us are done
                await self.manager.after_history_sync()
                device, _ = await self.manager.get_own_device_information()
        except Exception as e:
            self.fail("OMEMO setup failed: " + describe(e))
            return
        emit(event="online", jid=str(self.xmpp.boundjid), device=device.device_id,
             fingerprint=fingerprint(device.identity_key))
        if not self.online.done():
            self.online.set_result(True)

    async def ping(self):
        iq = self.xmpp.make_iq_get(ito=self.xmpp.boundjid.domain)
        iq.xml.append(ET.Element("{urn:xmpp:ping}ping"))
        await iq.send(timeout=20)

    def device_json(self, device):
        return {"id": device.device_id, "namespaces": sorted(SHORT.get(n, n) for n in device.namespaces),
                "active": {SHORT.get(n, n): a for n, a in device.active},
                "fingerprint": fingerprint(device.identity_key), "trust": device.trust_level_name,
                "label": device.label}

    async def find_device(self, jid, device_id):
        device = next((d for d in await self.manager.get_device_information(jid) if d.device_id == device_id),
                      None)
        if device is None:
            raise RuntimeError("no device %s of %s known" % (device_id, jid))
        return device

    async def run_command(self, command):
        cmd = command.get("cmd")
        done = {"event": "done", "id": command.get("id")}
        try:
            async with self.lock:
                await self.omemo_command(cmd, command)
        except Exception as e:
            done["error"] = describe(e)
        emit(**done)

    async def omemo_command(self, cmd, command):
        m = self.manager
        if cmd == "send":
            to = slixmpp.JID(command["to"]).bare
            ns = NAMES[command.get("namespace", "twomemo")]
            for jid in (to, self.own):
                if (ns, jid) not in self.known_lists:
                    await m.refresh_device_list(ns, jid)
                    self.known_lists.add((ns, jid))
            body = command["body"]
            plaintext = body.encode("utf-8") if ns == OLD else self.envelope(body, self.own)
            messages, errors = await m.encrypt(frozenset([to]), {ns: plaintext}, [ns])
            msgid = command.get("msgid") or self.xmpp.new_id()
            xml = None
            devices = []
            for message in messages:
                xml = self.send_encrypted(message, to, body, msgid)
                devices += [[k.bare_jid, k.device_id] for k, _ in message.keys]
            emit(event="sent", to=to, namespace=SHORT[ns], msgid=msgid, devices=devices, xml=xml,
                 errors=[{"jid": e.bare_jid, "device": e.device_id, "reason": describe(e.exception)}
                         for e in errors])
        elif cmd == "devices":
            jid = slixmpp.JID(command["jid"]).bare
            for ns in (OLD, TWO):
                await m.refresh_device_list(ns, jid)
                self.known_lists.add((ns, jid))
            devices = sorted(await m.get_device_information(jid), key=lambda d: d.device_id)
            emit(event="devices", jid=jid, devices=[self.device_json(d) for d in devices])
        elif cmd == "own":
            device, others = await m.get_own_device_information()
            emit(event="own", jid=self.own, device=device.device_id, fingerprint=fingerprint(device.identity_key),
                 namespaces=sorted(SHORT[n] for n in device.namespaces),
                 others=[self.device_json(d) for d in sorted(others, key=lambda d: d.device_id)])
        elif cmd == "trust":
            level = command["level"]
            if level not in TRUST_LEVELS:
                raise ValueError("unknown trust level %r" % level)
            jid = slixmpp.JID(command["jid"]).bare
            device = await self.find_device(jid, int(command["device"]))
            await m.set_trust(jid, device.identity_key, level)
        elif cmd == "break-session":
            jid = slixmpp.JID(command["jid"]).bare
            device_id = int(command["device"])
            namespaces = [NAMES[command["namespace"]]] if command.get("namespace") else [OLD, TWO]
            for ns in namespaces:  # oldmemo/twomemo load no session without its double ratchet
                await self.storage.delete("/%s/%s/%d/double_ratchet" % (ns, jid, device_id))
        elif cmd == "replace-sessions":
            jid = slixmpp.JID(command["jid"]).bare
            failed = await m.replace_sessions(await self.find_device(jid, int(command["device"])))
            if failed:
                raise RuntimeError("; ".join("%s: %s" % (SHORT[n], describe(e)) for n, e in failed.items()))
        elif cmd == "subscribe-devices":
            jid = slixmpp.JID(command["jid"]).bare
            for ns in (OLD, TWO):
                await self.pubsub_iq("set", jid, PUBSUB, "subscribe", {"node": DEVICE_LIST_NODE[ns], "jid": self.own})
        elif cmd == "sync":
            await self.ping()
        elif cmd == "join":
            await self.xmpp["xep_0045"].join_muc_wait(slixmpp.JID(command["room"]), command["nick"], maxstanzas=0,
                                                       timeout=20)
        elif cmd == "room-send":
            room = slixmpp.JID(command["room"]).bare
            ns = NAMES[command.get("namespace", "twomemo")]
            muc = self.xmpp["xep_0045"]
            members = {slixmpp.JID(j).bare for j in command.get("members", [])}
            for nick in muc.get_roster(slixmpp.JID(room)) or []:
                real = muc.get_jid_property(slixmpp.JID(room), nick, "jid")
                if real:
                    members.add(slixmpp.JID(real).bare)
            members.discard(self.own)
            if not members:
                raise RuntimeError("no member with a known real JID in %s" % room)
            for jid in sorted(members) + [self.own]:
                if (ns, jid) not in self.known_lists:
                    await m.refresh_device_list(ns, jid)
                    self.known_lists.add((ns, jid))
            body = command["body"]
            plaintext = body.encode("utf-8") if ns == OLD else self.envelope(body, self.own)
            messages, errors = await m.encrypt(frozenset(members), {ns: plaintext}, [ns])
            msgid = command.get("msgid") or self.xmpp.new_id()
            xml = None
            devices = []
            for message in messages:
                xml = self.send_encrypted(message, room, body, msgid, "groupchat")
                devices += [[k.bare_jid, k.device_id] for k, _ in message.keys]
            emit(event="sent", to=room, namespace=SHORT[ns], msgid=msgid, devices=devices, xml=xml,
                 errors=[{"jid": e.bare_jid, "device": e.device_id, "reason": describe(e.exception)}
                         for e in errors])
        elif cmd == "upload-encrypted":
            await self.upload_encrypted(command)
        elif cmd == "download-encrypted":
            loop = asyncio.get_event_loop()
            size, digest = await loop.run_in_executor(None, self.download_encrypted, command["link"])
            emit(event="downloaded", size=size, sha256=digest)
        else:
            raise ValueError("unknown command %r" % cmd)

    # --- XEP-0454 files -----------------------------------------------------------------------------------

    def https(self, url):
        """An HTTPS connection for url's host and port, made to --host (the test server on 127.0.0.1)."""
        import http.client
        import socket
        import ssl
        context = ssl.create_default_context(cafile=self.args.ca_file)
        host, port, loopback = url.hostname, url.port or 443, self.args.host

        class Connection(http.client.HTTPSConnection):
            def connect(self):
                raw = socket.create_connection((loopback, port), timeout=30)
                self.sock = context.wrap_socket(raw, server_hostname=host)

        return Connection(host, port, context=context, timeout=30)

    async def upload_encrypted(self, command):
        import base64
        import urllib.parse
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        data = base64.b64decode(command["data"])
        key, iv = os.urandom(32), os.urandom(12)
        body = AESGCM(key).encrypt(iv, data, None)  # ciphertext || tag
        iq = self.xmpp.make_iq_get(ito=command["service"])
        ET.SubElement(iq.xml, "{urn:xmpp:http:upload:0}request", filename=command.get("filename", "file.bin"),
                      size=str(len(body)), **{"content-type": "application/octet-stream"})
        answer = await iq.send(timeout=20)
        slot = answer.xml.find("{urn:xmpp:http:upload:0}slot")
        put = slot.find("{urn:xmpp:http:upload:0}put")
        get = slot.find("{urn:xmpp:http:upload:0}get").get("url")
        headers = {"Content-Type": "application/octet-stream", "Content-Length": str(len(body))}
        for header in put.findall("{urn:xmpp:http:upload:0}header"):
            headers[header.get("name")] = header.text or ""
        put_url = urllib.parse.urlsplit(put.get("url"))

        def do_put():
            connection = self.https(put_url)
            path = put_url.path + ("?" + put_url.query if put_url.query else "")
            connection.request("PUT", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            connection.close()
            return response.status

        status = await asyncio.get_event_loop().run_in_executor(None, do_put)
        if status not in (200, 201):
            raise RuntimeError("PUT answered %d" % status)
        link = "aesgcm" + get[len("https"):] + "#" + iv.hex() + key.hex()
        emit(event="uploaded", link=link, get=get)

    def download_encrypted(self, link):
        import hashlib
        import urllib.parse
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        url = urllib.parse.urlsplit(link)
        if url.scheme != "aesgcm" or len(url.fragment) not in (88, 96):
            raise ValueError("not an aesgcm link: %r" % link)
        secret = bytes.fromhex(url.fragment)
        iv, key = secret[:-32], secret[-32:]
        connection = self.https(url)
        connection.request("GET", url.path + ("?" + url.query if url.query else ""))
        response = connection.getresponse()
        body = response.read()
        connection.close()
        if response.status != 200:
            raise RuntimeError("GET answered %d" % response.status)
        data = AESGCM(key).decrypt(iv, body, None)
        return len(data), hashlib.sha256(data).hexdigest()

    def handle(self, command):
        x = self.xmpp
        cmd = command.get("cmd")
        if cmd == "raw":
            x.send_raw(command["xml"])
        elif cmd == "subscribe":
            x.send_presence(pto=slixmpp.JID(command["to"]).bare, ptype="subscribe")
        elif cmd == "quit":
            x.send_presence(ptype="unavailable")
            x.disconnect()
            if not self.finished.done():
                self.finished.set_result(0)
        else:
            asyncio.ensure_future(self.run_command(command))
            return
        if "id" in command:
            emit(event="done", id=command["id"])

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
                emit(event="error", message=describe(e))

    async def run(self):
        self.xmpp.connect(address=(self.args.host, self.args.port), force_starttls=True)
        try:
            await asyncio.wait_for(self.online, self.args.timeout)
        except Exception as e:
            print("peer_omemo: login failed: %s" % (e or "timed out"), file=sys.stderr)
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
    parser.add_argument("--store", required=True)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--log", help="append slixmpp's and python-omemo's debug log (every stanza) to this file")
    args = parser.parse_args()
    if args.log:
        logging.basicConfig(filename=args.log, level=logging.DEBUG,
                            format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if "BALCONY_PASSWORD" not in os.environ:
        print("peer_omemo: set BALCONY_PASSWORD", file=sys.stderr)
        return 2
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return loop.run_until_complete(Peer(args).run())


if __name__ == "__main__":
    sys.exit(main())
