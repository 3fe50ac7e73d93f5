// Avatars (XEP-0084 with XEP-0153 as the fallback) on a bound session (scripted server): the publish XML, the
// presence photo hash and the vCard copy, fetching once per hash (coalesced, cached across a new Account on the same
// profile), the vCard fallback, every refusal of hostile input, a metadata flood, the store and the models.
#include "AccountLogin.h"
#include "ScriptedSession.h"
#include "TestJid.h"
#include "XmlCompare.h"
#include "account/Account.h"
#include "avatar/AvatarManager.h"
#include "disco/DiscoManager.h"
#include "im/PresenceManager.h"
#include "models/RosterModel.h"
#include "pubsub/PubSubManager.h"
#include "storage/Database.h"
#include "storage/MemoryAvatarStore.h"
#include "storage/SqlAvatarStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage picture(int width, int height, QColor color = Qt::darkCyan)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setBrush(Qt::yellow);
    painter.drawEllipse(QRect(0, 0, width / 2, height / 2));
    return image;
}

QByteArray sha1(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

QByteArray metadataEvent(const QByteArray &from, const QByteArray &info)
{
    return "<message from='" + from + "' to='user@example.com/balcony'>"
        + "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='urn:xmpp:avatar:metadata'>"
          "<item id='x'><metadata xmlns='urn:xmpp:avatar:metadata'>"
        + info + "</metadata></item></items></event></message>";
}

QByteArray pngInfo(const QByteArray &hash, qint64 bytes, const QByteArray &type = "image/png")
{
    return "<info bytes='" + QByteArray::number(bytes) + "' id='" + hash + "' height='64' width='64' type='" + type
        + "'/>";
}

QByteArray dataResult(const QString &id, const QByteArray &from, const QByteArray &hash, const QByteArray &base64)
{
    return "<iq type='result' id='" + id.toUtf8() + "' from='" + from
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:data'><item id='" + hash
        + "'><data xmlns='urn:xmpp:avatar:data'>" + base64 + "</data></item></items></pubsub></iq>";
}

QByteArray dataRequest(const QByteArray &to, const QByteArray &hash)
{
    return "<iq type='get' to='" + to
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:data'><item id='" + hash
        + "'/></items></pubsub></iq>";
}

const QByteArray openOptions = "<publish-options><x xmlns='jabber:x:data' type='submit'>"
                               "<field var='FORM_TYPE' type='hidden'>"
                               "<value>http://jabber.org/protocol/pubsub#publish-options</value></field>"
                               "<field var='pubsub#access_model' type='list-single'><value>open</value></field>"
                               "</x></publish-options>";

// The stanzas the client wrote since the last call (whole writes).
QList<Element> drain(ScriptedTransport &server)
{
    QList<Element> stanzas;
    while (!server.writes().isEmpty()) {
        stanzas += ScriptedSession::stanzasIn(server.takeWrite());
    }
    return stanzas;
}

// The avatar data requests among `stanzas`.
QList<Element> dataRequests(const QList<Element> &stanzas)
{
    QList<Element> requests;
    for (const Element &stanza : stanzas) {
        if (stanza.firstChild(u"pubsub").firstChild(u"items").attribute(u"node") == u"urn:xmpp:avatar:data") {
            requests.append(stanza);
        }
    }
    return requests;
}

// Answers the roster get among `written` with Bob as a contact (the account's avatar module serves contacts only).
void serveRoster(ScriptedTransport &server, const QList<Element> &written)
{
    for (const Element &stanza : written) {
        if (stanza.name() == u"iq" && stanza.hasChild(u"query", u"jabber:iq:roster")) {
            server.inject("<iq type='result' id='" + stanza.attribute(u"id").toUtf8()
                + "'><query xmlns='jabber:iq:roster' ver='1'><item jid='bob@example.com' subscription='both'/>"
                  "</query></iq>");
        }
    }
}

// `stanza` without its id, normalised (ids are the client's to choose).
QString withoutId(Element stanza)
{
    stanza.removeAttribute(u"id");
    return normalize(stanza);
}

} // namespace

