#include "omemo/OmemoElements.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace balcony::omemo {

namespace {

std::optional<quint32> deviceIdFrom(const QString &text)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || value == 0 || value > 0x7fffffffULL) {
        return std::nullopt; // XEP-0384: device ids are 1 .. 2^31 - 1
    }
    return quint32(value);
}

// Base64 text of a bounded size: nullopt if it is not Base64 or decodes to more than `maxBytes` (or nothing).
std::optional<QByteArray> base64From(const QString &text, qsizetype maxBytes)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > (maxBytes + 2) / 3 * 4 + 8) {
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(trimmed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > maxBytes) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QString base64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

bool fail(QString *error, const QString &why)
{
    if (error) {
        *error = why;
    }
    return false;
}

} // namespace

QString legacyNs()
{
    return u"eu.siacs.conversations.axolotl"_s;
}

QString v2Ns()
{
    return u"urn:xmpp:omemo:2"_s;
}

QString xmlns(OmemoVersion version)
{
    return version == OmemoVersion::Legacy ? legacyNs() : v2Ns();
}

std::optional<OmemoVersion> versionOf(QStringView ns)
{
    if (ns == legacyNs()) {
        return OmemoVersion::Legacy;
    }
    if (ns == v2Ns()) {
        return OmemoVersion::V2;
    }
    return std::nullopt;
}

QString deviceListNode(OmemoVersion version)
{
    return version == OmemoVersion::Legacy ? u"eu.siacs.conversations.axolotl.devicelist"_s
                                           : u"urn:xmpp:omemo:2:devices"_s;
}

QString bundleNode(OmemoVersion version, quint32 device)
{
    return version == OmemoVersion::Legacy ? u"eu.siacs.conversations.axolotl.bundles:"_s + QString::number(device)
                                           : u"urn:xmpp:omemo:2:bundles"_s;
}

QString bundleItemId(OmemoVersion version, quint32 device)
{
    return version == OmemoVersion::Legacy ? u"current"_s : QString::number(device);
}

std::optional<QList<DeviceListEntry>> parseDeviceList(const Element &payload, OmemoVersion version, QString *error)
{
    const QString name = version == OmemoVersion::Legacy ? u"list"_s : u"devices"_s;
    if (payload.name() != name || payload.ns() != xmlns(version)) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The device list is not an OMEMO device list."));
        return std::nullopt;
    }
    QList<DeviceListEntry> devices;
    QSet<quint32> seen;
    for (const Element &child : payload.childElements()) {
        if (child.name() != u"device"_s || child.ns() != payload.ns()) {
            continue;
        }
        const std::optional<quint32> id = deviceIdFrom(child.attribute(u"id"));
        if (!id) {
            continue; // one bad entry does not hide the others
        }
        if (seen.contains(*id)) {
            continue;
        }
        if (devices.size() >= maxDevices) {
            fail(error,
                QCoreApplication::translate(
                    "balcony::omemo", "The device list names more than %1 devices; it is not accepted.")
                    .arg(maxDevices));
            return std::nullopt;
        }
        seen.insert(*id);
        DeviceListEntry entry { *id, QString() };
        if (version == OmemoVersion::V2) {
            entry.label = child.attribute(u"label").left(64);
        }
        devices.append(entry);
    }
    return devices;
}

Element deviceListElement(const QList<DeviceListEntry> &devices, OmemoVersion version)
{
    Element list(version == OmemoVersion::Legacy ? u"list"_s : u"devices"_s, xmlns(version));
    for (const DeviceListEntry &entry : devices) {
        Element device(u"device"_s, xmlns(version));
        device.setAttribute(u"id"_s, QString::number(entry.id));
        if (version == OmemoVersion::V2 && !entry.label.isEmpty()) {
            device.setAttribute(u"label"_s, entry.label);
        }
        list.appendChild(device);
    }
    return list;
}

