// End to end on a real avahi-daemon (AvahiFixture): `balcony-cli local` / `local-send` processes with their own
// SQLite profiles, talking to each other and to an independent XEP-0174 peer (tests/e2e/peer_linklocal.py:
// avahi-publish/avahi-browse for DNS-SD, raw sockets and Python's XML parser for the streams), both ways.
#include "AvahiFixture.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using balcony::test::AvahiFixture;

namespace {

constexpr int timeoutMs = 20000;

QString hostLabel()
{
    const QString host = QSysInfo::machineHostName().section(u'.', 0, 0);
    return host.isEmpty() ? u"localhost"_s : host;
}

// A process that prints one JSON object per line: balcony-cli local --json, or the Python peer.
class JsonProcess {
public:
    JsonProcess()
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, [this] { read(); });
    }
    ~JsonProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate(); // the process this test started
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
    }
    void start(const QString &program, const QStringList &arguments) { process.start(program, arguments); }
    // The first event (from `from` on) with these fields, waiting with the event loop running.
    std::optional<QJsonObject> waitFor(const std::function<bool(const QJsonObject &)> &match, qsizetype from = 0)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            for (qsizetype i = from; i < events.size(); ++i) {
                if (match(events.at(i))) {
                    return events.at(i);
                }
            }
            if (deadline.hasExpired() || process.state() == QProcess::NotRunning) {
                read();
                for (qsizetype i = from; i < events.size(); ++i) {
                    if (match(events.at(i))) {
                        return events.at(i);
                    }
                }
                return std::nullopt;
            }
            QTest::qWait(20);
        }
    }
    std::optional<QJsonObject> waitForEvent(const QString &event, const QString &key, const QString &value)
    {
        return waitFor([&](const QJsonObject &o) {
            return o.value(u"event"_s).toString() == event && o.value(key).toString() == value;
        });
    }
    void command(const QJsonObject &object)
    {
        process.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }
    QString log() const
    {
        return QString(QString::fromUtf8(all) + u"stderr: "_s + QString::fromUtf8(stderrText)).replace(u'\n', u" | "_s);
    }
    void read()
    {
        const QByteArray bytes = process.readAllStandardOutput();
        all += bytes;
        buffer += bytes;
        stderrText += process.readAllStandardError();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(newline);
            buffer.remove(0, newline + 1);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject()) {
                events.append(document.object());
            }
        }
    }

    QProcess process;
    QList<QJsonObject> events;
    QByteArray buffer;
    QByteArray all;
    QByteArray stderrText;
};

} // namespace