class TestAvatar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void interestAnnouncedInCaps();
    void publishXmlExact();
    void publishScalesLargeImagesAndKeepsAspect();
    void clearPublishesEmptyMetadata();
    void notAnImageIsNotPublished();
    void fetchOncePerHashCoalesced();
    void cachedAcrossANewAccount();
    void vcardFallback();
    void pepContactIgnoresPresenceHash();
    void refusals_data();
    void refusals();
    void oversizedBase64RefusedBeforeDecoding();
    void hugeDimensionsRefusedWithoutAllocating();
    void refusedHashNotFetchedAgain();
    void metadataFloodKeepsOneFetchPerContact();
    void lostFetchGivesUpAfterAttempts();
    void strangersIgnored();
    void retrieveFallsBackToVCard();
    void rosterModelRowsFollowAvatars();
    void sqlStoreRoundTrip();

private:
    bool start();
    // Waits (the decoding and encoding run on other threads) for the client's next stanza.
    Element next();
    // Serves bob's (or anyone's) image for the next data request.
    void serveData(const QByteArray &from, const QByteArray &hash, const QByteArray &data);

    std::unique_ptr<ScriptedSession> m_session;
    std::unique_ptr<DiscoManager> m_disco;
    std::unique_ptr<PresenceManager> m_presence;
    std::unique_ptr<PubSubManager> m_pubsub;
    std::unique_ptr<AvatarManager> m_avatars;
    QList<Element> m_pending;
};

void TestAvatar::init()
{
    m_session = std::make_unique<ScriptedSession>();
    m_pending.clear();
}

void TestAvatar::cleanup()
{
    m_avatars.reset();
    m_pubsub.reset();
    m_presence.reset();
    m_disco.reset();
    m_session.reset();
}

bool TestAvatar::start()
{
    m_disco = std::make_unique<DiscoManager>(m_session->connection(), nullptr);
    m_presence = std::make_unique<PresenceManager>(m_session->connection(), m_disco.get());
    m_pubsub = std::make_unique<PubSubManager>(m_session->connection(), m_disco.get());
    m_avatars = std::make_unique<AvatarManager>(
        m_session->connection(), *m_pubsub, *m_presence, std::make_unique<MemoryAvatarStore>());
    const bool ok = m_session->login();
    m_session->takeStanzas();
    return ok;
}

Element TestAvatar::next()
{
    if (m_pending.isEmpty()) {
        if (!QTest::qWaitFor([this] { return !(m_pending = m_session->takeStanzas()).isEmpty(); }, 10000)) {
            return {};
        }
    }
    return m_pending.isEmpty() ? Element() : m_pending.takeFirst();
}

void TestAvatar::serveData(const QByteArray &from, const QByteArray &hash, const QByteArray &data)
{
    const Element request = next();
    QCOMPARE(withoutId(request), normalize(dataRequest(from, hash)));
    m_session->inject(dataResult(request.attribute(u"id"), from, hash, data.toBase64()));
}

void TestAvatar::interestAnnouncedInCaps()
{
    QVERIFY(start());
    QVERIFY(m_disco->ownInfo().features.contains(u"urn:xmpp:avatar:metadata+notify"_s));
}

