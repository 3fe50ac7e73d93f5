// The encrypted-session half of CliSession (issue 5, "CLI"): publish-offline-options (XEP-0187 §Publishing),
// send through EsessionManager (policy, --encrypt, --allow-plaintext), keys (XEP-0189 fetch and pinning,
// fingerprint verification), policy, and the e2e fields of listen.
#include "CliSession.h"
#include "ExitCode.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/EsessionManager.h"
#include "esession/KeyVerification.h"
#include "im/MessageManager.h"
#include "omemo/OmemoElements.h"
#include "omemo/OmemoManager.h"
#include "storage/E2eKeyStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <utility>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString policyName(E2ePolicy policy)
{
    switch (policy) {
    case E2ePolicy::Never:
        return u"never"_s;
    case E2ePolicy::WhenPossible:
        return u"possible"_s;
    case E2ePolicy::Always:
        return u"always"_s;
    }
    return QString();
}

QString keyState(const ContactKey &key)
{
    if (key.verified) {
        return u"verified"_s;
    }
    // Trust on first use (PublicKeyManager): a later, different key is not trusted until verified.
    return key.pinned ? u"pinned"_s : u"changed"_s;
}

QJsonObject keyJson(const ContactKey &key)
{
    return QJsonObject {
        { u"jid"_s, key.jid.toString() },
        { u"fingerprint"_s, QString::fromLatin1(key.fingerprint.toHex()) },
        { u"keyId"_s, KeyVerification::keyId(key.der) },
        { u"state"_s, keyState(key) },
        { u"trusted"_s, key.isTrusted() },
        { u"firstSeen"_s, key.firstSeen.toUTC().toString(Qt::ISODate) },
    };
}

QString omemoTrustName(OmemoTrust trust)
{
    switch (trust) {
    case OmemoTrust::Undecided:
        return u"undecided"_s;
    case OmemoTrust::Blind:
        return u"blind"_s;
    case OmemoTrust::Verified:
        return u"verified"_s;
    case OmemoTrust::Distrusted:
        return u"distrusted"_s;
    }
    return QString();
}

QJsonObject omemoDeviceJson(const OmemoDevice &device)
{
    return QJsonObject {
        { u"jid"_s, device.jid.toString() },
        { u"omemo"_s, device.version == OmemoVersion::Legacy ? u"0.3"_s : u"2"_s },
        { u"device"_s, qint64(device.id) },
        { u"fingerprint"_s,
            device.identityKey.isEmpty() ? QJsonValue()
                                         : QJsonValue(omemo::fingerprint(device.identityKey).remove(u' ')) },
        { u"trust"_s, omemoTrustName(device.trust) },
        { u"active"_s, device.active },
    };
}

QString omemoDeviceLine(const OmemoDevice &device)
{
    return QCoreApplication::translate("balcony::CliSession", "%1  OMEMO %2 device %3  %4  %5%6")
        .arg(device.jid.toString(), device.version == OmemoVersion::Legacy ? u"0.3"_s : u"2"_s,
            QString::number(device.id),
            device.identityKey.isEmpty()
                ? QCoreApplication::translate("balcony::CliSession", "(fingerprint not known yet)")
                : omemo::fingerprint(device.identityKey),
            omemoTrustName(device.trust),
            device.active ? QString() : QCoreApplication::translate("balcony::CliSession", " (no longer listed)"));
}

QString statusName(MessageE2eStatus status)
{
    switch (status) {
    case MessageE2eStatus::Encrypted:
        return u"encrypted"_s;
    case MessageE2eStatus::Decrypted:
        return u"decrypted"_s;
    case MessageE2eStatus::Undecryptable:
        return u"undecryptable"_s;
    case MessageE2eStatus::Rejected:
        return u"rejected"_s;
    }
    return QString();
}

} // namespace

bool CliSession::usesEsessionSend() const
{
    if (m_options.command != Command::Send || m_options.flushOnly) {
        return false;
    }
    // The decision is the engine's (ChatSender), shared with the desktop app.
    return m_account->chatSender()->encrypts(m_options.to, sendOptions());
}

ChatSender::Options CliSession::sendOptions() const
{
    ChatSender::Options options;
    options.requireEncryption = m_options.encrypt;
    options.allowPlaintext = m_options.allowPlaintext;
    options.esessionOnly = m_options.esessionOnly;
    return options;
}

bool CliSession::runLocalCommand()
{
    if (m_options.command == Command::Policy) {
        runPolicy();
        return true;
    }
    if (m_options.command == Command::Keys && m_options.keysAction != KeysAction::Fetch) {
        if (m_options.keysAction == KeysAction::Verify) {
            verifyKey();
        } else {
            listKeys();
        }
        return true;
    }
    return false;
}

