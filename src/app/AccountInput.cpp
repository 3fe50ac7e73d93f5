#include "AccountInput.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

} // namespace

QString AccountInput::checkAccountJid(const QString &text, Jid *jid)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("balcony", "Enter your address, like name@example.org.");
    }
    if (!trimmed.contains(u'@')) {
        return QCoreApplication::translate("balcony", "An address has a name and a server, like name@example.org.");
    }
    QString why;
    const auto parsed = Jid::parse(trimmed, &why);
    if (!parsed) {
        return QCoreApplication::translate("balcony", "This address is not valid: %1").arg(why);
    }
    if (parsed->local().isEmpty()) {
        return QCoreApplication::translate("balcony", "An address has a name before the @, like name@example.org.");
    }
    if (!parsed->resource().isEmpty()) {
        return QCoreApplication::translate(
            "balcony", "Leave out the part after \"/\"; the resource goes under Advanced.");
    }
    if (jid) {
        *jid = parsed->bare();
    }
    return {};
}

QString AccountInput::checkServer(const QString &text, Jid *domain)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("balcony", "Enter the server's name, like example.org.");
    }
    if (trimmed.contains(u'@') || trimmed.contains(u'/')) {
        return QCoreApplication::translate(
            "balcony", "Enter only the server's name, like example.org (the user name comes next).");
    }
    QString why;
    const auto parsed = Jid::parse(trimmed, &why);
    if (!parsed) {
        return QCoreApplication::translate("balcony", "This server name is not valid: %1").arg(why);
    }
    if (domain) {
        *domain = *parsed;
    }
    return {};
}

QString AccountInput::checkPassword(const QString &password)
{
    return password.isEmpty() ? QCoreApplication::translate("balcony", "Enter the password.") : QString();
}

QString AccountInput::checkNewPassword(const QString &password, const QString &repeated)
{
    if (password.isEmpty()) {
        return QCoreApplication::translate("balcony", "Enter the new password.");
    }
    if (password != repeated) {
        return QCoreApplication::translate("balcony", "The two passwords differ; type the same one twice.");
    }
    return {};
}

QString AccountInput::checkHost(const QString &host)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty() || !QHostAddress(trimmed).isNull()) {
        return {};
    }
    if (trimmed.contains(u"://"_s) || trimmed.contains(u':') || trimmed.contains(u' ') || trimmed.contains(u'/')) {
        return QCoreApplication::translate(
            "balcony", "Enter only a host name or an IP address (the port has its own field).");
    }
    if (QUrl::toAce(trimmed).isEmpty()) {
        return QCoreApplication::translate("balcony", "This host name is not valid.");
    }
    return {};
}

QString AccountInput::checkResource(const QString &resource)
{
    if (resource.isEmpty()) {
        return {};
    }
    const auto probe = Jid::parse(u"name@example.org"_s);
    if (!probe || probe->withResource(resource).isNull()) {
        return QCoreApplication::translate("balcony", "This resource name cannot be used.");
    }
    return {};
}

} // namespace balcony::app
