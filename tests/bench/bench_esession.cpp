// CPU cost of an offline encrypted session (XEP-0187 on XEP-0116/XEP-0200), per MODP group:
//  - Alice, before going offline: create the signed option set (x, e, N_A, 'signs');
//  - Bob: verify the options, start the session (y, d, K, keys, macB, signB, ID_B, M_B) and encrypt the first
//    message;
//  - Alice, back online: accept the <init/> (d^x, keys, M_B, ID_B, Bob's signature) and decrypt the message.
// Process CPU time (CLOCK_PROCESS_CPUTIME_ID), not wall time; the median of N runs. Keys are RSA 3072 (the
// own-key default). No network, no storage: the protocol work only.
//
// Run: build/<dir>/tests/bench/bench_esession [--runs N] [--groups 14,18]

#include "BenchSupport.h"
#include "esession/EsessionStanzas.h"
#include "esession/OfflineAcceptor.h"
#include "esession/OfflineInitiator.h"
#include "esession/OfflineOffer.h"
#include "esession/ReplayGuard.h"
#include "esession/StanzaCipher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace balcony;

namespace {

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Sample {
    double offer = 0;
    double bob = 0;
    double alice = 0;
};

std::optional<Sample> runOnce(int group, const crypto::PrivateKey &aliceKey, const crypto::PrivateKey &bobKey)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OfferForm options = OfflineOffer::defaultOptions(now.addSecs(3600));
    options.modp = { group };
    Sample sample;

    double start = cpuMs();
    EsessionError error = EsessionError::None;
    std::optional<OfflineOffer> offer = OfflineOffer::create(options, { &aliceKey }, &error);
    sample.offer = cpuMs() - start;
    if (!offer) {
        bench::out() << "offer failed: " << describeEsessionError(error) << Qt::endl;
        return std::nullopt;
    }
    const Element form = offer->form();
    OfflineOfferRecord record = offer->takeRecord();

    Element body(u"body"_s, u"jabber:client"_s);
    body.setText(u"The first message of an offline encrypted session."_s);

    start = cpuMs();
    OfflineInitiator::Result started = OfflineInitiator::start(form, { aliceKey.publicKey() }, bobKey, now);
    std::optional<Element> c;
    if (started.ok() && started.cipher) {
        c = started.cipher->encrypt({ body, StanzaCipher::createdHeader(now) });
    }
    sample.bob = cpuMs() - start;
    if (!started.ok() || !c) {
        bench::out() << "start failed: " << describeEsessionError(started.error) << Qt::endl;
        return std::nullopt;
    }
    Element message = esession::offlineInitMessage(u"alice@example.org"_s, started.thread, started.init, *c);
    message.setAttribute(u"from"_s, u"bob@example.com/laptop"_s);

    MemoryReplayGuard guard;
    const crypto::PublicKey bobPublic = bobKey.publicKey();
    start = cpuMs();
    OfflineAcceptor::Result accepted = OfflineAcceptor::accept(
        message, [&](QByteArrayView) { return &record; }, guard,
        [&](const crypto::PublicKey &key) { return key == bobPublic; }, now);
    StanzaCipher::Decrypted decrypted;
    if (accepted.ok() && accepted.cipher) {
        decrypted = accepted.cipher->decrypt(message.firstChild(u"c"));
    }
    sample.alice = cpuMs() - start;
    if (!accepted.ok() || decrypted.failure != StanzaCipher::Failure::None || decrypted.content.isEmpty()
        || decrypted.content.first().text() != body.text()) {
        bench::out() << "accept failed: " << describeEsessionError(accepted.error) << Qt::endl;
        return std::nullopt;
    }
    return sample;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(u"runs"_s, u"Runs per group (default 21)."_s, u"N"_s, u"21"_s);
    QCommandLineOption groupsOption(u"groups"_s, u"MODP groups (default 14,18)."_s, u"list"_s, u"14,18"_s);
    parser.addOptions({ runsOption, groupsOption });
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const auto aliceKey = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 3072);
    const auto bobKey = crypto::PrivateKey::generate(crypto::SignatureAlgorithm::RsaSha256, 3072);
    if (!aliceKey || !bobKey) {
        bench::out() << "key generation failed" << Qt::endl;
        return 1;
    }
    bench::out() << "offline ESession CPU time (process CPU clock), RSA 3072 keys, aes128-ctr + sha256, median of "
                 << runs << " runs" << Qt::endl;
    bench::out() << qSetFieldWidth(8) << "modp" << qSetFieldWidth(16) << "alice offer"
                 << "bob start+enc"
                 << "alice acc+dec" << qSetFieldWidth(0) << "   (ms)" << Qt::endl;
    for (const QString &text : parser.value(groupsOption).split(u',', Qt::SkipEmptyParts)) {
        const int group = text.toInt();
        QList<double> offer;
        QList<double> bob;
        QList<double> alice;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Sample> sample = runOnce(group, *aliceKey, *bobKey);
            if (!sample) {
                return 1;
            }
            offer.append(sample->offer);
            bob.append(sample->bob);
            alice.append(sample->alice);
        }
        bench::out() << qSetFieldWidth(8) << group << qSetFieldWidth(16) << qSetRealNumberPrecision(2) << Qt::fixed
                     << bench::median(offer) << bench::median(bob) << bench::median(alice) << qSetFieldWidth(0)
                     << Qt::endl;
    }
    return 0;
}
