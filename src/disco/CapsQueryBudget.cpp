#include "CapsQueryBudget.h"

#include <algorithm>
#include <cmath>

namespace balcony {

CapsQueryBudget::CapsQueryBudget(const CapsQueryLimits &limits)
    : m_limits(limits)
{
}

int CapsQueryBudget::burst(const Jid &account) const
{
    return std::max(1, account.isNull() ? m_limits.strangerBurst : m_limits.contactBurst);
}

qint64 CapsQueryBudget::interval(const Jid &account) const
{
    return std::max<qint64>(1, account.isNull() ? m_limits.strangerIntervalMs : m_limits.contactIntervalMs);
}

double CapsQueryBudget::tokensAt(const Jid &account, const Account &state, qint64 nowMs) const
{
    const double full = burst(account);
    if (state.tokens < 0) {
        return full;
    }
    const double refilled
        = state.tokens + double(std::max<qint64>(0, nowMs - state.stampMs)) / double(interval(account));
    return std::min(full, refilled);
}

bool CapsQueryBudget::takeToken(const Jid &account, Account &state, qint64 nowMs)
{
    const double tokens = tokensAt(account, state, nowMs);
    if (tokens < 1) {
        return false;
    }
    state.tokens = tokens - 1;
    state.stampMs = nowMs;
    return true;
}

void CapsQueryBudget::dropIdleAccounts(qint64 nowMs)
{
    // An account that has nothing queued or outstanding and a full bucket is the same as none: forgotten,
    // so that the accounts stay bounded even when every sender counts as a contact.
    if (m_accounts.size() < maxAccounts()) {
        return;
    }
    m_accounts.removeIf([this, nowMs](const QHash<Jid, Account>::iterator it) {
        return it->outstanding == 0 && it->queue.isEmpty() && tokensAt(it.key(), *it, nowMs) >= burst(it.key());
    });
    if (m_accounts.size() >= maxAccounts()) {
        // Still too many: the idle ones go even with tokens spent (they start afresh if they come back).
        m_accounts.removeIf([](const QHash<Jid, Account>::iterator it) {
            return it->outstanding == 0 && it->queue.isEmpty() && !it.key().isNull();
        });
    }
}

bool CapsQueryBudget::tryStart(const Jid &account, qint64 nowMs)
{
    if (!m_accounts.contains(account)) {
        dropIdleAccounts(nowMs);
    }
    Account &state = m_accounts[account];
    if (state.outstanding > 0 || !takeToken(account, state, nowMs)) {
        return false;
    }
    ++state.outstanding;
    return true;
}

void CapsQueryBudget::finished(const Jid &account)
{
    const auto it = m_accounts.find(account);
    if (it != m_accounts.end() && it->outstanding > 0) {
        --it->outstanding;
    }
}

void CapsQueryBudget::enqueue(const Jid &account, const Request &request)
{
    Account &state = m_accounts[account];
    state.queue.removeIf([&request](const Request &queued) { return queued.entity == request.entity; });
    state.queue.append(request);
    const int bound = std::max(1, account.isNull() ? m_limits.strangerQueue : m_limits.contactQueue);
    if (state.queue.size() > bound) {
        state.queue.remove(0, state.queue.size() - bound);
    }
    m_queued.insert(account);
}

std::optional<CapsQueryBudget::Request> CapsQueryBudget::next(
    const Jid &account, qint64 nowMs, const std::function<bool(const Request &)> &needed)
{
    const auto it = m_accounts.find(account);
    if (it == m_accounts.end()) {
        return std::nullopt;
    }
    std::optional<Request> found;
    while (!it->queue.isEmpty() && it->outstanding == 0 && tokensAt(account, *it, nowMs) >= 1) {
        Request request = it->queue.takeFirst();
        if (needed(request)) {
            takeToken(account, *it, nowMs);
            ++it->outstanding;
            found = std::move(request);
            break;
        }
    }
    if (it->queue.isEmpty()) {
        m_queued.remove(account);
    }
    return found;
}

void CapsQueryBudget::forget(const Jid &entity)
{
    for (const Jid &account : { entity.bare(), Jid() }) {
        const auto it = m_accounts.find(account);
        if (it == m_accounts.end()) {
            continue;
        }
        it->queue.removeIf([&entity](const Request &queued) { return queued.entity == entity; });
        if (it->queue.isEmpty()) {
            m_queued.remove(account);
        }
    }
}

qint64 CapsQueryBudget::msUntilNextToken(qint64 nowMs) const
{
    qint64 soonest = -1;
    for (const Jid &account : m_queued) {
        const auto it = m_accounts.constFind(account);
        if (it == m_accounts.cend() || it->outstanding > 0) {
            continue; // its queue moves when the outstanding query ends
        }
        const double missing = 1.0 - tokensAt(account, *it, nowMs);
        const qint64 wait = missing <= 0 ? 0 : qint64(std::ceil(missing * double(interval(account))));
        soonest = soonest < 0 ? wait : std::min(soonest, wait);
    }
    return soonest;
}

void CapsQueryBudget::clear()
{
    m_accounts.clear();
    m_queued.clear();
}

int CapsQueryBudget::queuedCount() const
{
    int count = 0;
    for (const Jid &account : m_queued) {
        count += int(m_accounts.value(account).queue.size());
    }
    return count;
}

int CapsQueryBudget::outstandingCount() const
{
    int count = 0;
    for (const Account &state : m_accounts) {
        count += state.outstanding;
    }
    return count;
}

} // namespace balcony