std::optional<Bundle> parseBundle(const Element &payload, OmemoVersion version, QString *error)
{
    if (payload.name() != u"bundle"_s || payload.ns() != xmlns(version)) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The key bundle is not an OMEMO bundle."));
        return std::nullopt;
    }
    const QString ns = payload.ns();
    const bool legacy = version == OmemoVersion::Legacy;
    const qsizetype keySize = legacy ? 33 : 32;
    const Element spk = payload.firstChild(legacy ? u"signedPreKeyPublic" : u"spk", ns);
    const Element spks = payload.firstChild(legacy ? u"signedPreKeySignature" : u"spks", ns);
    const Element ik = payload.firstChild(legacy ? u"identityKey" : u"ik", ns);
    const std::optional<quint32> spkId = [&]() -> std::optional<quint32> {
        bool ok = false;
        const qulonglong v = spk.attribute(legacy ? u"signedPreKeyId" : u"id").toULongLong(&ok);
        return ok && v <= 0xffffffffULL ? std::optional<quint32>(quint32(v)) : std::nullopt;
    }();
    const std::optional<QByteArray> spkData = base64From(spk.text(), keySize);
    const std::optional<QByteArray> signature = base64From(spks.text(), 64);
    const std::optional<QByteArray> identity = base64From(ik.text(), keySize);
    if (spk.isNull() || !spkId || !spkData || spkData->size() != keySize || !signature || signature->size() != 64
        || !identity || identity->size() != keySize) {
        fail(error,
            QCoreApplication::translate(
                "balcony::omemo", "The key bundle lacks a valid signed pre-key, signature or identity key."));
        return std::nullopt;
    }
    if (legacy && (spkData->at(0) != 0x05 || identity->at(0) != 0x05)) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The key bundle has keys of an unknown type."));
        return std::nullopt;
    }
    Bundle bundle { *spkId, *spkData, *signature, *identity, {} };
    const Element prekeys = payload.firstChild(u"prekeys", ns);
    int seen = 0;
    for (const Element &pk : prekeys.childElements()) {
        if (pk.name() != (legacy ? u"preKeyPublic"_s : u"pk"_s) || pk.ns() != ns) {
            continue;
        }
        if (++seen > maxPreKeys) {
            break; // enough to choose from; the rest is not kept
        }
        bool ok = false;
        const qulonglong id = pk.attribute(legacy ? u"preKeyId" : u"id").toULongLong(&ok);
        const std::optional<QByteArray> key = base64From(pk.text(), keySize);
        if (!ok || id > 0xffffffffULL || !key || key->size() != keySize || (legacy && key->at(0) != 0x05)) {
            continue;
        }
        bundle.preKeys.insert(quint32(id), *key);
    }
    if (bundle.preKeys.isEmpty()) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The key bundle has no usable pre-key."));
        return std::nullopt;
    }
    return bundle;
}

Element bundleElement(const Bundle &bundle, OmemoVersion version)
{
    const bool legacy = version == OmemoVersion::Legacy;
    const QString ns = xmlns(version);
    Element element(u"bundle"_s, ns);
    Element spk(legacy ? u"signedPreKeyPublic"_s : u"spk"_s, ns);
    spk.setAttribute(legacy ? u"signedPreKeyId"_s : u"id"_s, QString::number(bundle.signedPreKeyId));
    spk.setText(base64(bundle.signedPreKey));
    element.appendChild(spk);
    element.appendTextChild(legacy ? u"signedPreKeySignature"_s : u"spks"_s, ns, base64(bundle.signature));
    element.appendTextChild(legacy ? u"identityKey"_s : u"ik"_s, ns, base64(bundle.identityKey));
    Element prekeys(u"prekeys"_s, ns);
    for (auto it = bundle.preKeys.cbegin(); it != bundle.preKeys.cend(); ++it) {
        Element pk(legacy ? u"preKeyPublic"_s : u"pk"_s, ns);
        pk.setAttribute(legacy ? u"preKeyId"_s : u"id"_s, QString::number(it.key()));
        pk.setText(base64(it.value()));
        prekeys.appendChild(pk);
    }
    element.appendChild(prekeys);
    return element;
}

Element findEncrypted(const Element &message)
{
    Element found = message.firstChild(u"encrypted", v2Ns());
    if (found.isNull()) {
        found = message.firstChild(u"encrypted", legacyNs());
    }
    return found;
}

