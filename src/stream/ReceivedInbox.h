#pragma once

#include <QByteArray>

#include <deque>

namespace balcony {

// What an HTTP binding received and has not handed to the Connection yet (WebSocketTransport, BoshTransport): the
// messages in arrival order and their total size, taken in chunks of whole messages.
class ReceivedInbox {
public:
    // Appends `bytes`; returns the total now waiting (the caller bounds it).
    qint64 push(QByteArray bytes)
    {
        m_bytes += bytes.size();
        m_messages.push_back(std::move(bytes));
        return m_bytes;
    }
    // The oldest messages joined, at most `maxBytes` unless the first alone is larger (never split).
    QByteArray takeChunk(qint64 maxBytes)
    {
        QByteArray chunk;
        while (!m_messages.empty() && (chunk.isEmpty() || chunk.size() + m_messages.front().size() <= maxBytes)) {
            chunk += m_messages.front();
            m_bytes -= m_messages.front().size();
            m_messages.pop_front();
        }
        return chunk;
    }
    bool empty() const { return m_messages.empty(); }
    void clear()
    {
        m_messages.clear();
        m_bytes = 0;
    }

private:
    std::deque<QByteArray> m_messages;
    qint64 m_bytes = 0;
};

} // namespace balcony
