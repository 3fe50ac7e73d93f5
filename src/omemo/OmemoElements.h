#pragma once

#include "core/Element.h"
#include "core/Jid.h"
#include "storage/E2eKeyStore.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace balcony::omemo {

// The XML of XEP-0384 in both wire formats Balcony speaks: OMEMO 0.3 (`eu.siacs.conversations.axolotl`, XEP-0384
// v0.3) and OMEMO 2 (`urn:xmpp:omemo:2`, v0.8). Parsing is bounded: what a contact publishes or sends is checked
// for counts and sizes before anything is kept, and a refused element says why.

QString legacyNs(); // eu.siacs.conversations.axolotl
QString v2Ns(); // urn:xmpp:omemo:2
QString xmlns(OmemoVersion version);
std::optional<OmemoVersion> versionOf(QStringView ns);
// PEP nodes: 0.3 `eu.siacs.conversations.axolotl.devicelist` (item "current") and one bundle node per device
// `eu.siacs.conversations.axolotl.bundles:<id>` (item "current"); 2 `urn:xmpp:omemo:2:devices` (item "current") and
// one node `urn:xmpp:omemo:2:bundles` with an item per device id.
QString deviceListNode(OmemoVersion version);
QString bundleNode(OmemoVersion version, quint32 device);
QString bundleItemId(OmemoVersion version, quint32 device);

// Limits on what is accepted from others.
constexpr int maxDevices = 128; // in a device list
constexpr int maxPreKeys = 200; // in a bundle
constexpr int maxKeyElements = 512; // <key/> elements in one message
constexpr int maxKeyBytes = 2048; // one encrypted key (a pre-key message is ~200 bytes)

struct DeviceListEntry {
    quint32 id = 0;
    QString label; // OMEMO 2 only
    bool operator==(const DeviceListEntry &) const = default;
};

// The payload of a device list item; nullopt (with `error`) if it is not one or exceeds the limits.
std::optional<QList<DeviceListEntry>> parseDeviceList(const Element &payload, OmemoVersion version, QString *error);
Element deviceListElement(const QList<DeviceListEntry> &devices, OmemoVersion version);

// A device's public keys (XEP-0384 §5.3.2). Keys are on the wire as each format has them: 0.3 the serialised
// Curve25519 form (0x05 + 32 bytes) for all three; 2 the identity key as Ed25519 (32 bytes) and the pre-keys as
// raw Curve25519 (32 bytes).
struct Bundle {
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;
    QByteArray signature;
    QByteArray identityKey;
    QMap<quint32, QByteArray> preKeys;
    bool operator==(const Bundle &) const = default;
};
std::optional<Bundle> parseBundle(const Element &payload, OmemoVersion version, QString *error);
Element bundleElement(const Bundle &bundle, OmemoVersion version);

// One <key/>: the message key encrypted for device `rid` of `jid` (OMEMO 2 groups the keys by JID; 0.3 does
// not, and `jid` stays null there).
struct KeyEntry {
    Jid jid;
    quint32 rid = 0;
    bool preKey = false; // 0.3 prekey='true', 2 kex='true'
    QByteArray data;
    bool operator==(const KeyEntry &) const = default;
};

struct Encrypted {
    OmemoVersion version = OmemoVersion::Legacy;
    quint32 sid = 0; // the sending device
    QList<KeyEntry> keys;
    QByteArray iv; // 0.3 only
    std::optional<QByteArray> payload; // none: a key transport / heartbeat message
    bool operator==(const Encrypted &) const = default;
};

// The <encrypted/> child of a message in either namespace (null if none).
Element findEncrypted(const Element &message);
std::optional<Encrypted> parseEncrypted(const Element &encrypted, QString *error);
Element encryptedElement(const Encrypted &encrypted);

// The fingerprint users compare: the identity key (Curve25519, 32 bytes, without the 0x05 prefix) as lower-case
// hex in groups of eight, as Conversations, Dino and Gajim show it.
QString fingerprint(const QByteArray &identityKey);

} // namespace balcony::omemo
