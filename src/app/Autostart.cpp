#include "app/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

// Desktop Entry Specification §7 ("The Exec key"): an argument with reserved characters is quoted in double
// quotes, inside which ", `, $ and \ are escaped with a backslash; "%" is written "%%". Then the string value
// itself escapes backslashes once more (§4, "\\").
QString quoteExecArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    QString quoted = argument;
    quoted.replace(u'%', u"%%"_s);
    bool needsQuotes = quoted.isEmpty();
    for (const QChar c : std::as_const(quoted)) {
        needsQuotes = needsQuotes || reserved.contains(c);
    }
    if (needsQuotes) {
        QString inner;
        for (const QChar c : std::as_const(quoted)) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\') {
                inner.append(u'\\');
            }
            inner.append(c);
        }
        quoted = u'"' + inner + u'"';
    }
    quoted.replace(u'\\', u"\\\\"_s);
    return quoted;
}

} // namespace

Autostart::Autostart(QString executable, QString profileRoot)
    : m_executable(std::move(executable))
    , m_profileRoot(std::move(profileRoot))
{
}

QString Autostart::entryPath()
{
    // XDG Base Directory: $XDG_CONFIG_HOME, else ~/.config (GenericConfigLocation follows both).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/org.balcony.Balcony.desktop"_s;
}

bool Autostart::isEnabled() const
{
    return QFileInfo::exists(entryPath());
}

QString Autostart::entryText() const
{
    QString exec = quoteExecArgument(m_executable) + u" --minimized"_s;
    if (!m_profileRoot.isEmpty()) {
        exec += u" --profile-root "_s + quoteExecArgument(m_profileRoot);
    }
    return u"[Desktop Entry]\n"
           u"Type=Application\n"
           u"Name=Balcony\n"
           u"Comment=Start Balcony in the system tray\n"
           u"Exec="_s
        + exec
        + u"\n"
          u"Icon=org.balcony.Balcony\n"
          u"Terminal=false\n"
          u"X-GNOME-Autostart-enabled=true\n"_s;
}

bool Autostart::setEnabled(bool enabled)
{
    m_error.clear();
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            m_error = QCoreApplication::translate("balcony::app::Autostart", "Cannot remove the autostart entry %1: %2")
                          .arg(path, file.errorString());
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = QCoreApplication::translate(
            "balcony::app::Autostart", "Cannot create the folder for the autostart entry %1.")
                      .arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText().toUtf8()) < 0 || !file.commit()) {
        m_error = QCoreApplication::translate("balcony::app::Autostart", "Cannot write the autostart entry %1: %2")
                      .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace balcony::app