void CliSession::runPolicy()
{
    E2eKeyStore *store = m_account->e2eKeyStore();
    const Jid contact = m_options.to;
    if (m_options.policy && !store->setPolicy(contact, m_options.policy)) {
        finish(ExitOther, tr("The policy could not be stored."));
        return;
    }
    const std::optional<E2ePolicy> own = store->ownPolicy(contact);
    const E2ePolicy effective = store->effectivePolicy(contact);
    if (m_options.json) {
        printJson({ { u"jid"_s, contact.isNull() ? QJsonValue() : QJsonValue(contact.toString()) },
            { u"policy"_s, policyName(effective) }, { u"own"_s, own.has_value() } });
    } else if (contact.isNull()) {
        m_out << tr("global policy: %1").arg(policyName(effective)) << Qt::endl;
    } else {
        m_out << (own ? tr("policy for %1: %2").arg(contact.toString(), policyName(effective))
                      : tr("policy for %1: %2 (the global default)").arg(contact.toString(), policyName(effective)))
              << Qt::endl;
    }
    finish(ExitOk);
}

void CliSession::listKeys()
{
    QString error;
    const crypto::PrivateKey *own = m_account->esessions()->keys().ownKey(&error);
    const QList<ContactKey> keys = m_account->e2eKeyStore()->allContactKeys();
    const QString ownFingerprint = own ? KeyVerification::fingerprintText(own->publicKey().fingerprint()) : QString();
    OmemoManager *omemo = m_account->omemo();
    const bool omemoOpen = omemo && omemo->open();
    if (m_options.json) {
        QJsonArray contacts;
        for (const ContactKey &key : keys) {
            contacts.append(keyJson(key));
        }
        QJsonArray omemoDevices;
        for (const OmemoDevice &device : m_account->e2eKeyStore()->allOmemoDevices()) {
            omemoDevices.append(omemoDeviceJson(device));
        }
        printJson({ { u"jid"_s, m_options.settings.jid.bareString() },
            { u"fingerprint"_s,
                own ? QJsonValue(QString::fromLatin1(own->publicKey().fingerprint().toHex())) : QJsonValue() },
            { u"keyId"_s, own ? QJsonValue(PublicKeyManager::keyId(own->publicKey())) : QJsonValue() },
            { u"contacts"_s, contacts },
            { u"omemo"_s,
                QJsonObject { { u"device"_s, omemoOpen ? QJsonValue(qint64(omemo->deviceId())) : QJsonValue() },
                    { u"fingerprint"_s, omemoOpen ? QJsonValue(omemo->ownFingerprint().remove(u' ')) : QJsonValue() },
                    { u"devices"_s, omemoDevices } } } });
    } else {
        // The fingerprint shown is SHA-256 of the DER public key; other clients may show the XEP-0189 key id,
        // so that is printed too (keys --verify accepts either).
        m_out << tr("own key:  %1").arg(own ? ownFingerprint : tr("unavailable (%1)").arg(error)) << Qt::endl;
        if (own) {
            m_out << tr("own key id (XEP-0189):  %1").arg(PublicKeyManager::keyId(own->publicKey())) << Qt::endl;
        }
        for (const ContactKey &key : keys) {
            m_out << tr("%1  %2  %3")
                         .arg(key.jid.toString(), KeyVerification::fingerprintText(key.fingerprint), keyState(key))
                  << Qt::endl;
        }
        if (omemoOpen) {
            m_out << tr("own OMEMO device %1:  %2").arg(QString::number(omemo->deviceId()), omemo->ownFingerprint())
                  << Qt::endl;
        }
        for (const OmemoDevice &device : m_account->e2eKeyStore()->allOmemoDevices()) {
            m_out << omemoDeviceLine(device) << Qt::endl;
        }
    }
    if (!own) {
        finish(ExitOther, error);
        return;
    }
    finish(ExitOk);
}

