#include "IqTracker.h"

#include <QLoggingCategory>

#include <utility>

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
}

IqTracker::~IqTracker()
{
    // Callbacks may capture objects that are being destroyed with us: drop them without calling.
    for (auto &pending : m_pending) {
        delete pending.timer;
    }
}

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
    if (timeoutMs > 0) {
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, id] {
            finish(id, IqResult { IqResult::Status::Timeout, {}, {} });
        });
        pending.timer->start(timeoutMs);
    }
    m_pending.insert(id, std::move(pending));
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
    auto node = m_pending.take(id);
    delete node.timer;
    // Removed before the call: the callback may track new requests or clear the tracker.
    if (node.callback) {
        node.callback(result);
    }
}

void IqTracker::cancelAll()
{
    // Callbacks may track new requests; only the ones pending now are cancelled.
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids) {
        if (m_pending.contains(id)) {
            finish(id, IqResult { IqResult::Status::Cancelled, {}, {} });
        }
    }
}

int IqTracker::pendingCount() const
{
    return int(m_pending.size());
}

} // namespace balcony
