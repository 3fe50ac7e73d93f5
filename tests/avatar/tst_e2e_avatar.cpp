// Avatars end to end (Prosody and ejabberd) between Balcony and an independent client (slixmpp's xep_0084 and
// vcard-temp): Balcony's avatar (balcony-cli avatar set) is what slixmpp fetches from PEP and from the vCard, byte
// for byte; slixmpp's avatar is what Balcony fetches (balcony-cli avatar get --out, and the engine's AvatarManager),
// byte for byte; a contact's new avatar reaches Balcony through the PEP notification alone (XEP-0163 +notify); a
// contact without an avatar is exit code 14; clearing leaves empty metadata. Server differences: docs/SERVERS.md.
#include "E2eSupport.h"
#include "SlixmppPeer.h"
#include "account/Account.h"
#include "avatar/AvatarManager.h"
#include "im/PresenceManager.h"
#include "im/SubscriptionManager.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha1Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage picture(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRect(width / 4, height / 4, width / 2, height / 2));
    return image;
}

QString describe(const QList<QJsonObject> &events)
{
    QStringList lines;
    for (const QJsonObject &event : events) {
        lines.append(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    }
    return lines.join(u'\n');
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestE2eAvatar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void balconyPublishesSlixmppReceives();
    void slixmppPublishesBalconyShows();
    void contactUpdateArrivesAsNotification();
    void noAvatarIsExitCode14();

private:
    CliRun cli(const QString &user, const QStringList &command) const
    {
        return runCli(command + cliConnectArgs(*m_server, user, m_home.filePath(u"profile-"_s + user)),
            cliEnvironment(u"pw-"_s + user, m_home.path()));
    }
    bool startPeer(SlixmppPeer &peer, const QString &user)
    {
        return peer.start(*m_server, user + u'@' + m_server->domain() + u"/slixmpp"_s, u"pw-"_s + user);
    }
    QString bare(const QString &user) const { return user + u'@' + m_server->domain(); }

    QTemporaryDir m_home;
    std::unique_ptr<XmppServerFixture> m_server;
};

void TestE2eAvatar::initTestCase()
{
    BALCONY_REQUIRE_SERVER();
    QString why;
    if (!SlixmppPeer::isAvailable(&why)) {
        QSKIP(qPrintable(why));
    }
    startServerWithUsers(m_server, { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s });
}

void TestE2eAvatar::balconyPublishesSlixmppReceives()
{
    // A 900x600 JPEG: Balcony publishes it as a 512x341 PNG.
    const QString file = m_home.filePath(u"alice.jpg"_s);
    QVERIFY(writeFile(file, encode(picture(900, 600, Qt::darkMagenta), "jpeg")));
    const CliRun set = cli(u"alice"_s, { u"avatar"_s, u"set"_s, file, u"--json"_s });
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const QJsonObject published = QJsonDocument::fromJson(set.out.trimmed()).object();
    const QString hash = published.value(u"hash"_s).toString();
    QCOMPARE(hash.size(), 40);
    QCOMPARE(published.value(u"type"_s).toString(), u"image/png"_s);
    QCOMPARE(published.value(u"width"_s).toInt(), 512);
    QCOMPARE(published.value(u"height"_s).toInt(), 341);

    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob"_s), qPrintable(bob.errorString()));
    // XEP-0084: metadata, then the data item by id.
    QVERIFY(bob.command({ { u"cmd"_s, u"avatar_fetch"_s }, { u"jid"_s, bare(u"alice"_s) }, { u"id"_s, u"f1"_s } }));
    const auto done = bob.waitFor(u"done", [](const QJsonObject &e) { return e.value(u"id"_s) == u"f1"_s; });
    QVERIFY(done);
    QVERIFY2(!done->contains(u"error"_s), qPrintable(done->value(u"error"_s).toString()));
    const auto avatar = bob.waitFor(u"avatar");
    QVERIFY(avatar);
    QCOMPARE(avatar->value(u"hash"_s).toString(), hash);
    QCOMPARE(avatar->value(u"type"_s).toString(), u"image/png"_s);
    const QByteArray bytes = QByteArray::fromBase64(avatar->value(u"data"_s).toString().toLatin1());
    QCOMPARE(QString::fromLatin1(sha1Hex(bytes)), hash);
    QCOMPARE(bytes.size(), published.value(u"bytes"_s).toInt());
    QCOMPARE(QImage::fromData(bytes).size(), QSize(512, 341));
    // XEP-0153: the same bytes in Alice's vCard.
    QVERIFY(bob.command({ { u"cmd"_s, u"vcard_photo"_s }, { u"jid"_s, bare(u"alice"_s) }, { u"id"_s, u"v1"_s } }));
    QVERIFY(bob.waitFor(u"done", [](const QJsonObject &e) { return e.value(u"id"_s) == u"v1"_s; }));
    const auto photo = bob.waitFor(u"vcard_photo");
    QVERIFY(photo);
    QCOMPARE(photo->value(u"type"_s).toString(), u"image/png"_s);
    QCOMPARE(QByteArray::fromBase64(photo->value(u"data"_s).toString().toLatin1()), bytes);
    // And what Balcony itself reads back for Alice (another profile: fetched, not cached).
    const QString out = m_home.filePath(u"alice-read.png"_s);
    const CliRun get = cli(u"carol"_s, { u"avatar"_s, u"get"_s, bare(u"alice"_s), u"--out"_s, out });
    QVERIFY2(get.exitCode == 0, qPrintable(get.describe()));
    QVERIFY(get.out.startsWith(hash.toLatin1()));
    QCOMPARE(readFile(out), bytes);

    // Cleared: empty metadata (XEP-0084 §4.5).
    const CliRun clear = cli(u"alice"_s, { u"avatar"_s, u"clear"_s });
    QVERIFY2(clear.exitCode == 0, qPrintable(clear.describe()));
    QVERIFY(bob.command({ { u"cmd"_s, u"avatar_fetch"_s }, { u"jid"_s, bare(u"alice"_s) }, { u"id"_s, u"f2"_s } }));
    QVERIFY(bob.waitFor(u"done", [](const QJsonObject &e) { return e.value(u"id"_s) == u"f2"_s; }));
    const auto cleared = bob.waitFor(u"avatar");
    QVERIFY(cleared);
    QVERIFY(cleared->value(u"hash"_s).isNull());
}

void TestE2eAvatar::slixmppPublishesBalconyShows()
{
    const QByteArray png = encode(picture(96, 64, Qt::darkGreen), "png");
    const QString file = m_home.filePath(u"bob.png"_s);
    QVERIFY(writeFile(file, png));
    SlixmppPeer bob;
    QVERIFY2(startPeer(bob, u"bob"_s), qPrintable(bob.errorString()));
    QVERIFY(bob.command({ { u"cmd"_s, u"avatar_publish"_s }, { u"file"_s, file }, { u"type"_s, u"image/png"_s },
        { u"width"_s, 96 }, { u"height"_s, 64 }, { u"id"_s, u"p1"_s } }));
    const auto done = bob.waitFor(
        u"done", [](const QJsonObject &e) { return e.value(u"id"_s) == u"p1"_s; }, 60000);
    QVERIFY2(done, qPrintable(describe(bob.pendingEvents())));
    QVERIFY2(!done->contains(u"error"_s), qPrintable(done->value(u"error"_s).toString()));
    QCOMPARE(done->value(u"hash"_s).toString(), QString::fromLatin1(sha1Hex(png)));

    // balcony-cli avatar get: the bytes as slixmpp published them.
    const QString out = m_home.filePath(u"bob-read.png"_s);
    const CliRun get = cli(u"alice"_s, { u"avatar"_s, u"get"_s, bare(u"bob"_s), u"--out"_s, out, u"--json"_s });
    QVERIFY2(get.exitCode == 0, qPrintable(get.describe()));
    const QJsonObject got = QJsonDocument::fromJson(get.out.trimmed()).object();
    QCOMPARE(got.value(u"hash"_s).toString(), QString::fromLatin1(sha1Hex(png)));
    QCOMPARE(got.value(u"width"_s).toInt(), 96);
    QCOMPARE(got.value(u"height"_s).toInt(), 64);
    QCOMPARE(readFile(out), png);

    // The engine as the desktop uses it: cached in the profile, an image for the models.
    AccountSettings settings;
    settings.connection = settingsFor(*m_server, u"carol"_s, u"pw-carol"_s);
    settings.automaticCatchUp = false;
    Account carol(settings, AccountStores::inMemory(), nullptr);
    QVERIFY(carol.open().isOpen());
    carol.connectToServer();
    QVERIFY(QTest::qWaitFor([&] { return carol.isOnline(); }, BoundTimeoutMs));
    std::optional<AvatarManager::Result> result;
    carol.avatars()->retrieve(*Jid::parse(bare(u"bob"_s)), [&](const AvatarManager::Result &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), BoundTimeoutMs);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QVERIFY(result->avatar);
    QCOMPARE(result->avatar->data, png);
    QTRY_VERIFY_WITH_TIMEOUT(carol.avatars()->image(*Jid::parse(bare(u"bob"_s))).isValid(), BoundTimeoutMs);
    QCOMPARE(carol.avatars()->image(*Jid::parse(bare(u"bob"_s))).value<QImage>().size(), QSize(96, 64));
}

void TestE2eAvatar::contactUpdateArrivesAsNotification()
{
    // Dave (Balcony) and Erin (slixmpp, which sends no XEP-0153 photo hash in its presence) share presence: whatever
    // Erin publishes reaches Dave only through the server's PEP notifications (XEP-0163 §4: Dave's presence to Erin
    // carries caps with urn:xmpp:avatar:metadata+notify); Dave never asks for Erin's avatar.
    AccountSettings settings;
    settings.connection = settingsFor(*m_server, u"dave"_s, u"pw-dave"_s);
    settings.automaticCatchUp = false;
    Account dave(settings, AccountStores::inMemory(), nullptr);
    QVERIFY(dave.open().isOpen());
    dave.connectToServer();
    QVERIFY(QTest::qWaitFor([&] { return dave.isOnline(); }, BoundTimeoutMs));
    SlixmppPeer erin;
    QVERIFY2(startPeer(erin, u"erin"_s), qPrintable(erin.errorString()));
    const Jid erinJid = *Jid::parse(bare(u"erin"_s));
    // Dave asks first, Erin approves and asks back, Dave approves: his presence (with his caps) reaches Erin once
    // he is subscribed to her. ejabberd 23.01 records a contact's caps for PEP only from a presence received while
    // the contact has a subscription to the owner (mod_caps); in the other order (Erin asks first) Dave's only
    // presence reaches her before that, and ejabberd sends him no notifications until his next presence.
    QSignalSpy requested(dave.subscriptions(), &SubscriptionManager::subscriptionRequested);
    QVERIFY(dave.subscriptions()->requestSubscription(erinJid));
    QVERIFY2(erin.waitFor(u"subscribe"), qPrintable(describe(erin.pendingEvents())));
    QVERIFY(erin.command({ { u"cmd"_s, u"approve"_s }, { u"to"_s, bare(u"dave"_s) } }));
    QVERIFY(erin.command({ { u"cmd"_s, u"subscribe"_s }, { u"to"_s, bare(u"dave"_s) } }));
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, BoundTimeoutMs);
    QVERIFY(dave.subscriptions()->approve(erinJid));
    QTRY_VERIFY_WITH_TIMEOUT(dave.presence()->resourceCount(erinJid) > 0, BoundTimeoutMs);
    QVERIFY(erin.waitFor(u"presence", [this](const QJsonObject &e) {
        return e.value(u"from"_s).toString().startsWith(bare(u"dave"_s) + u'/') && e.value(u"type"_s) == u"available"_s;
    }));

    QSignalSpy changed(dave.avatars(), &AvatarManager::avatarChanged);
    const auto publish = [&](const QByteArray &png, QSize size, const QString &id) -> QString {
        const QString file = m_home.filePath(id + u".png"_s);
        if (!writeFile(file, png)
            || !erin.command({ { u"cmd"_s, u"avatar_publish"_s }, { u"file"_s, file }, { u"type"_s, u"image/png"_s },
                { u"width"_s, size.width() }, { u"height"_s, size.height() }, { u"id"_s, id } })) {
            return {};
        }
        const auto done = erin.waitFor(
            u"done", [&id](const QJsonObject &e) { return e.value(u"id"_s) == id; }, 60000);
        return done && !done->contains(u"error"_s) ? done->value(u"hash"_s).toString() : QString();
    };
    const QByteArray first = encode(picture(80, 60, Qt::darkCyan), "png");
    const QString firstHash = publish(first, QSize(80, 60), u"n1"_s);
    QVERIFY2(!firstHash.isEmpty(), qPrintable(describe(erin.pendingEvents())));
    QTRY_COMPARE_WITH_TIMEOUT(dave.avatars()->hashOf(erinJid), firstHash, BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dave.avatars()->avatar(erinJid).has_value(), BoundTimeoutMs);
    QCOMPARE(dave.avatars()->avatar(erinJid)->data, first);
    QVERIFY(changed.contains(QVariantList { QVariant::fromValue(erinJid) }));

    // The update: a new image replaces the first one at Dave, fetched once.
    const int fetches = dave.avatars()->fetchRequests();
    changed.clear();
    const QByteArray second = encode(picture(48, 72, Qt::darkYellow), "png");
    const QString secondHash = publish(second, QSize(48, 72), u"n2"_s);
    QVERIFY2(!secondHash.isEmpty(), qPrintable(describe(erin.pendingEvents())));
    QVERIFY(secondHash != firstHash);
    QTRY_COMPARE_WITH_TIMEOUT(dave.avatars()->hashOf(erinJid), secondHash, BoundTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(dave.avatars()->image(erinJid).isValid(), BoundTimeoutMs);
    QCOMPARE(dave.avatars()->image(erinJid).value<QImage>().size(), QSize(48, 72));
    QCOMPARE(dave.avatars()->avatar(erinJid)->data, second);
    QCOMPARE(dave.avatars()->fetchRequests(), fetches + 1);
    QVERIFY(!changed.isEmpty());
}

void TestE2eAvatar::noAvatarIsExitCode14()
{
    const CliRun get = cli(u"alice"_s, { u"avatar"_s, u"get"_s, bare(u"carol"_s) });
    QVERIFY2(get.exitCode == 14, qPrintable(get.describe()));
    QVERIFY(get.err.contains("has no avatar"));
    // Not an image: refused before anything is published, exit code 14 too.
    const QString file = m_home.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(file, "not an image"));
    const CliRun set = cli(u"alice"_s, { u"avatar"_s, u"set"_s, file });
    QVERIFY2(set.exitCode == 14, qPrintable(set.describe()));
}

QTEST_MAIN(TestE2eAvatar)
#include "tst_e2e_avatar.moc"
