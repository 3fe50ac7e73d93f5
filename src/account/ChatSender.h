#pragma once

#include "core/Jid.h"
#include "storage/StoredMessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace balcony {

class E2eKeyStore;
class EsessionManager;
class MessageManager;
class OmemoManager;

// Sends one-to-one chat messages as the user's encryption policy says (OMEMO, XEP-0384, first; XEP-0116/0187
// ESessions when OMEMO cannot), for every front end alike: the desktop's composer and `balcony-cli send` make the
// same decision here.
//
// OMEMO is tried when the policy allows encryption and the contact has OMEMO devices (their device list came by PEP
// notification or an earlier fetch), or when encryption is required (then the contact's device lists are fetched).
// When OMEMO cannot (no trusted device, no bundle), the ESession decision below follows, and the result's message
// says why OMEMO was not used.
//
// The decision (encrypts()): "never" sends in the clear; "always" (or a caller that requires encryption)
// encrypts or sends nothing; "when possible" encrypts when the contact's key is known (an earlier session,
// `keys --fetch`) or a sending session is running. Without one, trying would cost three PEP round trips per
// message and give up the queueing before a connection that makes plain sends durable (a kill loses nothing),
// so such messages go the plain path at once.
//
// Messages to one contact leave in the order they were given: an encrypted send waits for the one before it
// (the second message continues the session the first one started, XEP-0187), and a plain message queued
// behind an encrypted one waits too. When a "when possible" message had to go out in the clear (the contact
// has no usable options), the rest of that contact's queue follows in the clear without asking the contact's
// PEP service again for each. A message that cannot be encrypted when encryption is required is not sent,
// unless the caller allows the clear for it (`allowPlaintext`: the user said so).
class ChatSender : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool requireEncryption = false; // "always" for this message, whatever the policy
        bool allowPlaintext = false; // if encryption fails, send it in the clear instead of not at all
        bool esessionOnly = false; // ESessions only, never OMEMO (scripting, interop with older clients)
    };
    enum class Failure {
        None,
        NotEncrypted, // encryption was required and impossible: nothing was sent
        Storage, // nothing could be stored: nothing was sent
    };
    struct Result {
        qint64 historyId = 0; // the history row; 0 if nothing was sent
        bool encrypted = false;
        MessageE2eKind kind = MessageE2eKind::None; // how it was encrypted
        Failure failure = Failure::None;
        // Translated, for the user: why nothing was sent, or why a message went out in the clear although
        // encryption was tried (empty when there is nothing to say).
        QString message;
        bool ok() const { return historyId != 0; }
    };
    using Callback = std::function<void(const Result &result)>;

    // `esessions` and `keys` may be null: every message is sent in the clear.
    ChatSender(MessageManager &messages, EsessionManager *esessions, E2eKeyStore *keys, QObject *parent = nullptr);
    ~ChatSender() override;

    // OMEMO (null: none). Set once, before the first send().
    void setOmemo(OmemoManager *omemo) { m_omemo = omemo; }

    // Whether a message to `to` would go through encrypted sessions (see the class comment).
    bool encrypts(const Jid &to, const Options &options) const;
    // Whether OMEMO is tried first for a message to `to`.
    bool triesOmemo(const Jid &to, const Options &options) const;
    // Whether the ESession decision (when OMEMO is not tried or failed) encrypts: the policy, or for "when
    // possible" hasEsessionKeys().
    bool encryptsWithEsession(const Jid &to, const Options &options) const;
    // A trusted XEP-0189 key of the contact or a stored sending session is known.
    bool hasEsessionKeys(const Jid &to) const;

    // Sends `body` to `to`; `done` is called exactly once with the outcome (for a plain message with nothing
    // before it, before send() returns) unless this sender is destroyed first.
    void send(const Jid &to, const QString &body, const Options &options, Callback done);

    // Messages handed to send() whose callback has not been called yet.
    int pending() const;

private:
    struct Item {
        QString body;
        Options options;
        Callback done;
        bool omemoTried = false;
        QString omemoError; // why OMEMO was not used
    };
    struct Queue {
        QList<Item> items;
        bool inFlight = false; // the first item is with EsessionManager
        bool clearForTheRest = false; // a "when possible" send went out in the clear: the rest follows
    };

    void pump(const Jid &contact);
    void onEncryptedSent(
        const Jid &contact, Item item, qint64 historyId, bool encrypted, bool storageFailed, const QString &message);
    Result sendPlain(const Jid &to, const QString &body);

    MessageManager &m_messages;
    EsessionManager *m_esessions;
    E2eKeyStore *m_keys;
    OmemoManager *m_omemo = nullptr;
    QHash<Jid, Queue> m_queues; // by bare JID; a queue goes when it is empty
};

} // namespace balcony