void TestAvatar::publishXmlExact()
{
    QVERIFY(start());
    const QByteArray jpeg = encode(picture(200, 100), "jpeg");
    QSignalSpy own(m_avatars.get(), &AvatarManager::ownAvatarChanged);
    std::optional<AvatarManager::Result> result;
    m_avatars->setAvatar(jpeg, [&](const AvatarManager::Result &r) { result = r; });

    // 1. The data node, with access_model=open as a precondition.
    const Element data = next();
    const Element item = data.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    const QByteArray hash = item.attribute(u"id").toUtf8();
    const QByteArray png = QByteArray::fromBase64(item.firstChild(u"data").text().toLatin1());
    QVERIFY(png.startsWith("\x89PNG"));
    QCOMPARE(sha1(png), hash);
    QCOMPARE(QImage::fromData(png).size(), QSize(200, 100));
    QCOMPARE(withoutId(data),
        normalize("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                  "<publish node='urn:xmpp:avatar:data'><item id='"
            + hash + "'><data xmlns='urn:xmpp:avatar:data'>" + png.toBase64() + "</data></item></publish>" + openOptions
            + "</pubsub></iq>"));
    QVERIFY(m_session->takeStanzas().isEmpty()); // the metadata waits for the data's result
    m_session->inject("<iq type='result' id='" + data.attribute(u"id").toUtf8() + "'/>");

    // 2. The metadata node.
    const Element metadata = next();
    QCOMPARE(withoutId(metadata),
        normalize("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                  "<publish node='urn:xmpp:avatar:metadata'><item id='"
            + hash + "'><metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='" + QByteArray::number(png.size())
            + "' id='" + hash + "' height='100' width='200' type='image/png'/></metadata></item></publish>"
            + openOptions + "</pubsub></iq>"));
    m_session->inject("<iq type='result' id='" + metadata.attribute(u"id").toUtf8() + "'/>");

    // 3. The presence photo hash (XEP-0153), then the vCard: get, modify, set with the other fields kept.
    const Element presence = next();
    QCOMPARE(presence.name(), u"presence"_s);
    QCOMPARE(presence.firstChild(u"x", u"vcard-temp:x:update").childText(u"photo", u"vcard-temp:x:update"),
        QString::fromLatin1(hash));
    QCOMPARE(own.size(), 1);
    QCOMPARE(m_avatars->ownHash(), QString::fromLatin1(hash));
    const Element vcardGet = next();
    QCOMPARE(withoutId(vcardGet), normalize("<iq type='get'><vCard xmlns='vcard-temp'/></iq>"));
    m_session->inject("<iq type='result' id='" + vcardGet.attribute(u"id").toUtf8()
        + "'><vCard xmlns='vcard-temp'><FN>User</FN><PHOTO><TYPE>image/gif</TYPE><BINVAL>R0lG</BINVAL></PHOTO>"
          "<NICKNAME>u</NICKNAME></vCard></iq>");
    const Element vcardSet = next();
    QCOMPARE(withoutId(vcardSet),
        normalize("<iq type='set'><vCard xmlns='vcard-temp'><FN>User</FN><NICKNAME>u</NICKNAME><PHOTO><TYPE>image/png"
                  "</TYPE><BINVAL>"
            + png.toBase64() + "</BINVAL></PHOTO></vCard></iq>"));
    QVERIFY(!result);
    m_session->inject("<iq type='result' id='" + vcardSet.attribute(u"id").toUtf8() + "'/>");
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QVERIFY(result->warning.isEmpty());
    QCOMPARE(result->avatar->data, png);
    // Every later presence carries the hash.
    QCOMPARE(m_presence->ownPresence().toElement().firstChild(u"x", u"vcard-temp:x:update").childText(u"photo"),
        QString::fromLatin1(hash));
    QCOMPARE(m_avatars->avatar(jid("user@example.com"))->data, png);
}

void TestAvatar::publishScalesLargeImagesAndKeepsAspect()
{
    QVERIFY(start());
    m_avatars->setAvatar(encode(picture(1600, 900), "png"));
    const Element data = next();
    const Element item = data.firstChild(u"pubsub").firstChild(u"publish").firstChild(u"item");
    const QByteArray png = QByteArray::fromBase64(item.firstChild(u"data").text().toLatin1());
    QCOMPARE(QImage::fromData(png).size(), QSize(512, 288));
    QVERIFY(png.size() <= m_avatars->limits().maxPublishBytes);
}

