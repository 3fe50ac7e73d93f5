// "Start on login" (src/app/Autostart): the XDG autostart entry under a temporary XDG_CONFIG_HOME, its Exec
// line read back as a desktop session would, and desktop-file-validate's verdict on it.
#include "app/Autostart.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace balcony::app;

namespace {

// The Exec key as a launcher reads it: the string escapes first (Desktop Entry Specification §4), then the
// argument quoting of §7 ("..." with \", \`, \$, \\ inside; %% for %).
QStringList readExec(const QString &entry)
{
    QString value;
    for (const QString &line : entry.split(u'\n')) {
        if (line.startsWith(u"Exec="_s)) {
            value = line.mid(5);
        }
    }
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            unescaped.append(next == u's' ? u' ' : next == u'n' ? u'\n' : next == u't' ? u'\t' : next);
        } else {
            unescaped.append(value[i]);
        }
    }
    QStringList arguments;
    QString current;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (inQuotes) {
            if (c == u'\\' && i + 1 < unescaped.size()) {
                current.append(unescaped[++i]);
            } else if (c == u'%' && i + 1 < unescaped.size() && unescaped[i + 1] == u'%') {
                current.append(u'%');
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                current.append(c);
            }
        } else if (c == u'"') {
            inQuotes = true;
            any = true;
        } else if (c == u' ') {
            if (any || !current.isEmpty()) {
                arguments.append(current);
            }
            current.clear();
            any = false;
        } else if (c == u'%' && i + 1 < unescaped.size() && unescaped[i + 1] == u'%') {
            current.append(u'%');
            ++i;
        } else {
            current.append(c);
        }
    }
    if (any || !current.isEmpty()) {
        arguments.append(current);
    }
    return arguments;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestAutostart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void entryFollowsXdgConfigHome();
    void enableWritesAnEntryThatStartsMinimized();
    void disableRemovesIt();
    void argumentsWithSpecialCharactersSurvive();
    void unwritableLocationIsAnError();
    void entryIsValid();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAutostart::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_CONFIG_HOME", m_home->path().toUtf8());
}

void TestAutostart::cleanup()
{
    qunsetenv("XDG_CONFIG_HOME");
    m_home.reset();
}

void TestAutostart::entryFollowsXdgConfigHome()
{
    QCOMPARE(Autostart::entryPath(), m_home->path() + u"/autostart/org.balcony.Balcony.desktop"_s);
}

void TestAutostart::enableWritesAnEntryThatStartsMinimized()
{
    Autostart autostart(u"/usr/bin/balcony"_s, QString());
    QVERIFY(!autostart.isEnabled());
    QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.errorString()));
    QVERIFY(autostart.isEnabled());
    const QString entry = readFile(Autostart::entryPath());
    QVERIFY(entry.startsWith(u"[Desktop Entry]\n"_s));
    QVERIFY(entry.contains(u"\nType=Application\n"_s));
    QCOMPARE(readExec(entry), QStringList({ u"/usr/bin/balcony"_s, u"--minimized"_s }));
    // Enabling twice keeps one entry.
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(readFile(Autostart::entryPath()), entry);
}

void TestAutostart::disableRemovesIt()
{
    Autostart autostart(u"/usr/bin/balcony"_s, QString());
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(!autostart.isEnabled());
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    // Already off: still a success.
    QVERIFY(autostart.setEnabled(false));
    QVERIFY(autostart.errorString().isEmpty());
}

void TestAutostart::argumentsWithSpecialCharactersSurvive()
{
    const QString executable = u"/opt/My Apps/bal$cony`\"\\100%"_s;
    const QString profile = u"/home/al ice/Balcony data/50% \"portable\""_s;
    Autostart autostart(executable, profile);
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(readExec(readFile(Autostart::entryPath())),
        QStringList({ executable, u"--minimized"_s, u"--profile-root"_s, profile }));
}

void TestAutostart::unwritableLocationIsAnError()
{
    // A file where the autostart folder should be: neither root nor anyone else can create the entry there.
    QFile blocker(m_home->filePath(u"autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Autostart autostart(u"/usr/bin/balcony"_s, QString());
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.errorString().contains(Autostart::entryPath()));
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::entryIsValid()
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty()) {
        QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
    }
    Autostart autostart(u"/opt/My Apps/balcony"_s, u"/home/al ice/50%"_s);
    QVERIFY(autostart.setEnabled(true));
    QProcess process;
    process.start(validator, { Autostart::entryPath() });
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
