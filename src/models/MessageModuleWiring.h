#pragma once

#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"

namespace balcony {

// Connects a model that shows stored messages to what the message modules commit (ARCHITECTURE: stores signal
// models after commit): MessageManager::messageStored() goes to `added` (with the row id put in),
// messageStateChanged() to the model's messageStateChanged() with a failure's error text read back from the
// store (the signal does not carry it), messageUpdated(), messageRemoved() and conversationRead() to the
// model's slots of those names where it has them, and ArchiveManager::messagesStored() to messageIdsStored().
// Room messages (XEP-0045) are stored by MucManager: its messageStored() goes to `added` too, its
// messageStateChanged() (our message sent back by the room) to messageStateChanged().
template<typename Model>
void followMessageModules(Model *model, HistoryStore &store, MessageManager *messages, ArchiveManager *archive,
    void (Model::*added)(const StoredMessage &), MucManager *muc = nullptr)
{
    if (muc) {
        QObject::connect(
            muc, &MucManager::messageStored, model, [model, added](qint64 id, const StoredMessage &message) {
                StoredMessage stored = message;
                stored.id = id;
                (model->*added)(stored);
            });
        QObject::connect(muc, &MucManager::messageStateChanged, model,
            [model](qint64 id, MessageState state) { model->messageStateChanged(id, state, QString()); });
    }
    if (messages) {
        QObject::connect(
            messages, &MessageManager::messageStored, model, [model, added](qint64 id, const StoredMessage &message) {
                StoredMessage stored = message;
                stored.id = id;
                (model->*added)(stored);
            });
        QObject::connect(
            messages, &MessageManager::messageStateChanged, model, [model, &store](qint64 id, MessageState state) {
                QString errorText;
                if (state == MessageState::Failed) {
                    if (const std::optional<StoredMessage> stored = store.message(id)) {
                        errorText = stored->errorText;
                    }
                }
                model->messageStateChanged(id, state, errorText);
            });
        QObject::connect(messages, &MessageManager::messageUpdated, model, &Model::messageUpdated);
        QObject::connect(messages, &MessageManager::messageRemoved, model, &Model::messageRemoved);
        if constexpr (requires(Model * m, const Jid &conversation) { m->conversationRead(conversation); }) {
            QObject::connect(messages, &MessageManager::conversationRead, model, &Model::conversationRead);
        }
    }
    if (archive) {
        QObject::connect(archive, &ArchiveManager::messagesStored, model, &Model::messageIdsStored);
    }
}

// The roster shows each contact's unread count (RosterModel::setUnreadCount()) as the conversation list
// counts them: now, and whenever a count changes (new messages, conversationRead(), removals).
template<typename Roster, typename Conversations>
void followUnreadCounts(Roster *roster, Conversations *conversations)
{
    roster->setUnreadCounts(conversations->unreadCounts());
    QObject::connect(conversations, &Conversations::unreadCountChanged, roster, &Roster::setUnreadCount);
}

} // namespace balcony
