#include "ChatSender.h"

#include "esession/EsessionManager.h"
#include "esession/PublicKeyManager.h"
#include "im/MessageManager.h"
#include "omemo/OmemoManager.h"
#include "storage/E2eKeyStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace balcony {

ChatSender::ChatSender(MessageManager &messages, EsessionManager *esessions, E2eKeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_messages(messages)
    , m_esessions(esessions)
    , m_keys(keys)
{
}

ChatSender::~ChatSender() = default;

bool ChatSender::triesOmemo(const Jid &to, const Options &options) const
{
    if (!m_omemo || !m_keys || options.esessionOnly) {
        return false;
    }
    const E2ePolicy policy = m_keys->effectivePolicy(to);
    if (options.requireEncryption || policy == E2ePolicy::Always) {
        return true;
    }
    return policy == E2ePolicy::WhenPossible && m_omemo->hasDevices(to.bare());
}

bool ChatSender::encrypts(const Jid &to, const Options &options) const
{
    return triesOmemo(to, options) || encryptsWithEsession(to, options);
}

bool ChatSender::hasEsessionKeys(const Jid &to) const
{
    if (!m_esessions || !m_keys) {
        return false;
    }
    const Jid contact = to.bare();
    return !m_esessions->keys().trustedKeys(contact).isEmpty()
        || !m_keys->sessionThreads(contact, E2eDirection::Sending).isEmpty();
}

bool ChatSender::encryptsWithEsession(const Jid &to, const Options &options) const
{
    if (!m_esessions || !m_keys) {
        return false;
    }
    if (options.requireEncryption) {
        return true;
    }
    switch (m_keys->effectivePolicy(to)) {
    case E2ePolicy::Never:
        return false;
    case E2ePolicy::Always:
        return true;
    case E2ePolicy::WhenPossible:
        break;
    }
    return hasEsessionKeys(to);
}

void ChatSender::send(const Jid &to, const QString &body, const Options &options, Callback done)
{
    const Jid contact = to.bare();
    auto it = m_queues.find(contact);
    if (it == m_queues.end() && !encrypts(to, options)) {
        // Nothing before it and nothing to negotiate: stored and in the outbox now.
        const Result result = sendPlain(to, body);
        if (done) {
            done(result);
        }
        return;
    }
    if (it == m_queues.end()) {
        it = m_queues.insert(contact, Queue());
    }
    it->items.append(Item { body, options, std::move(done), false, QString() });
    pump(contact);
}

int ChatSender::pending() const
{
    int count = 0;
    for (const Queue &queue : m_queues) {
        count += int(queue.items.size());
    }
    return count;
}

ChatSender::Result ChatSender::sendPlain(const Jid &to, const QString &body)
{
    Result result;
    result.historyId = m_messages.sendChat(to, body);
    if (result.historyId == 0) {
        result.failure = Failure::Storage;
        result.message
            = QCoreApplication::translate("balcony", "The message could not be stored: %1").arg(m_messages.lastError());
    }
    return result;
}

void ChatSender::pump(const Jid &contact)
{
    const QPointer<ChatSender> self(this);
    for (;;) {
        auto it = m_queues.find(contact);
        if (it == m_queues.end()) {
            return;
        }
        if (it->inFlight) {
            return;
        }
        if (it->items.isEmpty()) {
            m_queues.erase(it);
            return;
        }
        Item &first = it->items.first();
        if (!first.omemoTried && !(it->clearForTheRest && !first.options.requireEncryption)
            && triesOmemo(contact, first.options)) {
            first.omemoTried = true;
            it->inFlight = true;
            m_omemo->send(contact, first.body, [self, contact](const OmemoManager::SendResult &sent) {
                if (!self) {
                    return;
                }
                auto queue = self->m_queues.find(contact);
                if (queue == self->m_queues.end() || queue->items.isEmpty()) {
                    return;
                }
                queue->inFlight = false;
                if (!sent.ok()) {
                    queue->items.first().omemoError = sent.error; // the ESession decision follows in pump()
                    self->pump(contact);
                    return;
                }
                Item item = queue->items.takeFirst();
                Result result;
                result.historyId = sent.historyId;
                result.encrypted = true;
                result.kind = sent.version == OmemoVersion::Legacy ? MessageE2eKind::Omemo : MessageE2eKind::Omemo2;
                if (item.done) {
                    item.done(result);
                }
                if (self) {
                    self->pump(contact);
                }
            });
            return;
        }
        const bool esessionEncrypts = encryptsWithEsession(contact, first.options);
        const bool required
            = first.options.requireEncryption || (m_keys && m_keys->effectivePolicy(contact) == E2ePolicy::Always);
        const bool refused = first.omemoTried && !esessionEncrypts && required && !first.options.allowPlaintext;
        // OMEMO was tried (or is not for this message): whether an ESession takes it decides the rest.
        const bool clear = (it->clearForTheRest && !first.options.requireEncryption) || !esessionEncrypts;
        if (refused || clear) {
            // Decided here: refused (OMEMO failed and no ESession can take it: nothing is sent), or the clear.
            Item item = it->items.takeFirst();
            Result result;
            if (refused) {
                result.failure = Failure::NotEncrypted;
                result.message = item.omemoError;
            } else {
                result = sendPlain(contact, item.body);
                if (result.ok() && !item.omemoError.isEmpty()) {
                    result.message = item.omemoError; // why it went in the clear although OMEMO was tried
                }
            }
            if (item.done) {
                item.done(result);
            }
            if (!self) {
                return;
            }
            continue;
        }
        it->inFlight = true;
        const Options options = first.options;
        const QString body = first.body;
        m_esessions->send(
            contact, body, options.requireEncryption, [self, contact](const EsessionManager::SendResult &sent) {
                if (!self) {
                    return;
                }
                auto queue = self->m_queues.find(contact);
                if (queue == self->m_queues.end() || queue->items.isEmpty()) {
                    return;
                }
                Item item = queue->items.takeFirst();
                queue->inFlight = false;
                const QString why = item.omemoError.isEmpty() || sent.message.isEmpty()
                    ? QString(sent.message + item.omemoError)
                    : QString(item.omemoError + u' ' + sent.message);
                self->onEncryptedSent(contact, std::move(item), sent.historyId, sent.encrypted,
                    sent.failure == EsessionManager::SendFailure::Storage, sent.encrypted ? sent.message : why);
            });
        return;
    }
}

void ChatSender::onEncryptedSent(
    const Jid &contact, Item item, qint64 historyId, bool encrypted, bool storageFailed, const QString &message)
{
    Result result;
    result.historyId = historyId;
    result.encrypted = encrypted && historyId != 0;
    result.kind = result.encrypted ? MessageE2eKind::OfflineEsession : MessageE2eKind::None;
    result.message = message;
    if (historyId == 0 && !storageFailed && item.options.allowPlaintext) {
        // The user accepts the clear for this message when it cannot be encrypted.
        const Result plain = sendPlain(contact, item.body);
        result.historyId = plain.historyId;
        result.encrypted = false;
        if (!plain.ok()) {
            result.failure = Failure::Storage;
            result.message = plain.message;
        }
    } else if (historyId == 0) {
        result.failure = storageFailed ? Failure::Storage : Failure::NotEncrypted;
        if (result.message.isEmpty()) {
            result.message = m_messages.lastError();
        }
    }
    if (result.ok() && !result.encrypted) {
        // Encryption was impossible and the clear acceptable: the rest of this contact's queue goes the same
        // way without asking the contact's PEP service again for each message.
        if (auto queue = m_queues.find(contact); queue != m_queues.end()) {
            queue->clearForTheRest = true;
        }
    }
    const QPointer<ChatSender> self(this);
    if (item.done) {
        item.done(result);
    }
    if (self) {
        pump(contact);
    }
}

} // namespace balcony
