#pragma once

#include "core/Stanza.h"
#include "storage/E2eKeyStore.h"

#include <QObject>
#include <QSettings>
#include <QString>

#include <optional>

namespace balcony::app {

// The desktop app's own settings, typed, over QSettings on AppPaths::settingsFile() (settings.ini in the app
// data folder, INI format; never the platform's default location, so --profile-root keeps everything in one
// place). Per-account settings live in accounts.ini (AccountList); "start on login" is the XDG autostart entry
// itself (Autostart: the file is the setting), so it is not duplicated here.
//
// Keys (group/key = default):
//   notifications/enabled = true               a notification for a new message in a chat that is not in view
//   notifications/hideText = false             "New message" instead of the text (shoulder surfers, screen shares)
//   notifications/sound = true                 the notification server plays its "message-new-instant" sound
//   notifications/subscriptionRequests = true  a notification when someone asks to see our presence
//   notifications/roomMessages = mentions      mentions | all: which group chat messages are notified
//   appearance/theme = system                  system | light | dark (Theme in ui/ applies it at once)
//   privacy/sendReceipts = true                XEP-0184 receipts and XEP-0333 read markers to contacts
//   privacy/sendChatStates = true              XEP-0085 typing notifications
//   privacy/publishOfflineOptions = true       XEP-0187: publish offline ESession options on sign-out ...
//   privacy/offlineOptionsValidityHours = 168  ... valid this long (1 h .. 90 days)
//   files/autoShowImages = false               thumbnails of images from contacts with a both-way subscription are
//                                              fetched without a click (never from strangers or in rooms)
//   encryption/defaultPolicy = whenPossible    never | whenPossible | always: every account's default (E2eKeyStore)
//   encryption/omemoManualTrust = false        OMEMO: a new device waits for the user (else blind trust before
//                                              verification)
//   status/autoAwayMinutes = 5                 away after that long without input (0 = off)
//   status/extendedAwayMinutes = 30            extended away after that long (0 = off)
//   status/autoAwayMessage = ""                the status message while automatically away
//   status/chosen = available                  the status the user last chose (available | chat | away | xa |
//                                              dnd | offline), restored at the next start (StatusController)
//   status/chosenMessage = ""                  ... and its status message
//   general/language = ""                      "" = the system's; else a translation code (de, fr, ...), next start
//   general/closeToTray = true                 closing the window hides it in the tray (when a tray exists)
//   general/closeToTrayNoticeShown = false     the user was told once what closing does
//   localNetwork/enabled = false               the "Local network" pseudo-account (XEP-0174): announces the user
//                                              to everyone on the network, so off until the user switches it on
//   localNetwork/nick = ""                     the name published there ("" = the login name); invalid = ""
//
// One instance per process (the app makes it and hands it around): changed() comes from the instance that
// wrote the value. Values read back from the file are checked; anything out of range reads as the default.
class AppSettings : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    // Which messages of a group chat (XEP-0045) are notified: those mentioning our nick, or every one.
    enum class RoomNotifications { Mentions, All };

    // The key names, for changed() and for tests.
    static constexpr QStringView NotificationsEnabled = u"notifications/enabled";
    static constexpr QStringView NotificationsHideText = u"notifications/hideText";
    static constexpr QStringView NotificationsSound = u"notifications/sound";
    static constexpr QStringView NotificationsSubscriptions = u"notifications/subscriptionRequests";
    static constexpr QStringView NotificationsRoomMessages = u"notifications/roomMessages";
    static constexpr QStringView AppearanceTheme = u"appearance/theme";
    static constexpr QStringView PrivacySendReceipts = u"privacy/sendReceipts";
    static constexpr QStringView PrivacySendChatStates = u"privacy/sendChatStates";
    static constexpr QStringView PrivacyPublishOfflineOptions = u"privacy/publishOfflineOptions";
    static constexpr QStringView PrivacyOfflineOptionsHours = u"privacy/offlineOptionsValidityHours";
    static constexpr QStringView FilesAutoShowImages = u"files/autoShowImages";
    static constexpr QStringView EncryptionDefaultPolicy = u"encryption/defaultPolicy";
    static constexpr QStringView EncryptionOmemoManualTrust = u"encryption/omemoManualTrust";
    static constexpr QStringView StatusAutoAwayMinutes = u"status/autoAwayMinutes";
    static constexpr QStringView StatusExtendedAwayMinutes = u"status/extendedAwayMinutes";
    static constexpr QStringView StatusAutoAwayMessage = u"status/autoAwayMessage";
    static constexpr QStringView StatusChosen = u"status/chosen";
    static constexpr QStringView StatusChosenMessage = u"status/chosenMessage";
    static constexpr QStringView GeneralLanguage = u"general/language";
    static constexpr QStringView GeneralCloseToTray = u"general/closeToTray";
    static constexpr QStringView GeneralCloseToTrayNoticeShown = u"general/closeToTrayNoticeShown";
    static constexpr QStringView LocalNetworkEnabled = u"localNetwork/enabled";
    static constexpr QStringView LocalNetworkNick = u"localNetwork/nick";