void CliSession::verifyKey()
{
    // Balcony's fingerprint or the XEP-0189 key id another client showed: KeyVerification matches either.
    // An OMEMO device of the contact with this fingerprint (as Conversations, Dino and Gajim show it)?
    if (OmemoManager *omemo = m_account->omemo()) {
        if (const std::optional<OmemoDevice> device
            = omemo->deviceByFingerprint(m_options.to, QString::fromLatin1(m_options.fingerprint))) {
            if (!omemo->setTrust(device->jid, device->version, device->id, OmemoTrust::Verified)) {
                finish(ExitOther, tr("The key could not be marked verified."));
                return;
            }
            OmemoDevice verifiedDevice = *device;
            verifiedDevice.trust = OmemoTrust::Verified;
            if (m_options.json) {
                printJson(omemoDeviceJson(verifiedDevice));
            } else {
                m_out << tr("verified %1").arg(omemoDeviceLine(verifiedDevice)) << Qt::endl;
            }
            finish(ExitOk);
            return;
        }
    }
    const KeyVerification verified = KeyVerification::verify(m_account->esessions()->keys(), *m_account->e2eKeyStore(),
        m_options.to, QString::fromLatin1(m_options.fingerprint));
    switch (verified.status) {
    case KeyVerification::Status::NoKeys:
        finish(ExitKeyMismatch,
            tr("No key of %1 is known: fetch it first (keys --fetch %1).").arg(m_options.to.toString()));
        return;
    case KeyVerification::Status::Mismatch: {
        QStringList have;
        for (const ContactKey &key : verified.known) {
            have.append(KeyVerification::fingerprintText(key.fingerprint));
        }
        finish(ExitKeyMismatch,
            tr("The fingerprint does not match any key of %1 (known: %2); nothing was marked.")
                .arg(m_options.to.toString(), have.join(u", "_s)));
        return;
    }
    case KeyVerification::Status::Failed:
        finish(ExitOther, tr("The key could not be marked verified."));
        return;
    case KeyVerification::Status::Verified:
        break;
    }
    const QByteArray &fingerprint = verified.fingerprint;
    const bool byKeyId = verified.matchedByKeyId;
    if (m_options.json) {
        printJson(
            { { u"jid"_s, m_options.to.toString() }, { u"fingerprint"_s, QString::fromLatin1(fingerprint.toHex()) },
                { u"matched"_s, byKeyId ? u"keyId"_s : u"fingerprint"_s }, { u"state"_s, u"verified"_s } });
    } else if (byKeyId) {
        m_out << tr("verified %1  %2 (matched by its XEP-0189 key id)")
                     .arg(m_options.to.toString(), KeyVerification::fingerprintText(fingerprint))
              << Qt::endl;
    } else {
        m_out << tr("verified %1  %2").arg(m_options.to.toString(), KeyVerification::fingerprintText(fingerprint))
              << Qt::endl;
    }
    finish(ExitOk);
}

void CliSession::fetchKeys()
{
    const QPointer<CliSession> self(this);
    OmemoManager *omemo = m_account->omemo();
    if (omemo && !m_omemoFetched) {
        // OMEMO devices first (lists and bundles, so every device has its fingerprint), then the XEP-0189 keys.
        omemo->fetchDevices(m_options.to, [self](const QString &error) {
            if (!self || self->m_done || self->m_closing) {
                return;
            }
            self->m_omemoFetched = true;
            self->m_omemoDevicesFound = int(self->m_account->e2eKeyStore()->omemoDevices(self->m_options.to).size());
            if (!error.isEmpty() && self->m_omemoDevicesFound == 0) {
                self->m_err << tr("OMEMO devices: %1").arg(error) << Qt::endl;
            }
            self->fetchKeys(); // the XEP-0189 keys are printed first, the OMEMO devices after them
        });
        return;
    }
    m_account->esessions()->keys().fetchKeys(m_options.to, [self](const PublicKeyManager::FetchResult &result) {
        if (!self || self->m_done || self->m_closing) {
            return;
        }
        for (const ContactKey &key : result.keys) {
            const bool added = result.added.contains(key);
            if (self->m_options.json) {
                QJsonObject object = keyJson(key);
                object.insert(u"new"_s, added);
                self->printJson(object);
            } else {
                self->m_out << tr("%1  %2  %3%4")
                                   .arg(key.jid.toString(), KeyVerification::fingerprintText(key.fingerprint),
                                       keyState(key), added ? tr(" (new)") : QString())
                            << Qt::endl;
            }
        }
        // Then the OMEMO devices read before (their fingerprints known from the bundles).
        for (const OmemoDevice &device : self->m_account->e2eKeyStore()->omemoDevices(self->m_options.to)) {
            if (self->m_options.json) {
                self->printJson(omemoDeviceJson(device));
            } else {
                self->m_out << omemoDeviceLine(device) << Qt::endl;
            }
        }
        if (result.keys.isEmpty() && self->m_omemoDevicesFound == 0) {
            if (result.error) {
                self->finish(ExitRefused, result.error->message);
            } else {
                self->finish(ExitNotFound, tr("%1 has published no key.").arg(self->m_options.to.toString()));
            }
            return;
        }
        self->finish(ExitOk);
    });
}

