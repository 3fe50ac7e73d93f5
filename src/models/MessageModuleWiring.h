#pragma once

#include "im/ArchiveManager.h"
#include "im/MessageManager.h"
#include "storage/HistoryStore.h"

namespace balcony {

// Connects a model that shows stored messages to what the message modules commit (ARCHITECTURE: stores signal
// models after commit): MessageManager::messageStored() goes to `added` (with the row id put in),
// messageStateChanged() to the model's messageStateChanged() with a failure's error text read back from the
// store (the signal does not carry it), and ArchiveManager::messagesStored() to messageIdsStored().
template<typename Model>
void followMessageModules(Model *model, HistoryStore &store, MessageManager *messages, ArchiveManager *archive,
    void (Model::*added)(const StoredMessage &))
{
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
    }
    if (archive) {
        QObject::connect(archive, &ArchiveManager::messagesStored, model, &Model::messageIdsStored);
    }
}

} // namespace balcony
