#include "app/DraftStore.h"

#include "app/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace balcony::app {

DraftStore::DraftStore(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(file.isEmpty() ? AppPaths::dataDir() + u"/drafts.json"_s : file)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
    load();
}

DraftStore::~DraftStore()
{
    if (m_dirty) {
        flush();
    }
}

void DraftStore::load()
{
    QFile file(m_file);
    if (!file.exists() || file.size() > maxFileSize || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject accounts = document.object().value(u"drafts"_s).toObject();
    for (auto account = accounts.begin(); account != accounts.end(); ++account) {
        const std::optional<Jid> accountJid = Jid::parse(account.key());
        if (!accountJid) {
            continue;
        }
        const QJsonObject contacts = account.value().toObject();
        for (auto contact = contacts.begin(); contact != contacts.end(); ++contact) {
            const std::optional<Jid> contactJid = Jid::parse(contact.key());
            const QString text = contact.value().toString().left(maxDraftLength);
            if (contactJid && !text.isEmpty()) {
                m_drafts[accountJid->bare()].insert(contactJid->bare(), text);
            }
        }
    }
}

QString DraftStore::draft(const Jid &account, const Jid &contact) const
{
    return m_drafts.value(account.bare()).value(contact.bare());
}

void DraftStore::setDraft(const Jid &account, const Jid &contact, const QString &text)
{
    if (account.isNull() || contact.isNull()) {
        return;
    }
    const Jid accountBare = account.bare();
    const Jid contactBare = contact.bare();
    const QString kept = text.left(maxDraftLength);
    // Only whitespace is nothing worth keeping.
    if (kept.trimmed().isEmpty()) {
        auto it = m_drafts.find(accountBare);
        if (it == m_drafts.end() || !it->remove(contactBare)) {
            return;
        }
        if (it->isEmpty()) {
            m_drafts.erase(it);
        }
    } else {
        QString &stored = m_drafts[accountBare][contactBare];
        if (stored == kept) {
            return;
        }
        stored = kept;
    }
    markDirty();
}

QList<Jid> DraftStore::contactsWithDrafts(const Jid &account) const
{
    return m_drafts.value(account.bare()).keys();
}

void DraftStore::removeAccount(const Jid &account)
{
    if (m_drafts.remove(account.bare())) {
        markDirty();
    }
}

void DraftStore::markDirty()
{
    m_dirty = true;
    // Throttled: the first change starts the timer, later ones ride along (at most one write per delay).
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

bool DraftStore::flush()
{
    m_timer.stop();
    if (!m_dirty) {
        return true;
    }
    QJsonObject accounts;
    for (auto account = m_drafts.cbegin(); account != m_drafts.cend(); ++account) {
        QJsonObject contacts;
        for (auto contact = account->cbegin(); contact != account->cend(); ++contact) {
            contacts.insert(contact.key().bareString(), contact.value());
        }
        accounts.insert(account.key().bareString(), contacts);
    }
    const QJsonObject root { { u"version"_s, 1 }, { u"drafts"_s, accounts } };
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        m_error = tr("The drafts cannot be saved in %1.").arg(QDir::toNativeSeparators(m_file));
        return false;
    }
    // Drafts are private words: readable by the owner only. QSaveFile keeps an existing file's permissions,
    // so after the first write this holds from the rename on.
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_error.clear();
    m_dirty = false;
    ++m_writes;
    return true;
}

} // namespace balcony::app
