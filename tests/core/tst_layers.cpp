// Dependencies in src/ point down only (ARCHITECTURE.md): the bottom layers, core/ (value types, the XML
// writer) and crypto/ (OpenSSL wrappers), include nothing of another directory of src/. Checked on the sources
// (BALCONY_SOURCE_DIR, set by ctest), so a new upward include fails here rather than in a review.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bottomLayersIncludeNothingAbove_data();
    void bottomLayersIncludeNothingAbove();
};

void TestLayers::bottomLayersIncludeNothingAbove_data()
{
    QTest::addColumn<QString>("layer");
    QTest::newRow("core") << u"core"_s;
    QTest::newRow("crypto") << u"crypto"_s;
}

void TestLayers::bottomLayersIncludeNothingAbove()
{
    QFETCH(QString, layer);
    const QString root = qEnvironmentVariable("BALCONY_SOURCE_DIR");
    if (root.isEmpty()) {
        QSKIP("BALCONY_SOURCE_DIR is not set (run through ctest)");
    }
    // #include "dir/File.h" names a directory of src/; a bare "File.h" is the same directory.
    static const QRegularExpression include(uR"(^\s*#\s*include\s+"([A-Za-z0-9_]+)/)"_s);
    QStringList upward;
    int files = 0;
    QDirIterator it(root + u"/src/"_s + layer, { u"*.h"_s, u"*.cpp"_s }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch match = include.match(text);
            if (match.hasMatch() && match.captured(1) != layer) {
                upward.append(u"%1:%2: %3"_s.arg(path).arg(line).arg(text.trimmed()));
            }
        }
    }
    QVERIFY(files > 0);
    QVERIFY2(upward.isEmpty(), qPrintable(upward.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
