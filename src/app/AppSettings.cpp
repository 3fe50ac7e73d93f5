#include "app/AppSettings.h"

#include "app/AppPaths.h"
#include "app/LocalNetwork.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

const QStringList &themeNames()
{
    static const QStringList names { u"system"_s, u"light"_s, u"dark"_s };
    return names;
}

// In E2ePolicy's numeric order.
const QStringList &policyNames()
{
    static const QStringList names { u"never"_s, u"whenPossible"_s, u"always"_s };
    return names;
}

// Presence::Show's order, then "offline" last.
static_assert(int(Presence::Show::None) == 0 && int(Presence::Show::Xa) == 4);
const QStringList &statusNames()
{
    static const QStringList names { u"available"_s, u"away"_s, u"chat"_s, u"dnd"_s, u"xa"_s, u"offline"_s };
    return names;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(AppPaths::settingsFile(), QSettings::IniFormat)
{
}

AppSettings::~AppSettings()
{
    m_settings.sync();
}

bool AppSettings::boolValue(QStringView key, bool fallback) const
{
    const QVariant value = m_settings.value(key.toString());
    if (!value.isValid()) {
        return fallback;
    }
    // INI stores "true"/"false"; anything else (hand-edited) is not a yes.
    const QString text = value.toString();
    if (text == u"true"_s || text == u"1"_s) {
        return true;
    }
    if (text == u"false"_s || text == u"0"_s) {
        return false;
    }
    return fallback;
}

int AppSettings::intValue(QStringView key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings.value(key.toString()).toString().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

QString AppSettings::choiceValue(QStringView key, const QStringList &choices, const QString &fallback) const
{
    const QString value = m_settings.value(key.toString()).toString();
    return choices.contains(value) ? value : fallback;
}

void AppSettings::write(QStringView key, const QVariant &value)
{
    const QString name = key.toString();
    if (m_settings.contains(name) && m_settings.value(name).toString() == value.toString()) {
        return;
    }
    m_settings.setValue(name, value);
    Q_EMIT changed(name);
}

bool AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

bool AppSettings::notificationsEnabled() const
{
    return boolValue(NotificationsEnabled, true);
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    write(NotificationsEnabled, enabled);
}

bool AppSettings::hideMessageText() const
{
    return boolValue(NotificationsHideText, false);
}

void AppSettings::setHideMessageText(bool hide)
{
    write(NotificationsHideText, hide);
}

bool AppSettings::notificationSound() const
{
    return boolValue(NotificationsSound, true);
}

void AppSettings::setNotificationSound(bool sound)
{
    write(NotificationsSound, sound);
}

bool AppSettings::notifySubscriptionRequests() const
{
    return boolValue(NotificationsSubscriptions, true);
}

void AppSettings::setNotifySubscriptionRequests(bool notify)
{
    write(NotificationsSubscriptions, notify);
}

AppSettings::RoomNotifications AppSettings::roomNotifications() const
{
    // Anything but "all" (a typo, an older or newer value) is the quiet default.
    return m_settings.value(NotificationsRoomMessages.toString()).toString() == u"all" ? RoomNotifications::All
                                                                                       : RoomNotifications::Mentions;
}

void AppSettings::setRoomNotifications(RoomNotifications which)
{
    write(NotificationsRoomMessages, which == RoomNotifications::All ? u"all"_s : u"mentions"_s);
}

AppSettings::Theme AppSettings::theme() const
{
    return Theme(themeNames().indexOf(choiceValue(AppearanceTheme, themeNames(), themeNames().first())));
}

void AppSettings::setTheme(Theme theme)
{
    write(AppearanceTheme, themeNames().value(int(theme), themeNames().first()));
}

bool AppSettings::sendReceipts() const
{
    return boolValue(PrivacySendReceipts, true);
}

void AppSettings::setSendReceipts(bool send)
{
    write(PrivacySendReceipts, send);
}

bool AppSettings::sendChatStates() const
{
    return boolValue(PrivacySendChatStates, true);
}

void AppSettings::setSendChatStates(bool send)
{
    write(PrivacySendChatStates, send);
}

bool AppSettings::publishOfflineOptions() const
{
    return boolValue(PrivacyPublishOfflineOptions, true);
}

void AppSettings::setPublishOfflineOptions(bool publish)
{
    write(PrivacyPublishOfflineOptions, publish);
}

int AppSettings::offlineOptionsValidityHours() const
{
    return intValue(PrivacyOfflineOptionsHours, 7 * 24, minOfflineOptionsHours, maxOfflineOptionsHours);
}

void AppSettings::setOfflineOptionsValidityHours(int hours)
{
    write(PrivacyOfflineOptionsHours, std::clamp(hours, minOfflineOptionsHours, maxOfflineOptionsHours));
}

E2ePolicy AppSettings::defaultEncryptionPolicy() const
{
    return E2ePolicy(policyNames().indexOf(choiceValue(EncryptionDefaultPolicy, policyNames(), policyNames().at(1))));
}

void AppSettings::setDefaultEncryptionPolicy(E2ePolicy policy)
{
    write(EncryptionDefaultPolicy, policyNames().value(int(policy), policyNames().at(1)));
}

int AppSettings::autoAwayMinutes() const
{
    return intValue(StatusAutoAwayMinutes, 5, 0, maxIdleMinutes);
}

void AppSettings::setAutoAwayMinutes(int minutes)
{
    write(StatusAutoAwayMinutes, std::clamp(minutes, 0, maxIdleMinutes));
}

int AppSettings::extendedAwayMinutes() const
{
    return intValue(StatusExtendedAwayMinutes, 30, 0, maxIdleMinutes);
}

void AppSettings::setExtendedAwayMinutes(int minutes)
{
    write(StatusExtendedAwayMinutes, std::clamp(minutes, 0, maxIdleMinutes));
}

QString AppSettings::autoAwayMessage() const
{
    return m_settings.value(StatusAutoAwayMessage.toString()).toString();
}

void AppSettings::setAutoAwayMessage(const QString &message)
{
    write(StatusAutoAwayMessage, message);
}

std::optional<Presence::Show> AppSettings::chosenShow() const
{
    const qsizetype index = statusNames().indexOf(choiceValue(StatusChosen, statusNames(), statusNames().first()));
    if (index == statusNames().size() - 1) {
        return std::nullopt;
    }
    return Presence::Show(index);
}

void AppSettings::setChosenShow(std::optional<Presence::Show> show)
{
    write(StatusChosen, show ? statusNames().value(int(*show), statusNames().first()) : statusNames().last());
}

QString AppSettings::chosenMessage() const
{
    return m_settings.value(StatusChosenMessage.toString()).toString();
}

void AppSettings::setChosenMessage(const QString &message)
{
    write(StatusChosenMessage, message);
}

QString AppSettings::language() const
{
    // A translation code as the .qm files are named (balcony_<code>.qm): letters, digits, '_' and '-' only, so
    // a hand-edited value cannot name a path.
    static const QRegularExpression code(u"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$"_s);
    const QString value = m_settings.value(GeneralLanguage.toString()).toString();
    return code.match(value).hasMatch() ? value : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    write(GeneralLanguage, code);
}

bool AppSettings::autoShowImages() const
{
    return boolValue(FilesAutoShowImages, false);
}

void AppSettings::setAutoShowImages(bool show)
{
    write(FilesAutoShowImages, show);
}

bool AppSettings::omemoManualTrust() const
{
    return boolValue(EncryptionOmemoManualTrust, false);
}

void AppSettings::setOmemoManualTrust(bool manual)
{
    write(EncryptionOmemoManualTrust, manual);
}

bool AppSettings::closeToTray() const
{
    return boolValue(GeneralCloseToTray, true);
}

void AppSettings::setCloseToTray(bool close)
{
    write(GeneralCloseToTray, close);
}

bool AppSettings::closeToTrayNoticeShown() const
{
    return boolValue(GeneralCloseToTrayNoticeShown, false);
}

void AppSettings::setCloseToTrayNoticeShown(bool shown)
{
    write(GeneralCloseToTrayNoticeShown, shown);
}

bool AppSettings::localNetworkEnabled() const
{
    return boolValue(LocalNetworkEnabled, false);
}

void AppSettings::setLocalNetworkEnabled(bool enabled)
{
    write(LocalNetworkEnabled, enabled);
}

QString AppSettings::localNetworkNick() const
{
    const QString nick = m_settings.value(LocalNetworkNick.toString()).toString().trimmed();
    return LocalNetwork::isValidNick(nick) ? nick : LocalNetwork::defaultNick();
}

void AppSettings::setLocalNetworkNick(const QString &nick)
{
    write(LocalNetworkNick, nick.trimmed() == LocalNetwork::defaultNick() ? QString() : nick.trimmed());
}

} // namespace balcony::app
