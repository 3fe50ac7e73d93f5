#pragma once

#include "core/Jid.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace balcony::app {

// An xmpp: link (RFC 5122) with its query action (XEP-0147), as the desktop app receives it from the command
// line, the launcher's %u or a second launch's hand-over.
//
//   xmpp:[//account@host/]target[?action[;key=value]*][#fragment]
//
// Parsing follows RFC 5122 §2.2: the authority (which of the user's accounts to use) and the target are split
// on their raw delimiters first, then each part is percent-decoded as UTF-8 (§2.7.1), so an encoded "@" or "/"
// (%40, %2F) stays part of the localpart or resource. Host names may be given as IRI (U-labels) or URI
// (A-labels, "xn--") and are compared in their Unicode form (§2.7.2, RFC 7622). The fragment identifies
// nothing in XMPP and is ignored (§2.2). Nothing here sends anything: the app shows what a link asks for and
// the user confirms.
class XmppUri {
public:
    enum class Action {
        None, // no query: open a chat with the target
        Message, // ?message: a chat with the target, the body (and subject) pre-filled
        Roster, // ?roster: add the target to the roster (name, group)
        Subscribe, // ?subscribe: add the target and ask for its presence
        Join, // ?join: enter the group chat room the target names (XEP-0045 §7.2), with its password if given
        Unsupported, // a XEP-0147 action Balcony does not carry out yet (join, invite, pubsub, ...)
    };

    // nullopt for a malformed link; `error` (if given) gets a translated sentence for the user.
    static std::optional<XmppUri> parse(const QString &text, QString *error = nullptr);
    // Whether a command-line argument is meant as an xmpp: link (the scheme, case-insensitive).
    static bool looksLikeXmppUri(const QString &argument);

    // The account the link asks to act from (the authority, "xmpp://guest@example.com/..."); null if none.
    const Jid &account() const { return m_account; }
    // Whom the link is about; null only for an authority-only link ("xmpp://guest@example.com").
    const Jid &target() const { return m_target; }
    Action action() const { return m_action; }
    // The query type as written (decoded), e.g. "join" for Action::Unsupported.
    const QString &actionName() const { return m_actionName; }
    // The decoded ";key=value" pairs in order; keys may repeat (XEP-0147 allows several groups).
    const QList<QPair<QString, QString>> &parameters() const { return m_parameters; }
    // The first value for `key`, empty if there is none.
    QString parameter(const QString &key) const;
    QStringList parameters(const QString &key) const;

    // ?message
    QString body() const { return parameter(QStringLiteral("body")); }
    // ?join;password=... (XEP-0147): the room's password.
    QString password() const { return parameter(QStringLiteral("password")); }
    QString subject() const { return parameter(QStringLiteral("subject")); }
    QString thread() const { return parameter(QStringLiteral("thread")); }
    // ?roster
    QString name() const { return parameter(QStringLiteral("name")); }
    QStringList groups() const { return parameters(QStringLiteral("group")); }

    // For Action::Unsupported: the translated sentence that tells the user this action is not supported yet.
    QString unsupportedMessage() const;

private:
    Jid m_account;
    Jid m_target;
    Action m_action = Action::None;
    QString m_actionName;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace balcony::app