    static constexpr int minOfflineOptionsHours = 1;
    static constexpr int maxOfflineOptionsHours = 90 * 24;
    static constexpr int maxIdleMinutes = 24 * 60;

    // On AppPaths::settingsFile() as it is when constructed.
    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    bool hideMessageText() const;
    void setHideMessageText(bool hide);
    bool notificationSound() const;
    void setNotificationSound(bool sound);
    bool notifySubscriptionRequests() const;
    void setNotifySubscriptionRequests(bool notify);
    RoomNotifications roomNotifications() const;
    void setRoomNotifications(RoomNotifications which);

    Theme theme() const;
    void setTheme(Theme theme);

    bool sendReceipts() const;
    void setSendReceipts(bool send);
    bool sendChatStates() const;
    void setSendChatStates(bool send);
    bool publishOfflineOptions() const;
    void setPublishOfflineOptions(bool publish);
    int offlineOptionsValidityHours() const;
    void setOfflineOptionsValidityHours(int hours); // clamped to [min, max]
    bool autoShowImages() const;
    void setAutoShowImages(bool show);
    bool omemoManualTrust() const;
    void setOmemoManualTrust(bool manual);

    E2ePolicy defaultEncryptionPolicy() const;
    void setDefaultEncryptionPolicy(E2ePolicy policy);

    int autoAwayMinutes() const; // 0 = off
    void setAutoAwayMinutes(int minutes); // clamped to [0, maxIdleMinutes]
    int extendedAwayMinutes() const; // 0 = off
    void setExtendedAwayMinutes(int minutes);
    QString autoAwayMessage() const;
    void setAutoAwayMessage(const QString &message);
    // The user's last choice of status: a presence show (None = available), or offline (nullopt).
    std::optional<Presence::Show> chosenShow() const;
    void setChosenShow(std::optional<Presence::Show> show);
    QString chosenMessage() const;
    void setChosenMessage(const QString &message);

    QString language() const; // empty: the system's
    void setLanguage(const QString &code);
    bool closeToTray() const;
    void setCloseToTray(bool close);
    bool closeToTrayNoticeShown() const;
    void setCloseToTrayNoticeShown(bool shown);
    bool localNetworkEnabled() const;
    void setLocalNetworkEnabled(bool enabled);
    // The nick to publish (LocalNetwork::isValidNick()), or LocalNetwork::defaultNick() when none valid is set.
    QString localNetworkNick() const;
    void setLocalNetworkNick(const QString &nick);

    // Writes pending changes to the file now (QSettings writes them lazily otherwise). False if it cannot.
    bool sync();

Q_SIGNALS:
    // A value was changed through this object (`key` is one of the constants above); not emitted when the
    // new value equals the old one.
    void changed(const QString &key);

private:
    bool boolValue(QStringView key, bool fallback) const;
    int intValue(QStringView key, int fallback, int min, int max) const;
    QString choiceValue(QStringView key, const QStringList &choices, const QString &fallback) const;
    void write(QStringView key, const QVariant &value);

    mutable QSettings m_settings;
};

} // namespace balcony::app
