// Decrypting a XEP-0313 catch-up of OMEMO messages, as ArchiveManager's decryptor does it on the account's thread:
// OmemoManager::decryptArchived() on keys and sessions sealed in a profile database (SqlE2eKeyStore: the ratchet
// states a turn of ~40 messages changed are sealed and stored in one transaction when the turn ends, as the
// Connection's 64 KiB parsing turns give them), for N messages from one device of a contact, the first a
// pre-key message (an offline catch-up: the sender's session was new), in both formats. The baseline in the same run
// is what the catch-up costs without encryption: MessageParser on the same number of plaintext messages.
//
// Run: build/ci/tests/bench/bench_omemo [--messages 500] [--runs 5]
#include "BenchSupport.h"
#include "ScriptedSession.h"
#include "im/MessageManager.h"
#include "im/MessageParser.h"
#include "im/Outbox.h"
#include "omemo/OmemoCrypto.h"
#include "omemo/OmemoLibrary.h"
#include "omemo/OmemoManager.h"
#include "pubsub/PubSubManager.h"
#include "storage/Database.h"
#include "storage/MemoryE2eKeyStore.h"
#include "storage/MemoryHistoryStore.h"
#include "storage/MemoryOutboxStore.h"
#include "storage/SqlE2eKeyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace balcony;
using namespace balcony::bench;
using balcony::test::ScriptedSession;

