#include "StreamManagement.h"

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString smNs()
{
    return QString::fromUtf16(ns::sm);
}

// XEP-0198 §5: h is an unsigned 32-bit counter; anything else is not a count.
std::optional<quint32> parseH(const Element &e)
{
    bool ok = false;
    const qulonglong h = e.attribute(u"h").toULongLong(&ok);
    if (!ok || h > 0xffffffffULL) {
        return std::nullopt;
    }
    return quint32(h);
}

} // namespace

Element StreamManagement::enableRequest()
{
    Element enable(u"enable"_s, smNs());
    enable.setAttribute(u"resume"_s, u"true"_s);
    return enable;
}

void StreamManagement::markEnableSent()
{
    reset();
    m_enableSent = true;
}

bool StreamManagement::handleEnabled(const Element &enabled)
{
    if (!m_enableSent || m_enabled) {
        return false;
    }
    m_enabled = true;
    m_id = enabled.attribute(u"id");
    const QString resume = enabled.attribute(u"resume");
    m_resumable = resume == u"true" || resume == u"1";
    m_location = enabled.attribute(u"location");
    m_max = enabled.attribute(u"max").toInt();
    m_inbound = 0;
    return true;
}

void StreamManagement::handleEnableFailed()
{
    reset();
}

void StreamManagement::stanzaSent(const Element &stanza, const QByteArray &bytes)
{
    if (!m_enableSent) {
        return;
    }
    ++m_outbound;
    m_queue.push_back(Unacked { stanza.name() == u"message" ? stanza : Element(), bytes });
}

void StreamManagement::stanzaReceived()
{
    if (m_enabled) {
        ++m_inbound;
    }
}

QList<Element> StreamManagement::takeAcknowledged()
{
    return std::exchange(m_newlyAcked, {});
}

bool StreamManagement::acknowledgeUpTo(quint32 h)
{
    // Unsigned arithmetic wraps exactly like the counters (§5).
    const quint32 newlyHandled = h - m_acked;
    if (newlyHandled > m_queue.size()) {
        return false;
    }
    for (quint32 i = 0; i < newlyHandled; ++i) {
        if (!m_queue.front().stanza.isNull()) {
            m_newlyAcked.append(m_queue.front().stanza);
        }
        m_queue.pop_front();
    }
    m_acked = h;
    return true;
}

StreamManagement::AckResult StreamManagement::handleAck(const Element &a)
{
    if (!m_enableSent) {
        return AckResult::Ok; // nothing to acknowledge; ignore
    }
    const auto h = parseH(a);
    if (!h || !acknowledgeUpTo(*h)) {
        return AckResult::TooHigh;
    }
    return AckResult::Ok;
}

Element StreamManagement::ackElement() const
{
    Element a(u"a"_s, smNs());
    a.setAttribute(u"h"_s, QString::number(m_inbound));
    return a;
}

Element StreamManagement::requestElement()
{
    return Element(u"r"_s, smNs());
}

std::optional<Element> StreamManagement::resumeRequest() const
{
    if (!isResumable()) {
        return std::nullopt;
    }
    Element resume(u"resume"_s, smNs());
    resume.setAttribute(u"previd"_s, m_id);
    resume.setAttribute(u"h"_s, QString::number(m_inbound));
    return resume;
}

StreamManagement::AckResult StreamManagement::handleResumed(const Element &resumed, QList<Unacked> *resend)
{
    const auto h = parseH(resumed);
    if (!h || !acknowledgeUpTo(*h)) {
        return AckResult::TooHigh;
    }
    // The server's count restarts from h; what it has not handled goes out again and is counted again, so
    // the outbound count (acked + queued) is unchanged.
    resend->clear();
    for (const Unacked &u : m_queue) {
        resend->append(u);
    }
    return AckResult::Ok;
}

QList<StreamManagement::Unacked> StreamManagement::handleResumeFailed(const Element &failed)
{
    if (const auto h = parseH(failed)) {
        // v1.6: even a failed resumption tells what the old session handled; a bogus value trims nothing.
        const quint32 newlyHandled = *h - m_acked;
        if (newlyHandled <= m_queue.size()) {
            acknowledgeUpTo(*h);
        }
    }
    return takeUnackedAndReset();
}

void StreamManagement::reset()
{
    m_enableSent = false;
    m_enabled = false;
    m_resumable = false;
    m_id.clear();
    m_location.clear();
    m_max = 0;
    m_inbound = 0;
    m_outbound = 0;
    m_acked = 0;
    m_queue.clear();
    m_newlyAcked.clear();
}

QList<StreamManagement::Unacked> StreamManagement::takeUnackedAndReset()
{
    QList<Unacked> rest(m_queue.begin(), m_queue.end());
    const QList<Element> acked = m_newlyAcked;
    reset();
    m_newlyAcked = acked;
    return rest;
}

} // namespace balcony