void CliSession::publishOfflineOptions()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_options.expiresSeconds);
    const QPointer<CliSession> self(this);
    EsessionManager *esessions = m_account->esessions();
    auto done = [self, expires](const QString &error) {
        if (!self || self->m_done || self->m_closing) {
            return;
        }
        if (!error.isEmpty()) {
            self->finish(ExitRefused, error);
            return;
        }
        QString keyError;
        const crypto::PrivateKey *own = self->m_account->esessions()->keys().ownKey(&keyError);
        const QByteArray fingerprint = own ? own->publicKey().fingerprint() : QByteArray();
        const QStringList nodes { esession::subscriberNode(), esession::openNode() };
        if (self->m_options.json) {
            self->printJson(
                { { u"nodes"_s, QJsonArray::fromStringList(nodes) }, { u"expires"_s, expires.toString(Qt::ISODate) },
                    { u"fingerprint"_s, QString::fromLatin1(fingerprint.toHex()) } });
        } else {
            self->m_out << tr("published offline options to %1").arg(nodes.join(u", "_s)) << '\n'
                        << tr("expires:     %1").arg(expires.toString(Qt::ISODate)) << '\n'
                        << tr("own key:     %1").arg(KeyVerification::fingerprintText(fingerprint)) << Qt::endl;
        }
        // A clean close: the options stay published while we are away (retracted at the next session start).
        self->finish(ExitOk);
    };
    // Items from an earlier publication are retracted when the session starts; retracting again first puts
    // every retraction on the wire before the new items (the server answers in order), so none of them can
    // remove what is published now.
    esessions->retractOfflineOptions([self, expires, done](const QString &) {
        if (self && !self->m_done && !self->m_closing) {
            self->m_account->esessions()->publishOfflineOptions(expires, done);
        }
    });
}

void CliSession::sendEncrypted()
{
    if (m_done || m_closing) {
        return;
    }
    if (m_encryptedBodies.isEmpty()) {
        checkSendDone();
        return;
    }
    // ChatSender sends them one at a time, in order: the second message continues the session the first one
    // started (XEP-0187); once one had to go in the clear, the rest follows without asking again.
    const QStringList bodies = std::exchange(m_encryptedBodies, {});
    const QPointer<CliSession> self(this);
    for (const QString &body : bodies) {
        ++m_sendsInFlight;
        m_account->chatSender()->send(m_options.to, body, sendOptions(), [self](const ChatSender::Result &result) {
            if (self) {
                --self->m_sendsInFlight;
                self->onEncryptedSent(result);
            }
        });
        if (!self || m_done) {
            return;
        }
    }
}

void CliSession::onEncryptedSent(const ChatSender::Result &result)
{
    if (m_done || m_closing) {
        return;
    }
    if (!result.ok()) {
        if (result.failure == ChatSender::Failure::Storage) {
            finish(ExitOther, result.message);
            return;
        }
        // Nothing went out in the clear; the earlier messages of this run were sent (encrypted).
        finish(ExitNotEncrypted,
            tr("Not sent: the message to %1 cannot be encrypted (%2). Use --allow-plaintext to send it in the "
               "clear.")
                .arg(m_options.to.toString(), result.message));
        return;
    }
    ++m_queued;
    if (result.encrypted) {
        m_encryptedIds.insert(result.historyId);
    } else if (!result.message.isEmpty() && !m_toldClear) {
        m_toldClear = true;
        m_err << tr("sending in the clear: %1").arg(result.message) << Qt::endl;
    }
    checkSendDone();
}

void CliSession::addE2eFields(qint64 historyId, QJsonObject &object)
{
    const std::optional<MessageE2eMark> mark = m_account->e2eKeyStore()->messageMark(historyId);
    if (!mark) {
        object.insert(u"encryption"_s, u"none"_s);
        return;
    }
    object.insert(u"encryption"_s,
        mark->kind == MessageE2eKind::Omemo                 ? u"omemo"_s
            : mark->kind == MessageE2eKind::Omemo2          ? u"omemo2"_s
            : mark->kind == MessageE2eKind::OfflineEsession ? u"offline-esession"_s
                                                            : u"online-esession"_s);
    object.insert(u"e2e_status"_s, statusName(mark->status));
    object.insert(u"created"_s,
        mark->created.isValid() ? QJsonValue(mark->created.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
    if (!mark->detail.isEmpty()) {
        object.insert(u"e2e_detail"_s, mark->detail);
    }
}

} // namespace balcony::cli