void TestAvatar::clearPublishesEmptyMetadata()
{
    QVERIFY(start());
    std::optional<AvatarManager::Result> result;
    m_avatars->clearAvatar([&](const AvatarManager::Result &r) { result = r; });
    const Element metadata = next();
    QCOMPARE(withoutId(metadata),
        normalize("<iq type='set'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                  "<publish node='urn:xmpp:avatar:metadata'><item><metadata xmlns='urn:xmpp:avatar:metadata'/>"
                  "</item></publish>"
            + openOptions + "</pubsub></iq>"));
    m_session->inject("<iq type='result' id='" + metadata.attribute(u"id").toUtf8() + "'/>");
    const Element presence = next();
    const Element photo = presence.firstChild(u"x", u"vcard-temp:x:update").firstChild(u"photo");
    QVERIFY(!photo.isNull());
    QVERIFY(photo.text().isEmpty());
    // No vCard yet: item-not-found, an empty one is saved without a PHOTO.
    const Element vcardGet = next();
    m_session->inject("<iq type='error' id='" + vcardGet.attribute(u"id").toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    const Element vcardSet = next();
    QCOMPARE(withoutId(vcardSet), normalize("<iq type='set'><vCard xmlns='vcard-temp'/></iq>"));
    m_session->inject("<iq type='result' id='" + vcardSet.attribute(u"id").toUtf8() + "'/>");
    QVERIFY(result && result->ok());
    QVERIFY(m_avatars->ownHash().isEmpty());
}

void TestAvatar::notAnImageIsNotPublished()
{
    QVERIFY(start());
    std::optional<AvatarManager::Result> result;
    m_avatars->setAvatar("this is not an image", [&](const AvatarManager::Result &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    QVERIFY(result->refused);
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestAvatar::fetchOncePerHashCoalesced()
{
    QVERIFY(start());
    const QByteArray png = encode(picture(64, 64), "png");
    const QByteArray hash = sha1(png);
    QSignalSpy changed(m_avatars.get(), &AvatarManager::avatarChanged);
    m_session->inject(metadataEvent("bob@example.com", pngInfo(hash, png.size())));
    const Element request = next();
    QCOMPARE(withoutId(request), normalize(dataRequest("bob@example.com", hash)));
    // The same hash again from bob, and from carol: no second request.
    m_session->inject(metadataEvent("bob@example.com", pngInfo(hash, png.size())));
    m_session->inject(metadataEvent("carol@example.com", pngInfo(hash, png.size())));
    QVERIFY(m_session->takeStanzas().isEmpty());
    m_session->inject(dataResult(request.attribute(u"id"), "bob@example.com", hash, png.toBase64()));
    QTRY_COMPARE_WITH_TIMEOUT(m_avatars->hashOf(jid("bob@example.com")), QString::fromLatin1(hash), 10000);
    QCOMPARE(m_avatars->hashOf(jid("carol@example.com")), QString::fromLatin1(hash));
    QCOMPARE(m_avatars->avatar(jid("carol@example.com"))->data, png);
    QCOMPARE(m_avatars->avatar(jid("bob@example.com"))->type, u"image/png"_s);
    QCOMPARE(m_avatars->fetchRequests(), 1);
    const QImage shown = m_avatars->image(jid("bob@example.com")).value<QImage>();
    QCOMPARE(shown.size(), QSize(64, 64));
    // Known now: announcing it again fetches nothing.
    m_session->inject(metadataEvent("bob@example.com", pngInfo(hash, png.size())));
    m_session->inject(metadataEvent("dave@example.com", pngInfo(hash, png.size())));
    QCOMPARE(m_avatars->hashOf(jid("dave@example.com")), QString::fromLatin1(hash));
    QVERIFY(m_session->takeStanzas().isEmpty());
    QCOMPARE(m_avatars->fetchRequests(), 1);
    QVERIFY(changed.size() >= 3);
    // Disabled (§4.5): empty metadata.
    m_session->inject(metadataEvent("bob@example.com", ""));
    QVERIFY(m_avatars->hashOf(jid("bob@example.com")).isEmpty());
    QVERIFY(!m_avatars->image(jid("bob@example.com")).isValid());
}

void TestAvatar::cachedAcrossANewAccount()
{
    QTemporaryDir dir;
    AccountSettings settings;
    settings.connection.jid = jid("user@example.com/balcony");
    settings.connection.password = u"pencil"_s;
    settings.connection.autoReconnect = false;
    settings.profileDir = dir.path();
    settings.automaticCatchUp = false;
    settings.keepaliveIdleMs = 0;
    settings.e2eScrypt = { 1 << 10, 8, 1 };
    const QByteArray png = encode(picture(48, 48, Qt::red), "png");
    const QByteArray hash = sha1(png);
    const QByteArray event = metadataEvent("bob@example.com", pngInfo(hash, png.size()));
    {
        auto transport = std::make_unique<ScriptedTransport>();
        ScriptedTransport *server = transport.get();
        Account account(settings, std::move(transport));
        QVERIFY(account.open().isOpen());
        const QList<Element> login = loginAccount(account, *server);
        QVERIFY(!login.isEmpty());
        serveRoster(*server, login);
        drain(*server);
        server->inject(event);
        const QList<Element> written = dataRequests(drain(*server));
        QCOMPARE(written.size(), 1);
        const Element request = written.constFirst();
        QCOMPARE(withoutId(request), normalize(dataRequest("bob@example.com", hash)));
        server->inject(dataResult(request.attribute(u"id"), "bob@example.com", hash, png.toBase64()));
        QTRY_COMPARE_WITH_TIMEOUT(account.avatars()->hashOf(jid("bob@example.com")), QString::fromLatin1(hash), 10000);
    }
    // A new Account on the same profile: the avatar is there before any network traffic, and the same
    // metadata at the next login fetches nothing.
    auto transport = std::make_unique<ScriptedTransport>();
    ScriptedTransport *server = transport.get();
    Account account(settings, std::move(transport));
    QVERIFY(account.open().isOpen());
    QCOMPARE(account.avatars()->hashOf(jid("bob@example.com")), QString::fromLatin1(hash));
    QCOMPARE(account.avatars()->avatar(jid("bob@example.com"))->data, png);
    const QList<Element> login = loginAccount(account, *server);
    QVERIFY(!login.isEmpty());
    serveRoster(*server, login);
    drain(*server);
    server->inject(event);
    QVERIFY(dataRequests(drain(*server)).isEmpty());
    QCOMPARE(account.avatars()->fetchRequests(), 0);
    // The image for notifications is written into the profile.
    const QString file = account.avatars()->imageFile(jid("bob@example.com"));
    QVERIFY(file.startsWith(dir.path()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), png);
}

void TestAvatar::vcardFallback()
{
    QVERIFY(start());
    const QByteArray jpeg = encode(picture(40, 30), "jpeg");
    const QByteArray hash = sha1(jpeg);
    m_session->inject("<presence from='dave@example.com/laptop'><x xmlns='vcard-temp:x:update'><photo>" + hash
        + "</photo></x></presence>");
    QVERIFY(m_presence->bestResource(jid("dave@example.com"))); // PresenceManager still has it
    const Element request = next();
    QCOMPARE(withoutId(request), normalize("<iq type='get' to='dave@example.com'><vCard xmlns='vcard-temp'/></iq>"));
    // Another resource with the same hash: no second request.
    m_session->inject("<presence from='dave@example.com/phone'><x xmlns='vcard-temp:x:update'><photo>" + hash
        + "</photo></x></presence>");
    QVERIFY(m_session->takeStanzas().isEmpty());
    m_session->inject("<iq type='result' id='" + request.attribute(u"id").toUtf8()
        + "' from='dave@example.com'><vCard xmlns='vcard-temp'><FN>Dave</FN><PHOTO><TYPE>image/jpeg</TYPE><BINVAL>\n"
        + jpeg.toBase64() + "\n</BINVAL></PHOTO></vCard></iq>");
    QTRY_COMPARE_WITH_TIMEOUT(m_avatars->hashOf(jid("dave@example.com")), QString::fromLatin1(hash), 10000);
    QCOMPARE(m_avatars->avatar(jid("dave@example.com"))->type, u"image/jpeg"_s);
    QCOMPARE(m_avatars->avatar(jid("dave@example.com"))->data, jpeg);
    // "Not ready" (<x/> without <photo/>) changes nothing; an empty <photo/> means no avatar.
    m_session->inject("<presence from='dave@example.com/laptop'><x xmlns='vcard-temp:x:update'/></presence>");
    QCOMPARE(m_avatars->hashOf(jid("dave@example.com")), QString::fromLatin1(hash));
    m_session->inject("<presence from='dave@example.com/laptop'><x xmlns='vcard-temp:x:update'><photo/></x>"
                      "</presence>");
    QVERIFY(m_avatars->hashOf(jid("dave@example.com")).isEmpty());
    QVERIFY(m_session->takeStanzas().isEmpty());
}

void TestAvatar::pepContactIgnoresPresenceHash()
{
    QVERIFY(start());
    const QByteArray png = encode(picture(32, 32), "png");
    const QByteArray hash = sha1(png);
    m_session->inject(metadataEvent("bob@example.com", pngInfo(hash, png.size())));
    serveData("bob@example.com", hash, png);
    QTRY_COMPARE_WITH_TIMEOUT(m_avatars->hashOf(jid("bob@example.com")), QString::fromLatin1(hash), 10000);
    m_session->inject("<presence from='bob@example.com/x'><x xmlns='vcard-temp:x:update'><photo>"
                      "0123456789abcdef0123456789abcdef01234567</photo></x></presence>");
    QVERIFY(m_session->takeStanzas().isEmpty());
    QCOMPARE(m_avatars->hashOf(jid("bob@example.com")), QString::fromLatin1(hash));
}

void TestAvatar::refusals_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("data"); // empty: nothing must be fetched
    const QByteArray png = encode(picture(16, 16), "png");
    const QByteArray text = "plain text, not an image at all";
    const QByteArray bmp = encode(picture(16, 16), "bmp");
    QTest::newRow("50 MB claimed") << pngInfo(sha1(png), 50 * 1024 * 1024) << QByteArray();
    QTest::newRow("just over 1 MiB") << pngInfo(sha1(png), 1024 * 1024 + 1) << QByteArray();
    QTest::newRow("size not a number") << pngInfo(sha1(png), 0) << QByteArray();
    QTest::newRow("type not accepted") << pngInfo(sha1(bmp), bmp.size(), "image/bmp") << QByteArray();
    QTest::newRow("svg") << pngInfo(sha1(png), png.size(), "image/svg+xml") << QByteArray();
    QTest::newRow("id not a hash") << pngInfo("../../etc/passwd", png.size()) << QByteArray();
    QTest::newRow("only on the web") << QByteArray(
        "<info bytes='10' id='" + sha1(png) + "' type='image/png' url='http://example.com/a.png'/>")
                                     << QByteArray();
    QTest::newRow("hash mismatch") << pngInfo(sha1("other bytes"), png.size()) << png;
    QTest::newRow("not an image") << pngInfo(sha1(text), text.size()) << text;
    QTest::newRow("bmp claiming png") << pngInfo(sha1(bmp), bmp.size()) << bmp;
}

void TestAvatar::refusals()
{
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, data);
    QVERIFY(start());
    QSignalSpy refused(m_avatars.get(), &AvatarManager::avatarRefused);
    m_session->inject(metadataEvent("mallory@example.com", info));
    if (!data.isEmpty()) {
        const Element request = next();
        const QByteArray hash
            = request.firstChild(u"pubsub").firstChild(u"items").firstChild(u"item").attribute(u"id").toUtf8();
        m_session->inject(dataResult(request.attribute(u"id"), "mallory@example.com", hash, data.toBase64()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY(!refused.first().at(2).toString().isEmpty());
    QVERIFY(m_avatars->hashOf(jid("mallory@example.com")).isEmpty());
    QVERIFY(m_session->takeStanzas().isEmpty());
    QCOMPARE(m_avatars->fetchRequests(), data.isEmpty() ? 0 : 1);
}

void TestAvatar::oversizedBase64RefusedBeforeDecoding()
{
    QVERIFY(start());
    AvatarManager::Limits limits;
    limits.maxBytes = 16 * 1024;
    m_avatars->setLimits(limits);
    QSignalSpy refused(m_avatars.get(), &AvatarManager::avatarRefused);
    const QByteArray hash = sha1("whatever");
    m_session->inject(metadataEvent("mallory@example.com", pngInfo(hash, 1000))); // lies about the size
    const Element request = next();
    m_session->inject(dataResult(request.attribute(u"id"), "mallory@example.com", hash, QByteArray(200 * 1024, 'A')));
    QCOMPARE(refused.size(), 1); // at once: nothing was decoded
    QVERIFY(refused.first().at(2).toString().contains(u"16 KiB"_s));
    QVERIFY(m_avatars->hashOf(jid("mallory@example.com")).isEmpty());
}

void TestAvatar::hugeDimensionsRefusedWithoutAllocating()
{
    QVERIFY(start());
    // 5000 x 5000 pixels in a few KiB: the header says so before anything is decoded.
    QImage huge(5000, 5000, QImage::Format_Mono);
    huge.fill(0);
    const QByteArray png = encode(huge, "png");
    QVERIFY(png.size() < 1024 * 1024);
    const QByteArray hash = sha1(png);
    QSignalSpy refused(m_avatars.get(), &AvatarManager::avatarRefused);
    m_session->inject(metadataEvent("mallory@example.com", pngInfo(hash, png.size())));
    serveData("mallory@example.com", hash, png);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QVERIFY(refused.first().at(2).toString().contains(u"4096"_s));
    QVERIFY(m_avatars->hashOf(jid("mallory@example.com")).isEmpty());
}

void TestAvatar::refusedHashNotFetchedAgain()
{
    QVERIFY(start());
    const QByteArray text = "not an image";
    const QByteArray hash = sha1(text);
    QSignalSpy refused(m_avatars.get(), &AvatarManager::avatarRefused);
    m_session->inject(metadataEvent("mallory@example.com", pngInfo(hash, text.size())));
    serveData("mallory@example.com", hash, text);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    for (int i = 0; i < 20; ++i) {
        m_session->inject(metadataEvent("mallory@example.com", pngInfo(hash, text.size())));
        m_session->inject(metadataEvent("eve@example.com", pngInfo(hash, text.size())));
    }
    QVERIFY(m_session->takeStanzas().isEmpty());
    QCOMPARE(m_avatars->fetchRequests(), 1);
}

void TestAvatar::metadataFloodKeepsOneFetchPerContact()
{
    QVERIFY(start());
    const QByteArray png = encode(picture(20, 20), "png");
    const QByteArray last = sha1(png);
    QByteArray flood;
    for (int i = 0; i < 1000; ++i) {
        flood += metadataEvent("mallory@example.com", pngInfo(sha1(QByteArray::number(i)), 100));
    }
    flood += metadataEvent("mallory@example.com", pngInfo(last, png.size()));
    m_session->inject(flood);
    // One request in flight for the contact; only the latest update waits behind it.
    QList<Element> written = m_session->takeStanzas();
    QCOMPARE(written.size(), 1);
    m_session->inject("<iq type='error' from='mallory@example.com' id='" + written.first().attribute(u"id").toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    written = m_session->takeStanzas();
    QCOMPARE(written.size(), 1);
    QCOMPARE(withoutId(written.first()), normalize(dataRequest("mallory@example.com", last)));
    m_session->inject(dataResult(written.first().attribute(u"id"), "mallory@example.com", last, png.toBase64()));
    QTRY_COMPARE_WITH_TIMEOUT(m_avatars->hashOf(jid("mallory@example.com")), QString::fromLatin1(last), 10000);
    QCOMPARE(m_avatars->fetchRequests(), 2);
}

void TestAvatar::lostFetchGivesUpAfterAttempts()
{
    QVERIFY(start());
    const QByteArray hash = sha1("too large for the parser");
    QSignalSpy refused(m_avatars.get(), &AvatarManager::avatarRefused);
    AvatarManager::Limits limits;
    limits.maxAttempts = 1;
    m_avatars->setLimits(limits);
    m_session->inject(metadataEvent("mallory@example.com", pngInfo(hash, 1000)));
    QCOMPARE(m_session->takeStanzas().size(), 1);
    // The answer ends the stream (an item larger than the parser's stanza limit): the request is lost with it.
    m_session->inject("<message><body>" + QByteArray(1100 * 1024, 'x') + "</body></message>");
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(refused.first().at(1).toString(), QString::fromLatin1(hash));
}

void TestAvatar::strangersIgnored()
{
    QVERIFY(start());
    m_presence->setContactPolicy([](const Jid &bare) { return bare == jid("bob@example.com"); });
    const QByteArray hash = sha1("x");
    m_session->inject(metadataEvent("stranger@example.com", pngInfo(hash, 100)));
    m_session->inject("<presence from='stranger@example.com/r'><x xmlns='vcard-temp:x:update'><photo>" + hash
        + "</photo></x></presence>");
    QVERIFY(m_session->takeStanzas().isEmpty());
    QCOMPARE(m_avatars->fetchRequests(), 0);
}

void TestAvatar::retrieveFallsBackToVCard()
{
    QVERIFY(start());
    const QByteArray gif = encode(picture(24, 24), "png");
    std::optional<AvatarManager::Result> result;
    m_avatars->retrieve(jid("erin@example.com"), [&](const AvatarManager::Result &r) { result = r; });
    const Element metadataGet = next();
    QCOMPARE(withoutId(metadataGet),
        normalize("<iq type='get' to='erin@example.com'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                  "<items node='urn:xmpp:avatar:metadata' max_items='1'/></pubsub></iq>"));
    m_session->inject("<iq type='error' from='erin@example.com' id='" + metadataGet.attribute(u"id").toUtf8()
        + "'><error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    const Element vcardGet = next();
    QCOMPARE(withoutId(vcardGet), normalize("<iq type='get' to='erin@example.com'><vCard xmlns='vcard-temp'/></iq>"));
    m_session->inject("<iq type='result' from='erin@example.com' id='" + vcardGet.attribute(u"id").toUtf8()
        + "'><vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE><BINVAL>" + gif.toBase64()
        + "</BINVAL></PHOTO></vCard></iq>");
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QVERIFY(result->avatar);
    QCOMPARE(result->avatar->data, gif);
    QCOMPARE(result->avatar->hash, QString::fromLatin1(sha1(gif)));

    // No avatar anywhere: ok, none.
    result.reset();
    m_avatars->retrieve(jid("frank@example.com"), [&](const AvatarManager::Result &r) { result = r; });
    const Element get2 = next();
    m_session->inject("<iq type='result' from='frank@example.com' id='" + get2.attribute(u"id").toUtf8()
        + "'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:metadata'/></pubsub></iq>");
    const Element vcard2 = next();
    m_session->inject("<iq type='result' from='frank@example.com' id='" + vcard2.attribute(u"id").toUtf8()
        + "'><vCard xmlns='vcard-temp'><FN>Frank</FN></vCard></iq>");
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QVERIFY(!result->avatar);
}

void TestAvatar::rosterModelRowsFollowAvatars()
{
    QVERIFY(start());
    RosterModel model;
    RosterItem bob;
    bob.jid = jid("bob@example.com");
    RosterItem carol;
    carol.jid = jid("carol@example.com");
    RosterItem dave;
    dave.jid = jid("dave@example.com");
    model.setItems({ bob, carol, dave });
    model.setAvatarManager(m_avatars.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QByteArray png = encode(picture(300, 150), "png");
    const QByteArray hash = sha1(png);
    m_session->inject(metadataEvent("carol@example.com", pngInfo(hash, png.size())));
    serveData("carol@example.com", hash, png);
    const int carolRow = model.rowOf(carol.jid);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), carolRow);
        QCOMPARE(signal.at(1).toModelIndex().row(), carolRow);
    }
    QCOMPARE(model.data(model.index(carolRow), RosterModel::AvatarHashRole).toString(), QString::fromLatin1(hash));
    const QImage shown = model.data(model.index(carolRow), RosterModel::AvatarRole).value<QImage>();
    QCOMPARE(shown.size(), QSize(128, 64)); // scaled for display, aspect kept
    QVERIFY(model.data(model.index(model.rowOf(bob.jid)), RosterModel::AvatarHashRole).toString().isEmpty());
    QVERIFY(!model.data(model.index(model.rowOf(bob.jid)), RosterModel::AvatarRole).isValid());
}

void TestAvatar::sqlStoreRoundTrip()
{
    QTemporaryDir dir;
    Database database(dir.path());
    QVERIFY(database.open().isOpen());
    QVERIFY(database.schemaVersion() >= 9); // the avatar tables arrived with version 9
    SqlAvatarStore store(database);
    const AvatarRecord record { u"0123456789abcdef0123456789abcdef01234567"_s, u"image/png"_s, 10, 20,
        QByteArray("\x89PNG\0\1\2", 7) };
    QVERIFY(!store.hasAvatar(record.hash));
    store.storeAvatar(record);
    QVERIFY(store.hasAvatar(record.hash));
    QCOMPARE(*store.avatar(record.hash), record);
    store.setContactAvatar(jid("bob@example.com"), { record.hash, AvatarSource::VCard });
    store.setContactAvatar(jid("carol@example.com"), { QString(), AvatarSource::Pep });
    QCOMPARE(store.contactAvatar(jid("bob@example.com"))->source, AvatarSource::VCard);
    QCOMPARE(store.contactAvatars().size(), 2);
    QCOMPARE(store.removeUnreferencedAvatars(), 0);
    store.removeContactAvatar(jid("bob@example.com"));
    QCOMPARE(store.removeUnreferencedAvatars(), 1);
    QVERIFY(!store.avatar(record.hash));
}

QTEST_MAIN(TestAvatar)
#include "tst_avatar.moc"
