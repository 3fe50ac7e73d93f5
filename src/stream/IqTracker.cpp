#include "IqTracker.h"

#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

namespace balcony {

Q_LOGGING_CATEGORY(lcIq, "balcony.stream.iq")

namespace {

// Compares two addresses the way RFC 7622 does (after normalisation); unparsable ones only by exact text.
bool sameAddress(const QString &a, const QString &b)
{
    if (a == b) {
        return true;
    }
    const auto ja = Jid::parse(a);
    const auto jb = Jid::parse(b);
    return ja && jb && *ja == *jb;
}

} // namespace

IqTracker::IqTracker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IqTracker::onTimer);
    m_clock.start();
}

// Callbacks may capture objects that are being destroyed with us: they are dropped without being called.
IqTracker::~IqTracker() = default;

void IqTracker::setOwnJid(const Jid &jid)
{
    m_ownJid = jid;
}

void IqTracker::track(const Element &iq, Callback callback, int timeoutMs)
{
    const QString id = iq.attribute(u"id");
    const QString type = iq.attribute(u"type");
    if (iq.name() != u"iq" || id.isEmpty() || (type != u"get" && type != u"set") || m_pending.contains(id)) {
        // Nothing could ever match it (or it would steal another request's answer).
        qCWarning(lcIq) << "refusing to track iq with id" << id << "type" << type;
        if (callback) {
            callback(IqResult { IqResult::Status::Cancelled, {}, {} });
        }
        return;
    }
    Pending pending;
    pending.to = iq.attribute(u"to");
    pending.callback = std::move(callback);
    pending.sequence = m_nextSequence++;
    if (timeoutMs > 0) {
        pending.hasDeadline = true;
        pending.deadlineMs = m_clock.elapsed() + timeoutMs;
        const bool soonest = m_deadlines.empty() || pending.deadlineMs < m_deadlines.begin()->first.first;
        m_deadlines.emplace(Deadline { pending.deadlineMs, pending.sequence }, id);
        if (soonest) {
            armTimer();
        }
    }
    m_pending.insert(id, std::move(pending));
}

void IqTracker::armTimer()
{
    if (m_deadlines.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 remaining = m_deadlines.begin()->first.first - m_clock.elapsed();
    m_timer.start(int(std::clamp<qint64>(remaining, 0, INT_MAX)));
}

void IqTracker::onTimer()
{
    // Every request whose time is up, soonest first; a callback may track or cancel others meanwhile.
    while (!m_deadlines.empty() && m_deadlines.begin()->first.first <= m_clock.elapsed()) {
        const QString id = m_deadlines.begin()->second;
        finish(id, IqResult { IqResult::Status::Timeout, {}, {} });
    }
    armTimer();
}

bool IqTracker::senderMatches(const QString &requestTo, const QString &from) const
{
    const bool toOwnAccount
        = requestTo.isEmpty() || (!m_ownJid.isNull() && sameAddress(requestTo, m_ownJid.bareString()));
    if (toOwnAccount) {
        // RFC 6120 §8.1.2.1 / §10.3: the server answers on the account's behalf with no 'from' or the
        // account's bare JID; a reply from our own full JID is also ours.
        if (from.isEmpty()) {
            return true;
        }
        if (!m_ownJid.isNull()
            && (sameAddress(from, m_ownJid.bareString()) || sameAddress(from, m_ownJid.toString()))) {
            return true;
        }
        return false;
    }
    return !from.isEmpty() && sameAddress(requestTo, from);
}

bool IqTracker::handleResponse(const Element &iq)
{
    if (iq.name() != u"iq") {
        return false;
    }
    const QString type = iq.attribute(u"type");
    if (type != u"result" && type != u"error") {
        return false;
    }
    const QString id = iq.attribute(u"id");
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend()) {
        return false;
    }
    // A spoofed reply (right id, wrong sender) must not complete the request (RFC 6120 §8.1.2.1).
    if (!senderMatches(it->to, iq.attribute(u"from"))) {
        qCInfo(lcIq) << "ignoring iq" << id << "from" << iq.attribute(u"from") << "(request went to" << it->to << ")";
        return false;
    }
    IqResult result;
    result.stanza = iq;
    if (type == u"result") {
        result.status = IqResult::Status::Result;
    } else {
        result.status = IqResult::Status::Error;
        result.error = StanzaError::fromElement(iq.firstChild(u"error"));
    }
    finish(id, result);
    return true;
}

void IqTracker::finish(const QString &id, const IqResult &result)
{
    Pending node = m_pending.take(id);
    if (node.hasDeadline) {
        // The timer may now fire early for the next one; onTimer() then only re-arms it.
        m_deadlines.erase(Deadline { node.deadlineMs, node.sequence });
    }
    // Removed before the call: the callback may track new requests or clear the tracker.
    if (node.callback) {
        node.callback(result);
    }
}

void IqTracker::cancelAll()
{
    // In the order they were sent. Callbacks may track new requests; only the ones pending now are cancelled.
    std::vector<std::pair<quint64, QString>> order;
    order.reserve(size_t(m_pending.size()));
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        order.emplace_back(it->sequence, it.key());
    }
    std::sort(order.begin(), order.end());
    for (const auto &[sequence, id] : order) {
        const auto it = m_pending.constFind(id);
        if (it != m_pending.cend() && it->sequence == sequence) {
            finish(id, IqResult { IqResult::Status::Cancelled, {}, {} });
        }
    }
    if (m_pending.isEmpty()) {
        m_timer.stop();
    }
}

int IqTracker::pendingCount() const
{
    return int(m_pending.size());
}

} // namespace balcony
