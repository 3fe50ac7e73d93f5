// XEP-0207 eventing mode against ordinary XMPP, in the same run on Prosody 0.12 (issue 18): one presence change of
// an account with N subscribers (default 50; each sees both the ordinary <presence/> and the PEP notification of
// the `presence` node, since eventing mode sends both), and one one-to-one message (ordinary <message/> through the
// outbox, and a publish to the pair's whitelist node on the pubsub component). Counted on the receiving
// connections: stanzas and their serialized bytes (XmlWriter, what the server's XML costs after parsing, without
// TLS/framing), and the latency from the call to the last receiver having it (presence: in PresenceManager /
// the event; message: stored). The publisher's own traffic is counted too (its results and notifications).
//
// Run: build/ci/tests/bench/bench_eventing [--subscribers N] [--runs N]; results in tests/bench/bench_eventing.md
#include "BenchSupport.h"
#include "E2eSupport.h"
#include "account/Account.h"
#include "eventing/EventingManager.h"
#include "im/MessageManager.h"
#include "im/PresenceManager.h"
#include "im/SubscriptionManager.h"
#include "pubsub/PubSubEvent.h"
#include "storage/ElementXml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace balcony;
using namespace balcony::bench;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int StepMs = 60000;

struct Client {
    std::unique_ptr<Account> account;
    std::unique_ptr<EventingManager> eventing;
    Jid jid() const { return account->jid().bare(); }
};

std::unique_ptr<Client> makeClient(const XmppServerFixture &server, const QString &user)
{
    auto client = std::make_unique<Client>();
    AccountSettings settings;
    settings.connection = settingsFor(server, user, u"pw-"_s + user);
    settings.automaticCatchUp = false;
    settings.keepaliveIdleMs = 0;
    client->account = std::make_unique<Account>(settings, AccountStores::inMemory(), nullptr);
    if (!client->account->open().isOpen()) {
        return nullptr;
    }
    client->eventing = std::make_unique<EventingManager>(client->account->connection(), *client->account->pubSub(),
        *client->account->presence(), *client->account->historyStore(), *client->account->subscriptionRequestStore(),
        client->account->disco(), *Jid::parse(server.pubsubDomain()));
    client->account->connectToServer();
    return client;
}

qint64 xmlBytes(const Element &stanza)
{
    return elementToXml(stanza).value_or(QString()).toUtf8().size();
}

// Stanzas and bytes of one kind seen by a set of connections, and when each connection saw the first one.
struct Tally {
    int stanzas = 0;
    qint64 bytes = 0;
    QList<double> arrivalMs;
};

