// Saves screenshots of the main window for review (not a test): two accounts with contacts in groups, presence,
// conversations with encrypted and failed messages, a contact request, an open chat and one in XEP-0207 eventing
// mode; in the system palette
// and in a dark one. Run under a display (Xvfb) with the platform that the user has:
//
//   ui_screenshots OUTPUT_DIR [--dark]

#include "ChatWidget.h"
#include "FakeLinkLocalBackend.h"
#include "LocalChatWidget.h"
#include "MainWindow.h"
#include "RoomKeysDialog.h"
#include "ScriptedSession.h"
#include "TestJid.h"
#include "Theme.h"
#include "UiFixture.h"
#include "app/LocalNetwork.h"
#include "linklocal/LinkLocalTxt.h"
#include "storage/E2eKeyStore.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace balcony;
using namespace balcony::test;
using namespace Qt::StringLiterals;

namespace {

void save(QWidget *window, const QString &path)
{
    window->show();
    window->raise();
    window->activateWindow();
    QTest::qWait(300);
    window->grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: ui_screenshots OUTPUT_DIR [--dark]" << Qt::endl;
        return 2;
    }
    const QString out = args.at(1);
    const bool dark = args.contains(u"--dark"_s);
    QDir().mkpath(out);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(ui::Theme::darkPalette()); // what the app's Dark setting gives
    }
    const QString suffix = dark ? u"-dark"_s : QString();

    {
        UiFixture empty;
        ui::MainWindow window(&empty.manager());
        window.resize(1040, 680);
        save(&window, out + u"/main-empty"_s + suffix + u".png"_s);
    }

    UiFixture fixture;
    const Jid me = jid("user@example.com");
    const Jid other = jid("user@example.net");
    fixture.setRoster(me,
        { UiFixture::item(u"romeo@montague.lit"_s, u"Romeo Montague"_s, { u"Friends"_s }),
            UiFixture::item(u"juliet@capulet.lit"_s, u"Juliet Capulet"_s, { u"Family"_s, u"Friends"_s }),
            UiFixture::item(u"mercutio@verona.lit"_s, u"Mercutio"_s, { u"Friends"_s }),
            UiFixture::item(u"benvolio@montague.lit"_s, u"Benvolio"_s, { u"Family"_s }),
            UiFixture::item(u"friar.laurence@verona.lit"_s, u"Friar Laurence"_s, {}),
            UiFixture::item(u"nurse@capulet.lit"_s, QString(), {}, u"none"_s) });
    fixture.setRoster(other,
        { UiFixture::item(u"tybalt@capulet.lit"_s, u"Tybalt"_s, { u"Rivals"_s }),
            UiFixture::item(u"paris@verona.lit"_s, u"Count Paris"_s, { u"Rivals"_s }) });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Jid romeo = jid("romeo@montague.lit/phone");
    fixture.addMessage(me, romeo, MessageDirection::Incoming, u"But soft, what light through yonder window breaks?"_s,
        now.addSecs(-3600));
    fixture.addMessage(me, romeo, MessageDirection::Outgoing, u"It is the east, and Juliet is the sun."_s,
        now.addSecs(-3500), MessageState::Delivered, true);
    fixture.addMessage(me, romeo, MessageDirection::Incoming, u"Shall I hear more, or shall I speak at this?"_s,
        now.addSecs(-600), MessageState::Received, true);
    fixture.addMessage(me, romeo, MessageDirection::Outgoing, u"Deny thy father and refuse thy name."_s,
        now.addSecs(-300), MessageState::AckedByServer, true);
    fixture.addMessage(me, jid("mercutio@verona.lit/a"), MessageDirection::Outgoing, u"A plague on both your houses!"_s,
        now.addDays(-1), MessageState::Failed);
    fixture.addMessage(
        me, jid("juliet@capulet.lit/a"), MessageDirection::Incoming, u"Good night, good night!"_s, now.addSecs(-120));
    fixture.addMessage(me, jid("juliet@capulet.lit/a"), MessageDirection::Incoming,
        u"Parting is such sweet sorrow, that I shall say good night till it be morrow."_s, now.addSecs(-60));
    fixture.addMessage(other, jid("tybalt@capulet.lit/a"), MessageDirection::Incoming, u"Boy, this shall not excuse"_s,
        now.addDays(-3));
    app::AccountController *controller = fixture.addAccount(me.bareString(), u"Verona"_s);
    fixture.addAccount(other.bareString(), u"Capulet house"_s);
    ui::MainWindow window(&fixture.manager());
    window.resize(1040, 680);
    fixture.login(controller);
    ScriptedTransport *server = fixture.server(me);
    server->inject("<presence from='romeo@montague.lit/phone'><show>chat</show><status>Under the balcony</status>"
                   "</presence>");
    server->inject("<presence from='juliet@capulet.lit/a'/>");
    server->inject("<presence from='mercutio@verona.lit/a'><show>dnd</show><status>Dueling</status></presence>");
    server->inject("<presence from='benvolio@montague.lit/a'><show>away</show></presence>");
    server->inject("<presence from='rosaline@capulet.lit' type='subscribe'><status>Remember me?</status></presence>");
    QTest::qWait(100);
    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(1);
    save(&window, out + u"/main-contacts"_s + suffix + u".png"_s);

    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(0);
    ui::ChatWidget *chat = window.openChat(controller, jid("romeo@montague.lit"));
    chat->setComposerText(u"O Romeo, Romeo, wherefore art thou Romeo?"_s);
    save(&window, out + u"/main-chat"_s + suffix + u".png"_s);
    {
        // XEP-0207 eventing mode: Juliet's client made the pair's node; her message came as an event, ours went back
        // through it (acknowledged by our own notification). The header and the rows say so.
        controller->setEventing(true);
        server->inject("<message from='juliet@capulet.lit/a' to='user@example.com/balcony'><chat "
                       "xmlns='urn:xmpp:balcony:eventing:0' service='pubsub.example.com' node='node-j'/></message>");
        server->inject("<message from='pubsub.example.com' to='user@example.com/balcony' type='headline'><event "
                       "xmlns='http://jabber.org/protocol/pubsub#event'><items node='node-j'><item id='j1' "
                       "publisher='juliet@capulet.lit'><message xmlns='jabber:client'><body>My bounty is as boundless "
                       "as the sea, my love as deep.</body><addresses xmlns='http://jabber.org/protocol/address'>"
                       "<address type='replyto' jid='juliet@capulet.lit/a'/></addresses></message></item></items>"
                       "</event></message>");
        QTest::qWait(50);
        controller->sendMessage(jid("juliet@capulet.lit"), u"O blessed, blessed night!"_s);
        QTest::qWait(50);
        const QByteArray published = server->allWritten();
        const qsizetype publish = published.lastIndexOf("<publish node=\"node-j\"");
        const qsizetype at = publish >= 0 ? published.indexOf("<item id=\"", publish) : -1;
        if (at >= 0) {
            const qsizetype start = at + 10;
            const QByteArray itemId = published.mid(start, published.indexOf('"', start) - start);
            server->inject("<message from='pubsub.example.com' to='user@example.com/balcony' type='headline'><event "
                           "xmlns='http://jabber.org/protocol/pubsub#event'><items node='node-j'><item id='"
                + itemId
                + "' publisher='user@example.com'><message xmlns='jabber:client'><body>O blessed, blessed night!"
                  "</body><addresses xmlns='http://jabber.org/protocol/address'><address type='replyto' "
                  "jid='user@example.com/balcony'/></addresses></message></item></items></event></message>");
        }
        ui::ChatWidget *eventingChat = window.openChat(controller, jid("juliet@capulet.lit"));
        eventingChat->setComposerText(u"I am afeard, being in night, all this is but a dream."_s);
        save(&window, out + u"/main-chat-eventing"_s + suffix + u".png"_s);
        controller->setEventing(false);
        window.openChat(controller, jid("romeo@montague.lit"));
    }
    window.showAddContact(Jid(), u"rosaline@capulet"_s, QString(), {}, false);
    QTest::qWait(300);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == u"addContactDialog"_s && top->isVisible()) {
            top->grab().save(out + u"/add-contact"_s + suffix + u".png"_s);
            QTextStream(stdout) << out + u"/add-contact"_s + suffix + u".png"_s << Qt::endl;
        }
    }

    // Whom OMEMO encrypts for in a room: a verified member, one with a device not trusted yet, one without any (the
    // server has no device list for him).
    {
        E2eKeyStore &keys = *controller->account().e2eKeyStore();
        auto identity = [](char fill) {
            QByteArray key(33, fill);
            key[0] = 0x05;
            return key;
        };
        keys.saveOmemoDevice({ jid("romeo@montague.lit"), OmemoVersion::Legacy, 1111, identity('\x11'),
            OmemoTrust::Verified, true, QString(), now, now });
        keys.saveOmemoDevice({ jid("romeo@montague.lit"), OmemoVersion::V2, 1112, identity('\x12'), OmemoTrust::Blind,
            true, QString(), now, now });
        keys.saveOmemoDevice({ jid("juliet@capulet.lit"), OmemoVersion::V2, 2222, identity('\x22'),
            OmemoTrust::Undecided, true, QString(), now, now });
        server->clearWrites();
        ui::RoomKeysDialog roomKeys(controller, jid("balcony@conference.verona.lit"),
            { jid("romeo@montague.lit"), jid("juliet@capulet.lit"), jid("mercutio@verona.lit") }, &window);
        roomKeys.show();
        for (int round = 0; round < 20; ++round) {
            while (!server->writes().isEmpty()) {
                for (const Element &iq : ScriptedSession::stanzasIn(server->takeWrite())) {
                    if (iq.name() == u"iq"_s && iq.attribute(u"type"_s) == u"get"_s) {
                        server->inject(u"<iq type='error' from='%1' id='%2'><error type='cancel'><item-not-found "
                                       "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s
                                           .arg(iq.attribute(u"to"_s), iq.attribute(u"id"_s))
                                           .toUtf8());
                    }
                }
            }
            QTest::qWait(20);
        }
        save(&roomKeys, out + u"/room-keys"_s + suffix + u".png"_s);
    }

    // The local network (XEP-0174) beside the two accounts: its peers as their own branch, and a chat with one.
    QTemporaryDir localProfile;
    FakeLinkLocalBackend backend;
    app::LocalNetwork local(localProfile.path(), &backend);
    local.start(u"me"_s, Presence::Show::None, QString());
    const auto peer = [&backend](const QString &name, const QString &nick, linklocal::LinkLocalPresence::Status status,
                          const QString &message) {
        linklocal::LinkLocalPresence presence;
        presence.nick = nick;
        presence.status = status;
        presence.message = message;
        backend.resolve(name, u"1:0"_s, u"127.0.0.1"_s, 9, linklocal::encodeTxt(presence));
    };
    peer(u"juliet@balcony-pc"_s, u"Juliet"_s, linklocal::LinkLocalPresence::Status::Available, u"upstairs"_s);
    peer(u"nurse@kitchen"_s, u"Nurse"_s, linklocal::LinkLocalPresence::Status::Away, u"making tea"_s);
    window.setLocalNetwork(&local);
    local.sendMessage(jid("juliet@balcony-pc"), u"Are you on the balcony?"_s);
    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(1);
    save(&window, out + u"/main-local-contacts"_s + suffix + u".png"_s);
    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentIndex(0);
    ui::LocalChatWidget *localChat = window.openLocalChat(jid("juliet@balcony-pc"));
    localChat->setComposerText(u"I can see the light from here."_s);
    save(&window, out + u"/main-local-chat"_s + suffix + u".png"_s);
    window.setLocalNetwork(nullptr);
    return 0;
}
