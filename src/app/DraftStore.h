#pragma once

#include "core/Jid.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace balcony::app {

// What the user had typed but not sent, per (account, contact), kept across restarts: drafts.json in the app
// data folder (AppPaths::dataDir(); not in a profile's SQL, whose schema belongs to the engine and whose
// migrations are the history's). The composer reports every change (ChatWidget::draftChanged); the file is
// written at most once per write delay (default 2 s) after the last change, atomically (QSaveFile), owner-only,
// and at flush() / destruction, so typing never writes on every key press and quitting loses nothing.
//
// {"version": 1, "drafts": {"<account bare JID>": {"<contact bare JID>": "text", ...}, ...}}
// A damaged or oversized file reads as no drafts (and is left in place until the next write replaces it).
class DraftStore : public QObject {
    Q_OBJECT
public:
    static constexpr int maxDraftLength = 100000; // characters kept per draft (a composer holds no more)
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;

    // `file` empty: drafts.json in AppPaths::dataDir(). Reads it at once.
    explicit DraftStore(const QString &file = QString(), QObject *parent = nullptr);
    ~DraftStore() override; // writes what is pending

    QString draft(const Jid &account, const Jid &contact) const;
    // Empty text removes the draft (sent, or cleared).
    void setDraft(const Jid &account, const Jid &contact, const QString &text);
    // The contacts of `account` that have a draft.
    QList<Jid> contactsWithDrafts(const Jid &account) const;
    // The account was removed: its drafts go too.
    void removeAccount(const Jid &account);

    // Writes pending changes now; false (and errorString()) if the file cannot be written.
    bool flush();
    bool isDirty() const { return m_dirty; }
    QString errorString() const { return m_error; }
    void setWriteDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // How many times the file was written (tests check the throttling).
    int writeCount() const { return m_writes; }

private:
    void load();
    void markDirty();

    QString m_file;
    QHash<Jid, QHash<Jid, QString>> m_drafts; // account -> contact -> text
    QTimer m_timer;
    bool m_dirty = false;
    int m_writes = 0;
    QString m_error;
};

} // namespace balcony::app