QString row(const QString &what, const QString &ordinary, const QString &eventing)
{
    return u"| %1 | %2 | %3 |"_s.arg(what, ordinary, eventing);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption subscribersOption(
        u"subscribers"_s, u"subscribers of the presence (default 50)"_s, u"N"_s, u"50"_s);
    QCommandLineOption runsOption(u"runs"_s, u"presence changes and messages measured (default 5)"_s, u"N"_s, u"5"_s);
    parser.addOptions({ subscribersOption, runsOption });
    parser.process(app);
    const int subscriberCount = std::max(1, parser.value(subscribersOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    XmppServerFixture::Options options;
    options.pubsub = true;
    options.quietLog = true;
    options.messageArchive = false;
    QStringList users { u"pub"_s };
    for (int i = 0; i < subscriberCount; ++i) {
        users.append(u"s%1"_s.arg(i));
    }
    for (const QString &user : users) {
        options.pubsubCreators.append(user + u"@localhost"_s);
    }
    auto server = XmppServerFixture::create(XmppServerFixture::Kind::Prosody, options);
    if (!server->start()) {
        qCritical() << server->errorString();
        return 1;
    }
    for (const QString &user : users) {
        if (!server->registerUser(user, u"pw-"_s + user)) {
            qCritical() << server->errorString();
            return 1;
        }
    }
    auto pub = makeClient(*server, u"pub"_s);
    std::vector<std::unique_ptr<Client>> subs;
    for (int i = 0; i < subscriberCount; ++i) {
        subs.push_back(makeClient(*server, u"s%1"_s.arg(i)));
    }
    auto allOnline = [&] {
        return pub->account->isOnline()
            && std::all_of(subs.cbegin(), subs.cend(), [](const auto &c) { return c->account->isOnline(); });
    };
    if (!QTest::qWaitFor(allOnline, StepMs)) {
        qCritical() << "not every account came online";
        return 1;
    }
    // Every subscriber and pub see each other's presence (RFC 6121 §3): the subscription lets the subscriber read
    // pub's PEP `presence` node (access model presence), and pub's server learns the subscriber's presence+notify
    // from the presence the subscriber sends pub (XEP-0163 §4.3).
    SubscriptionManager *pubSubscriptions = pub->account->subscriptions();
    QObject::connect(pubSubscriptions, &SubscriptionManager::subscriptionRequested, pubSubscriptions,
        [pubSubscriptions](const Jid &from) { pubSubscriptions->approve(from, true); });
    for (const auto &c : subs) {
        SubscriptionManager *mine = c->account->subscriptions();
        QObject::connect(
            mine, &SubscriptionManager::subscriptionRequested, mine, [mine](const Jid &from) { mine->approve(from); });
        mine->requestSubscription(pub->jid());
    }
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(subs.cbegin(), subs.cend(), [&](const auto &c) {
                    return c->account->subscriptions()->state(pub->jid()) == SubscriptionManager::State::Both;
                });
            },
            StepMs)) {
        qCritical() << "the subscriptions did not complete";
        return 1;
    }
    // Warm-up: a presence change both ways reach everyone, and the one-to-one node exists.
    const Jid pubFull = pub->account->connection().boundJid();
    pub->account->presence()->setPresence(Presence::Show::Chat, u"warm-up"_s);
    const Jid peer = subs.front()->jid();
    pub->eventing->sendMessage(peer, u"warm-up"_s);
    const bool warm = QTest::qWaitFor(
        [&] {
            return pub->eventing->unacknowledged() == 0 && std::all_of(subs.cbegin(), subs.cend(), [&](const auto &c) {
                const auto r = c->account->presence()->resource(pubFull);
                return r && r->status == u"warm-up";
            });
        },
        StepMs);
    if (!warm) {
        qCritical() << "the warm-up presence or message did not reach everyone";
        return 1;
    }

    QList<double> ordinaryLast, eventingLast, ordinaryMedian, eventingMedian;
    Tally ordinaryTotal, eventingTotal;
    int ordinaryComplete = 0, eventingComplete = 0;
    Tally pubOwn; // what the publisher receives back in eventing mode (publish result, its own notification)
    for (int run = 0; run < runs; ++run) {
        const QString status = u"run %1"_s.arg(run);
        Tally ordinary, eventing;
        QElapsedTimer clock;
        // Observers see every stanza before the modules (IQ responses excepted); they go with `taps`.
        auto taps = std::make_unique<QObject>();
        for (const auto &c : subs) {
            auto seenOrdinary = std::make_shared<bool>(false);
            auto seenEvent = std::make_shared<bool>(false);
            c->account->connection().addStanzaObserver(taps.get(), [&, seenOrdinary, seenEvent](const Element &stanza) {
                if (stanza.name() == u"presence" && stanza.attribute(u"from") == pubFull.toString()) {
                    ++ordinary.stanzas;
                    ordinary.bytes += xmlBytes(stanza);
                    if (!*seenOrdinary && stanza.childText(u"status", u"jabber:client") == status) {
                        *seenOrdinary = true;
                        ordinary.arrivalMs.append(clock.nsecsElapsed() / 1e6);
                    }
                } else if (stanza.name() == u"message" && stanza.attribute(u"from") == pub->jid().toString()
                    && stanza.hasChild(u"event", PubSubEvent::xmlns())) {
                    ++eventing.stanzas;
                    eventing.bytes += xmlBytes(stanza);
                    if (!*seenEvent && elementToXml(stanza).value_or(QString()).contains(status)) {
                        *seenEvent = true;
                        eventing.arrivalMs.append(clock.nsecsElapsed() / 1e6);
                    }
                }
            });
        }
        pub->account->connection().addStanzaObserver(taps.get(), [&](const Element &s) {
            if (s.name() == u"message" && s.hasChild(u"event", PubSubEvent::xmlns())) {
                ++pubOwn.stanzas;
                pubOwn.bytes += xmlBytes(s);
            }
        });
        clock.start();
        pub->account->presence()->setPresence(run % 2 ? Presence::Show::Away : Presence::Show::Chat, status);
        // Incomplete runs are counted below ("changes that reached all subscribers").
        (void)QTest::qWaitFor(
            [&] {
                return ordinary.arrivalMs.size() == subscriberCount && eventing.arrivalMs.size() == subscriberCount;
            },
            StepMs);
        QTest::qWait(200); // stragglers (a second notification) are counted too
        taps.reset();
        qInfo("presence run %d: ordinary %d/%d, eventing %d/%d", run, int(ordinary.arrivalMs.size()), subscriberCount,
            int(eventing.arrivalMs.size()), subscriberCount);
        ordinaryComplete += ordinary.arrivalMs.size() == subscriberCount;
        eventingComplete += eventing.arrivalMs.size() == subscriberCount;
        ordinaryLast.append(ordinary.arrivalMs.isEmpty()
                ? 0
                : *std::max_element(ordinary.arrivalMs.cbegin(), ordinary.arrivalMs.cend()));
        eventingLast.append(eventing.arrivalMs.isEmpty()
                ? 0
                : *std::max_element(eventing.arrivalMs.cbegin(), eventing.arrivalMs.cend()));
        ordinaryMedian.append(median(ordinary.arrivalMs));
        eventingMedian.append(median(eventing.arrivalMs));
        ordinaryTotal.stanzas += ordinary.stanzas;
        ordinaryTotal.bytes += ordinary.bytes;
        eventingTotal.stanzas += eventing.stanzas;
        eventingTotal.bytes += eventing.bytes;
    }

    // One message, ordinary then eventing, alternating.
    Client &receiver = *subs.front();
    QList<double> ordinaryMessageMs, eventingMessageMs, eventingAckMs, ordinaryAckMs;
    Tally ordinaryMessage, eventingMessage, eventingSenderIn;
    for (int run = 0; run < runs; ++run) {
        for (const bool eventingMode : { false, true }) {
            const QString body = u"%1 message %2"_s.arg(eventingMode ? u"eventing"_s : u"ordinary"_s).arg(run);
            Tally &tally = eventingMode ? eventingMessage : ordinaryMessage;
            QElapsedTimer clock;
            double storedAt = -1;
            double ackedAt = -1;
            auto taps = std::make_unique<QObject>();
            receiver.account->connection().addStanzaObserver(taps.get(), [&](const Element &s) {
                if (s.name() == u"message" && elementToXml(s).value_or(QString()).contains(body)) {
                    ++tally.stanzas;
                    tally.bytes += xmlBytes(s);
                }
            });
            pub->account->connection().addStanzaObserver(taps.get(), [&](const Element &s) {
                if (eventingMode && s.hasChild(u"event", PubSubEvent::xmlns())) {
                    ++eventingSenderIn.stanzas;
                    eventingSenderIn.bytes += xmlBytes(s);
                }
            });
            auto stored = [&](qint64, const StoredMessage &m) {
                if (m.body == body && storedAt < 0) {
                    storedAt = clock.nsecsElapsed() / 1e6;
                }
            };
            auto tapStored = eventingMode
                ? QObject::connect(receiver.eventing.get(), &EventingManager::messageStored, stored)
                : QObject::connect(receiver.account->messages(), &MessageManager::messageStored, stored);
            qint64 id = 0;
            auto acked = [&](qint64 row, MessageState state) {
                if (row == id && state == MessageState::AckedByServer && ackedAt < 0) {
                    ackedAt = clock.nsecsElapsed() / 1e6;
                }
            };
            auto tapAck = eventingMode
                ? QObject::connect(pub->eventing.get(), &EventingManager::messageStateChanged, acked)
                : QObject::connect(pub->account->messages(), &MessageManager::messageStateChanged, acked);
            clock.start();
            id = eventingMode ? pub->eventing->sendMessage(peer, body) : pub->account->messages()->sendChat(peer, body);
            if (!QTest::qWaitFor([&] { return storedAt >= 0 && ackedAt >= 0; }, StepMs)) {
                qWarning() << body << "was not stored and acknowledged in time";
            }
            QTest::qWait(100);
            taps.reset();
            for (const auto &tap : { tapStored, tapAck }) {
                QObject::disconnect(tap);
            }
            (eventingMode ? eventingMessageMs : ordinaryMessageMs).append(storedAt);
            (eventingMode ? eventingAckMs : ordinaryAckMs).append(ackedAt);
        }
    }

    const double n = runs;
    out() << "Prosody 0.12 on 127.0.0.1, " << subscriberCount << " subscribers, " << runs << " runs (medians)\n\n";
    out() << row(u"one presence change"_s, u"ordinary <presence/>"_s, u"eventing (PEP notification)"_s) << '\n';
    out() << "|---|---|---|\n";
    out() << row(u"stanzas to the subscribers per change"_s, QString::number(ordinaryTotal.stanzas / n, 'f', 1),
        QString::number(eventingTotal.stanzas / n, 'f', 1))
          << '\n';
    out() << row(u"bytes to the subscribers per change (XML)"_s, QString::number(ordinaryTotal.bytes / n, 'f', 0),
        QString::number(eventingTotal.bytes / n, 'f', 0))
          << '\n';
    out() << row(u"bytes per subscriber"_s, QString::number(ordinaryTotal.bytes / n / subscriberCount, 'f', 0),
        QString::number(eventingTotal.bytes / n / subscriberCount, 'f', 0))
          << '\n';
    out() << row(u"publisher: stanzas out / notifications back (besides the IQ result)"_s, u"1 / 0"_s,
        u"1 / %1 (%2 bytes)"_s.arg(
            QString::number(pubOwn.stanzas / n, 'f', 1), QString::number(pubOwn.bytes / n, 'f', 0)))
          << '\n';
    out() << row(u"latency to the median subscriber (ms)"_s, QString::number(median(ordinaryMedian), 'f', 1),
        QString::number(median(eventingMedian), 'f', 1))
          << '\n';
    out() << row(u"latency to the last subscriber (ms)"_s, QString::number(median(ordinaryLast), 'f', 1),
        QString::number(median(eventingLast), 'f', 1))
          << '\n';
    out() << row(u"changes that reached all subscribers"_s, u"%1 of %2"_s.arg(ordinaryComplete).arg(runs),
        u"%1 of %2"_s.arg(eventingComplete).arg(runs))
          << "\n\n";
    out() << row(u"one message"_s, u"ordinary <message/>"_s, u"eventing (publish to the pair's node)"_s) << '\n';
    out() << "|---|---|---|\n";
    out() << row(u"stanzas to the receiver"_s, QString::number(ordinaryMessage.stanzas / n, 'f', 1),
        QString::number(eventingMessage.stanzas / n, 'f', 1))
          << '\n';
    out() << row(u"bytes to the receiver (XML)"_s, QString::number(ordinaryMessage.bytes / n, 'f', 0),
        QString::number(eventingMessage.bytes / n, 'f', 0))
          << '\n';
    out() << row(u"sender: notifications back besides the IQ result (bytes)"_s, u"0 (XEP-0198 <a/> only)"_s,
        u"%1 (%2)"_s.arg(
            QString::number(eventingSenderIn.stanzas / n, 'f', 1), QString::number(eventingSenderIn.bytes / n, 'f', 0)))
          << '\n';
    out() << row(u"latency to stored at the receiver (ms)"_s, QString::number(median(ordinaryMessageMs), 'f', 1),
        QString::number(median(eventingMessageMs), 'f', 1))
          << '\n';
    out() << row(u"latency to acknowledged at the sender (ms)"_s, QString::number(median(ordinaryAckMs), 'f', 1),
        QString::number(median(eventingAckMs), 'f', 1))
          << '\n';
    out().flush();
    subs.clear();
    pub.reset();
    return 0;
}