namespace {

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Result {
    double wallMs = 0;
    double cpuMs = 0;
    int decrypted = 0;
};

// One run: a fresh profile, the client's device published on the scripted server, `count` messages from the
// contact's device decrypted in order.
std::optional<Result> run(OmemoVersion version, int count, bool memory)
{
    QTemporaryDir dir;
    Database db(dir.path());
    if (!db.open().isOpen()) {
        return std::nullopt;
    }
    SqlE2eKeyStore sqlKeys(db, crypto::ScryptParameters { 1024, 8, 1 });
    MemoryE2eKeyStore memoryKeys;
    E2eKeyStore &keys = memory ? static_cast<E2eKeyStore &>(memoryKeys) : sqlKeys;
    keys.unlock("pw");
    ScriptedSession session;
    PubSubManager pubsub(session.connection());
    MemoryHistoryStore history;
    MemoryOutboxStore outboxStore(history);
    Outbox outbox(session.connection(), outboxStore);
    MessageManager messages(session.connection(), history, outbox, nullptr);
    OmemoManager omemo(session.connection(), pubsub, messages, outbox, keys, nullptr);
    if (!session.login()) {
        return std::nullopt;
    }
    std::optional<omemo::Bundle> bundle;
    QDeadlineTimer deadline(10000);
    while (!omemo.isPublished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        for (const Element &stanza : session.takeStanzas()) {
            const Element pubsubElement = stanza.firstChild(u"pubsub", u"http://jabber.org/protocol/pubsub");
            if (stanza.name() != u"iq"_s || pubsubElement.isNull()) {
                continue;
            }
            const QByteArray id = stanza.attribute(u"id").toUtf8();
            if (!pubsubElement.firstChild(u"items").isNull()) {
                session.inject("<iq type='error' id='" + id
                    + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                      "</iq>");
                continue;
            }
            const Element payload = pubsubElement.firstChild(u"publish").firstChild(u"item").childElements().value(0);
            if (payload.name() == u"bundle"_s && payload.ns() == omemo::xmlns(version)) {
                bundle = omemo::parseBundle(payload, version, nullptr);
            }
            session.inject("<iq type='result' id='" + id + "'/>");
        }
    }
    if (!bundle) {
        return std::nullopt;
    }
    const Jid contact = *Jid::parse(u"contact@example.net"_s);
    const Jid own = *Jid::parse(u"user@example.com"_s);
    MemoryE2eKeyStore peerKeys;
    peerKeys.unlock("pw");
    omemo::Library peer(peerKeys, contact);
    if (!peer.open(nullptr) || !peer.buildSession(version, own, omemo.deviceId(), *bundle, nullptr)) {
        return std::nullopt;
    }
    // The archive page, built before the clock starts.
    QList<Element> archived;
    for (int i = 0; i < count; ++i) {
        const QByteArray text = "archived message number " + QByteArray::number(i) + " with some ordinary text";
        omemo::Encrypted encrypted;
        encrypted.version = version;
        encrypted.sid = peer.deviceId();
        crypto::SecretBytes material;
        if (version == OmemoVersion::Legacy) {
            auto payload = omemo::encryptLegacy(text);
            material = std::move(payload->keyMaterial);
            encrypted.iv = payload->iv;
            encrypted.payload = payload->ciphertext;
        } else {
            const QByteArray envelope = "<envelope xmlns='urn:xmpp:sce:1'><content><body xmlns='jabber:client'>" + text
                + "</body></content><rpad>abcdef</rpad><from jid='contact@example.net'/></envelope>";
            auto payload = omemo::encryptV2(envelope);
            material = std::move(payload->keyMaterial);
            encrypted.payload = payload->ciphertext;
        }
        encrypted.keys.append(*peer.encryptKey(version, own, omemo.deviceId(), material.view(), nullptr));
        Element message(u"message"_s, u"jabber:client"_s);
        message.setAttribute(u"from"_s, u"contact@example.net/phone"_s);
        message.setAttribute(u"type"_s, u"chat"_s);
        message.setAttribute(u"id"_s, u"m"_s + QString::number(i));
        message.appendChild(omemo::encryptedElement(encrypted));
        message.appendTextChild(u"body"_s, u"jabber:client"_s, u"fallback"_s);
        archived.append(message);
    }
    Result result;
    QElapsedTimer wall;
    const double cpuStart = cpuMs();
    wall.start();
    int inTurn = 0;
    for (const Element &message : std::as_const(archived)) {
        const std::optional<ArchivedDecryption> decrypted = omemo.decryptArchived(message);
        if (decrypted && decrypted->e2e.status == MessageE2eStatus::Decrypted
            && MessageParser::parse(decrypted->message, own, QDateTime::currentDateTimeUtc())) {
            ++result.decrypted;
        }
        // The Connection parses at most 64 KiB per event-loop turn: about 40 archived OMEMO messages of ~1.5 KiB.
        // The ratchet states of a turn are stored together when the turn ends.
        if (++inTurn == 40) {
            inTurn = 0;
            QCoreApplication::processEvents();
        }
    }
    QCoreApplication::processEvents();
    result.wallMs = double(wall.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMs() - cpuStart;
    return result;
}

// The same number of plaintext messages through MessageParser: what a catch-up costs without encryption.
double baselineMs(int count)
{
    const Jid own = *Jid::parse(u"user@example.com"_s);
    QList<Element> plain;
    for (int i = 0; i < count; ++i) {
        Element message(u"message"_s, u"jabber:client"_s);
        message.setAttribute(u"from"_s, u"contact@example.net/phone"_s);
        message.setAttribute(u"type"_s, u"chat"_s);
        message.setAttribute(u"id"_s, u"m"_s + QString::number(i));
        message.appendTextChild(u"body"_s, u"jabber:client"_s,
            u"archived message number "_s + QString::number(i) + u" with some ordinary text"_s);
        plain.append(message);
    }
    QElapsedTimer wall;
    wall.start();
    int parsed = 0;
    for (const Element &message : std::as_const(plain)) {
        parsed += MessageParser::parse(message, own, QDateTime::currentDateTimeUtc()) ? 1 : 0;
    }
    return parsed == count ? double(wall.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"balcony.*.info=false\nbalcony.*.debug=false"_s);
    QCommandLineParser parser;
    parser.addOptions({ { u"messages"_s, u"messages in the catch-up"_s, u"N"_s, u"500"_s },
        { u"runs"_s, u"runs per format"_s, u"N"_s, u"5"_s },
        { u"memory"_s, u"keys in memory instead of the sealed SQL store (what the store costs)"_s } });
    parser.process(app);
    const int count = qMax(1, parser.value(u"messages"_s).toInt());
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const bool memory = parser.isSet(u"memory"_s);
    out() << "Decrypting a catch-up of " << count << " OMEMO messages ("
          << (memory ? "keys in memory" : "sealed SQL key store") << "), median of " << runs << " runs\n";
    out() << "format     | wall ms | CPU ms | messages/s (wall) | messages/s (CPU) | plaintext parse ms | ratio\n";
    for (const OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::V2 }) {
        QList<double> walls, cpus, bases;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Result> r = run(version, count, memory);
            if (!r || r->decrypted != count) {
                out() << "run failed (" << (r ? r->decrypted : -1) << " decrypted)\n";
                return 1;
            }
            walls.append(r->wallMs);
            cpus.append(r->cpuMs);
            bases.append(baselineMs(count));
        }
        const double wall = median(walls);
        const double cpu = median(cpus);
        const double base = median(bases);
        out() << (version == OmemoVersion::Legacy ? "OMEMO 0.3 " : "OMEMO 2   ") << " | " << qRound(wall) << " | "
              << qRound(cpu) << " | " << qRound(count / (wall / 1000.0)) << " | " << qRound(count / (cpu / 1000.0))
              << " | " << QString::number(base, 'f', 1) << " | " << QString::number(wall / base, 'f', 1) << "x\n";
        out().flush();
    }
    return 0;
}
