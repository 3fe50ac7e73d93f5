#pragma once

#include "im/ChatState.h"
#include "im/PresenceManager.h"

#include <QImage>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QToolButton;

namespace balcony::ui {

// The top of a chat: the contact's name and presence, "typing…" (XEP-0085), whether it goes through the XEP-0207
// eventing mode, the lock that says whether the next
// message goes out encrypted (and opens the fingerprints), search and close, and, when a contact's key changed,
// a warning bar that cannot be missed, with a button to verify the new key.
class ChatHeader : public QWidget {
    Q_OBJECT
public:
    explicit ChatHeader(QWidget *parent = nullptr);
    ~ChatHeader() override;

    void setContact(const QString &name, const QString &jid);
    // The contact's avatar (null: the initials).
    void setAvatar(const QImage &image);
    const QImage &avatar() const { return m_avatarImage; }
    void setPresence(PresenceManager::Availability availability, const QString &status);
    void setChatState(ChatState state);
    // `encrypted`: the next message goes out encrypted; `policyText` names the policy for the tooltip.
    // `method`: how ("OMEMO", "OMEMO 2", "ESession"), shown in the lock's tooltip and accessible description.
    void setEncryption(bool encrypted, const QString &policyText, const QString &method = QString());
    // XEP-0207 eventing mode: messages to the contact go through publish-subscribe ("via publish-subscribe" shown
    // next to the presence). Never in a room.
    void setEventing(bool eventing);
    bool eventingShown() const;
    // Empty text hides the warning.
    void setKeyWarning(const QString &text);
    // A room's lock (XEP-0384 §6): whether the next room message goes out OMEMO-encrypted, and when OMEMO cannot
    // be used in the room, why (`reason`, shown in the tooltip).
    void setRoomEncryption(bool encrypted, const QString &reason);
    // A room (XEP-0045): the room's lock (setRoomEncryption()), no presence; the line under the name says whether we
    // are in the room, how many are there and the subject (`text`), and a button shows or hides the occupant list.
    void setRoomMode(bool room);
    void setRoomStatus(bool inRoom, const QString &text);
    QToolButton *occupantsButton() const { return m_occupants; }

    QToolButton *lockButton() const { return m_lock; }
    QToolButton *searchButton() const { return m_search; }
    QString typingText() const;
    bool keyWarningShown() const;

    static QString availabilityText(PresenceManager::Availability availability);
    static QColor availabilityColor(PresenceManager::Availability availability);
    // A padlock drawn for the palette: closed and green, or open and grey.
    static QIcon lockIcon(bool closed, const QPalette &palette);

Q_SIGNALS:
    void lockClicked();
    void searchClicked();
    void closeClicked();
    void verifyClicked();
    void occupantsToggled(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePresenceLine();
    void updateAvatar();

    static constexpr int AvatarSize = 36;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_presenceDot;
    QLabel *m_presence;
    QLabel *m_eventing;
    QToolButton *m_lock;
    QToolButton *m_occupants;
    QToolButton *m_search;
    QToolButton *m_close;
    QFrame *m_warning;
    QLabel *m_warningText;
    QPushButton *m_verify;
    PresenceManager::Availability m_availability = PresenceManager::Availability::Offline;
    QString m_status;
    ChatState m_state = ChatState::None;
    QString m_nameText;
    QString m_jid;
    QImage m_avatarImage;
    bool m_encrypted = false;
    bool m_room = false;
    bool m_inRoom = false;
    QString m_roomText;
};

} // namespace balcony::ui