std::optional<Encrypted> parseEncrypted(const Element &element, QString *error)
{
    const std::optional<OmemoVersion> version = versionOf(element.ns());
    if (element.name() != u"encrypted"_s || !version) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The message has no OMEMO content."));
        return std::nullopt;
    }
    const QString ns = element.ns();
    const Element header = element.firstChild(u"header", ns);
    const std::optional<quint32> sid = deviceIdFrom(header.attribute(u"sid"));
    if (header.isNull() || !sid) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The OMEMO header names no sending device."));
        return std::nullopt;
    }
    Encrypted encrypted;
    encrypted.version = *version;
    encrypted.sid = *sid;
    int count = 0;
    auto addKey = [&](const Element &key, const Jid &jid) {
        if (key.name() != u"key"_s || key.ns() != ns) {
            return true;
        }
        if (++count > maxKeyElements) {
            return fail(error,
                QCoreApplication::translate("balcony::omemo", "The OMEMO header has more than %1 keys.")
                    .arg(maxKeyElements));
        }
        const std::optional<quint32> rid = deviceIdFrom(key.attribute(u"rid"));
        const std::optional<QByteArray> data = base64From(key.text(), maxKeyBytes);
        if (!rid || !data) {
            return true; // a bad key for some device does not stop ours
        }
        const QString flag = key.attribute(*version == OmemoVersion::Legacy ? u"prekey" : u"kex");
        encrypted.keys.append({ jid, *rid, flag == u"true"_s || flag == u"1"_s, *data });
        return true;
    };
    for (const Element &child : header.childElements()) {
        if (*version == OmemoVersion::Legacy) {
            if (child.name() == u"iv"_s && child.ns() == ns) {
                const std::optional<QByteArray> iv = base64From(child.text(), 32);
                if (iv) {
                    encrypted.iv = *iv;
                }
            } else if (!addKey(child, Jid())) {
                return std::nullopt;
            }
        } else if (child.name() == u"keys"_s && child.ns() == ns) {
            const std::optional<Jid> jid = Jid::parse(child.attribute(u"jid"));
            if (!jid || jid->isNull()) {
                continue;
            }
            for (const Element &key : child.childElements()) {
                if (!addKey(key, jid->bare())) {
                    return std::nullopt;
                }
            }
        }
    }
    const Element payload = element.firstChild(u"payload", ns);
    if (!payload.isNull()) {
        const std::optional<QByteArray> data = base64From(payload.text(), 256 * 1024);
        if (!data) {
            fail(error,
                QCoreApplication::translate("balcony::omemo", "The OMEMO payload is not valid Base64 or too large."));
            return std::nullopt;
        }
        encrypted.payload = *data;
    }
    if (*version == OmemoVersion::Legacy && encrypted.payload && encrypted.iv.size() != 12
        && encrypted.iv.size() != 16) {
        fail(error, QCoreApplication::translate("balcony::omemo", "The OMEMO header has no valid IV."));
        return std::nullopt;
    }
    return encrypted;
}

Element encryptedElement(const Encrypted &encrypted)
{
    const QString ns = xmlns(encrypted.version);
    Element element(u"encrypted"_s, ns);
    Element header(u"header"_s, ns);
    header.setAttribute(u"sid"_s, QString::number(encrypted.sid));
    auto keyElement = [&](const KeyEntry &entry) {
        Element key(u"key"_s, ns);
        key.setAttribute(u"rid"_s, QString::number(entry.rid));
        if (entry.preKey) {
            key.setAttribute(encrypted.version == OmemoVersion::Legacy ? u"prekey"_s : u"kex"_s, u"true"_s);
        }
        key.setText(base64(entry.data));
        return key;
    };
    if (encrypted.version == OmemoVersion::Legacy) {
        for (const KeyEntry &entry : encrypted.keys) {
            header.appendChild(keyElement(entry));
        }
        header.appendTextChild(u"iv"_s, ns, base64(encrypted.iv));
    } else {
        QList<Jid> order;
        for (const KeyEntry &entry : encrypted.keys) {
            if (!order.contains(entry.jid)) {
                order.append(entry.jid);
            }
        }
        for (const Jid &jid : order) {
            Element keys(u"keys"_s, ns);
            keys.setAttribute(u"jid"_s, jid.bareString());
            for (const KeyEntry &entry : encrypted.keys) {
                if (entry.jid == jid) {
                    keys.appendChild(keyElement(entry));
                }
            }
            header.appendChild(keys);
        }
    }
    element.appendChild(header);
    if (encrypted.payload) {
        element.appendTextChild(u"payload"_s, ns, base64(*encrypted.payload));
    }
    return element;
}

QString fingerprint(const QByteArray &identityKey)
{
    const QByteArray raw = identityKey.size() == 33 ? identityKey.mid(1) : identityKey;
    const QString hex = QString::fromLatin1(raw.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8) {
        groups.append(hex.mid(i, 8));
    }
    return groups.join(u' ');
}

} // namespace balcony::omemo