class TestE2eLinkLocal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!m_avahi.start()) {
            QSKIP(qPrintable(u"no avahi-daemon: "_s + m_avahi.errorString()));
        }
        if (QStandardPaths::findExecutable(u"avahi-publish"_s).isEmpty()) {
            QSKIP("avahi-utils is not installed (the Python peer's DNS-SD)");
        }
        m_cli = qEnvironmentVariable("BALCONY_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "BALCONY_CLI must name balcony-cli");
        m_suffix = QString::number(QCoreApplication::applicationPid());
        QVERIFY(m_dir.isValid());
    }

    void balconyAndThePythonPeerBothWays()
    {
        const QString bob = u"bob%1"_s.arg(m_suffix);
        const QString bobName = bob + u'@' + hostLabel();
        const QString pyName = u"py%1@other-host"_s.arg(m_suffix);
        JsonProcess balcony;
        balcony.start(m_cli, { u"local"_s, u"--nick"_s, bob, u"--json"_s, u"--profile"_s, m_dir.filePath(u"bob"_s) });
        QVERIFY2(balcony.waitForEvent(u"published"_s, u"name"_s, bobName), qPrintable(balcony.log()));

        JsonProcess python;
        python.start(u"/usr/bin/python3"_s,
            { qEnvironmentVariable("BALCONY_SOURCE_DIR") + u"/tests/e2e/peer_linklocal.py"_s, u"--name"_s, pyName,
                u"--nick"_s, u"Monty"_s });
        QVERIFY2(python.waitForEvent(u"ready"_s, u"name"_s, pyName), qPrintable(python.log()));

        // Balcony sees the Python peer appear, with its TXT record.
        const auto added = balcony.waitForEvent(u"peer-added"_s, u"name"_s, pyName);
        QVERIFY2(added, qPrintable(balcony.log()));
        QCOMPARE(added->value(u"nick"_s).toString(), u"Monty"_s);
        QCOMPARE(added->value(u"status"_s).toString(), u"avail"_s);

        // Python → Balcony, with a receipt back.
        python.command(
            { { u"cmd"_s, u"send"_s }, { u"to"_s, bobName }, { u"body"_s, u"Ni! <&> ✓"_s }, { u"id"_s, u"py-1"_s } });
        const auto message = balcony.waitForEvent(u"message"_s, u"body"_s, u"Ni! <&> ✓"_s);
        QVERIFY2(message, qPrintable(balcony.log()));
        QCOMPARE(message->value(u"from"_s).toString(), pyName);
        QVERIFY2(python.waitForEvent(u"receipt"_s, u"id"_s, u"py-1"_s), qPrintable(python.log()));

        // Balcony (local-send, another process and profile) → Python; exit 0 once Python confirmed it.
        QProcess send;
        send.start(m_cli,
            { u"local-send"_s, u"--nick"_s, u"alice%1"_s.arg(m_suffix), u"--profile"_s, m_dir.filePath(u"alice"_s),
                pyName, u"It's just a flesh wound"_s });
        QTRY_VERIFY_WITH_TIMEOUT(send.state() == QProcess::NotRunning, 40000);
        QVERIFY2(send.exitCode() == 0, send.readAllStandardError().replace('\n', " | ").constData());
        const auto got = python.waitForEvent(u"message"_s, u"body"_s, u"It's just a flesh wound"_s);
        QVERIFY2(got, qPrintable(python.log()));
        QCOMPARE(got->value(u"from"_s).toString(), u"alice%1@"_s.arg(m_suffix) + hostLabel());

        // A status change is seen live; the peer leaving too.
        const qsizetype before = balcony.events.size();
        python.command({ { u"cmd"_s, u"status"_s }, { u"status"_s, u"dnd"_s } });
        QVERIFY2(balcony.waitFor(
                     [&](const QJsonObject &o) {
                         return o.value(u"name"_s).toString() == pyName && o.value(u"status"_s).toString() == u"dnd"_s;
                     },
                     before),
            qPrintable(balcony.log()));
        python.command({ { u"cmd"_s, u"quit"_s } });
        QVERIFY2(balcony.waitForEvent(u"peer-removed"_s, u"name"_s, pyName), qPrintable(balcony.log()));
        QTRY_VERIFY_WITH_TIMEOUT(python.process.state() == QProcess::NotRunning, timeoutMs);
        QCOMPARE(python.process.exitCode(), 0);
    }

    void twoBalconyProcessesDeliverWhatWaitedForThem()
    {
        const QString carol = u"carol%1"_s.arg(m_suffix);
        const QString dave = u"dave%1"_s.arg(m_suffix);
        const QString carolName = carol + u'@' + hostLabel();
        const QString daveName = dave + u'@' + hostLabel();
        const QString carolProfile = m_dir.filePath(u"carol"_s);
        const QString daveProfile = m_dir.filePath(u"dave"_s);
        // Neither is there: each message stays queued in its sender's profile (exit 8; 10 when avahi's cache
        // still reported the other's record of the run before, withdrawn less than a second ago: RFC 6762 §10.1
        // keeps a record for one second after its goodbye).
        for (const auto &[nick, profile, to, text] : { std::tuple { carol, carolProfile, daveName, u"from carol"_s },
                 std::tuple { dave, daveProfile, carolName, u"from dave"_s } }) {
            QProcess send;
            send.start(m_cli,
                { u"local-send"_s, u"--nick"_s, nick, u"--profile"_s, profile, u"--timeout"_s, u"2"_s, to, text });
            QTRY_VERIFY_WITH_TIMEOUT(send.state() == QProcess::NotRunning, timeoutMs);
            const QByteArray error = send.readAllStandardError();
            QVERIFY2(send.exitCode() == 8 || send.exitCode() == 10, error.constData());
            QVERIFY(error.contains("stays queued"));
        }
        // Both come online: each one's outbox goes to the other as it appears.
        JsonProcess carolRun;
        carolRun.start(m_cli, { u"local"_s, u"--nick"_s, carol, u"--json"_s, u"--profile"_s, carolProfile });
        JsonProcess daveRun;
        daveRun.start(m_cli,
            { u"local"_s, u"--nick"_s, dave, u"--json"_s, u"--status"_s, u"away"_s, u"--profile"_s, daveProfile });
        // (Dave's local-send above published him for a moment as available: avahi's cache may still report that
        // record first, then his new one.)
        QVERIFY2(carolRun.waitFor([&](const QJsonObject &o) {
            return o.value(u"name"_s).toString() == daveName && o.value(u"status"_s).toString() == u"away"_s;
        }),
            qPrintable(carolRun.log()));
        QVERIFY2(daveRun.waitForEvent(u"peer-added"_s, u"name"_s, carolName), qPrintable(daveRun.log()));
        const auto atDave = daveRun.waitForEvent(u"message"_s, u"body"_s, u"from carol"_s);
        QVERIFY2(atDave, qPrintable(daveRun.log() + u" CAROL: "_s + carolRun.log()));
        QCOMPARE(atDave->value(u"from"_s).toString(), carolName);
        const auto atCarol = carolRun.waitForEvent(u"message"_s, u"body"_s, u"from dave"_s);
        QVERIFY2(atCarol, qPrintable(carolRun.log()));
        QCOMPARE(atCarol->value(u"from"_s).toString(), daveName);

        // Dave signs out (SIGTERM): Carol sees him leave; his process ends normally.
        daveRun.process.terminate();
        QVERIFY2(carolRun.waitForEvent(u"peer-removed"_s, u"name"_s, daveName), qPrintable(carolRun.log()));
        QTRY_VERIFY_WITH_TIMEOUT(daveRun.process.state() == QProcess::NotRunning, timeoutMs);
        QCOMPARE(daveRun.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daveRun.process.exitCode(), 0);

        carolRun.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(carolRun.process.state() == QProcess::NotRunning, timeoutMs);
        QCOMPARE(carolRun.process.exitCode(), 0);
    }

    void badArguments()
    {
        for (const QStringList &arguments :
            { QStringList { u"local"_s }, QStringList { u"local"_s, u"--nick"_s, u"a@b"_s },
                QStringList { u"local"_s, u"--nick"_s, u"a"_s, u"--status"_s, u"busy"_s },
                QStringList { u"local-send"_s, u"--nick"_s, u"a"_s, u"peer@host"_s },
                QStringList { u"local-send"_s, u"--nick"_s, u"a"_s, u"not a jid"_s, u"text"_s } }) {
            QProcess cli;
            cli.start(m_cli, arguments);
            QVERIFY(cli.waitForFinished(timeoutMs));
            QVERIFY2(cli.exitCode() == 2, qPrintable(arguments.join(u' ')));
            QVERIFY(cli.readAllStandardError().startsWith("balcony-cli: "));
        }
    }

private:
    AvahiFixture m_avahi;
    QTemporaryDir m_dir;
    QString m_cli;
    QString m_suffix;
};

QTEST_GUILESS_MAIN(TestE2eLinkLocal)
#include "tst_e2e_linklocal.moc"
