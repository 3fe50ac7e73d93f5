#include "app/AccountList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

QString passwordModeName(PasswordMode mode)
{
    switch (mode) {
    case PasswordMode::Keychain:
        return u"keychain"_s;
    case PasswordMode::Session:
        return u"session"_s;
    case PasswordMode::Ask:
        return u"ask"_s;
    }
    return u"keychain"_s;
}

PasswordMode passwordModeFrom(const QString &name)
{
    if (name == u"session") {
        return PasswordMode::Session;
    }
    if (name == u"ask") {
        return PasswordMode::Ask;
    }
    return PasswordMode::Keychain;
}

} // namespace

AccountList::AccountList(const QString &file)
    : m_file(file)
{
}

bool AccountList::load(QString *error)
{
    m_accounts.clear();
    m_fileFormat = Format;
    if (!QFileInfo::exists(m_file)) {
        return true;
    }
    QSettings settings(m_file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "The account list %1 cannot be read.")
                         .arg(QDir::toNativeSeparators(m_file));
        }
        return false;
    }
    m_fileFormat = settings.value(u"format"_s, Format).toInt();
    const int count = settings.beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const std::optional<Jid> jid = Jid::parse(settings.value(u"jid"_s).toString());
        if (!jid || jid->local().isEmpty() || indexOf(jid->bare()) >= 0) {
            continue; // not an account JID (a hand-edited file) or a repeat: skipped, and dropped at the next save
        }
        AccountConfig config;
        config.jid = jid->bare();
        config.resource = settings.value(u"resource"_s).toString();
        config.enabled = settings.value(u"enabled"_s, true).toBool();
        config.host = settings.value(u"host"_s).toString();
        const uint port = settings.value(u"port"_s, 0).toUInt();
        config.port = port <= 65535 ? quint16(port) : 0;
        config.directTls = settings.value(u"directTls"_s, false).toBool();
        const QString transport = settings.value(u"transport"_s).toString();
        if (transport == u"websocket") {
            config.binding = TransportBinding::WebSocket;
            const QUrl url(settings.value(u"websocketUrl"_s).toString(), QUrl::StrictMode);
            config.websocketUrl = url.isValid() && url.scheme() == u"wss" ? url : QUrl();
        } else if (transport == u"bosh") {
            config.binding = TransportBinding::Bosh;
            const QUrl url(settings.value(u"boshUrl"_s).toString(), QUrl::StrictMode);
            config.boshUrl = url.isValid() && url.scheme() == u"https" ? url : QUrl();
        }
        config.passwordMode = passwordModeFrom(settings.value(u"password"_s).toString());
        config.label = settings.value(u"label"_s).toString();
        config.eventing = settings.value(u"eventing"_s, false).toBool();
        m_accounts.append(config);
    }
    settings.endArray();
    return true;
}

bool AccountList::save(QString *error) const
{
    if (m_fileFormat > Format) {
        if (error) {
            *error = QCoreApplication::translate(
                "balcony", "The account list %1 was written by a newer version of Balcony and is left as it is.")
                         .arg(QDir::toNativeSeparators(m_file));
        }
        return false;
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings settings(m_file, QSettings::IniFormat);
    settings.clear();
    settings.setValue(u"format"_s, Format);
    settings.beginWriteArray(u"accounts"_s, int(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        const AccountConfig &config = m_accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"jid"_s, config.jid.bareString());
        settings.setValue(u"resource"_s, config.resource);
        settings.setValue(u"enabled"_s, config.enabled);
        settings.setValue(u"host"_s, config.host);
        settings.setValue(u"port"_s, config.port);
        settings.setValue(u"directTls"_s, config.directTls);
        settings.setValue(u"transport"_s,
            config.binding == TransportBinding::WebSocket  ? u"websocket"_s
                : config.binding == TransportBinding::Bosh ? u"bosh"_s
                                                           : u"tcp"_s);
        settings.setValue(u"websocketUrl"_s, config.websocketUrl.toString(QUrl::FullyEncoded));
        settings.setValue(u"boshUrl"_s, config.boshUrl.toString(QUrl::FullyEncoded));
        settings.setValue(u"password"_s, passwordModeName(config.passwordMode));
        settings.setValue(u"label"_s, config.label);
        settings.setValue(u"eventing"_s, config.eventing);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error) {
            *error = QCoreApplication::translate("balcony", "The account list %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(m_file));
        }
        return false;
    }
    return true;
}

std::optional<AccountConfig> AccountList::find(const Jid &account) const
{
    const qsizetype index = indexOf(account);
    return index >= 0 ? std::optional(m_accounts.at(index)) : std::nullopt;
}

bool AccountList::add(const AccountConfig &config)
{
    if (config.jid.isNull() || config.jid.local().isEmpty() || indexOf(config.jid) >= 0) {
        return false;
    }
    AccountConfig copy = config;
    copy.jid = config.jid.bare();
    m_accounts.append(copy);
    return true;
}

bool AccountList::update(const AccountConfig &config)
{
    const qsizetype index = indexOf(config.jid);
    if (index < 0) {
        return false;
    }
    AccountConfig copy = config;
    copy.jid = config.jid.bare();
    m_accounts[index] = copy;
    return true;
}

bool AccountList::remove(const Jid &account)
{
    const qsizetype index = indexOf(account);
    if (index < 0) {
        return false;
    }
    m_accounts.removeAt(index);
    return true;
}

bool AccountList::move(const Jid &account, qsizetype position)
{
    const qsizetype index = indexOf(account);
    if (index < 0) {
        return false;
    }
    m_accounts.move(index, qBound<qsizetype>(0, position, m_accounts.size() - 1));
    return true;
}

qsizetype AccountList::indexOf(const Jid &account) const
{
    const Jid bare = account.bare();
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).jid == bare) {
            return i;
        }
    }
    return -1;
}

} // namespace balcony::app
