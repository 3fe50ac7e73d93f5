#pragma once

#include "linklocal/LinkLocalBackend.h"

#include <QHostAddress>

namespace balcony::test {

// A DNS-SD backend without a daemon: publish() succeeds at once under the name asked for, and the test reports
// the peers' records (resolve(), remove()) as avahi would.
class FakeLinkLocalBackend : public linklocal::LinkLocalBackend {
    Q_OBJECT
public:
    void publish(const QString &name, quint16, const QList<QByteArray> &txt) override
    {
        m_name = name;
        m_txt = txt;
        Q_EMIT published(name);
    }
    void updateTxt(const QList<QByteArray> &txt) override { m_txt = txt; }
    void withdraw() override { m_name.clear(); }
    QString publishedName() const override { return m_name; }
    void startBrowsing() override { m_browsing = true; }
    void stopBrowsing() override { m_browsing = false; }

    // The TXT record published last (what peers would resolve).
    QList<QByteArray> publishedTxt() const { return m_txt; }
    bool isBrowsing() const { return m_browsing; }

    void resolve(
        const QString &name, const QString &where, const QString &address, quint16 port, const QList<QByteArray> &txt)
    {
        Q_EMIT serviceResolved(
            linklocal::ResolvedService { name, where, QStringLiteral("host.local"), QHostAddress(address), port, txt });
    }
    void remove(const QString &name, const QString &where) { Q_EMIT serviceRemoved(name, where); }

private:
    QString m_name;
    QList<QByteArray> m_txt;
    bool m_browsing = false;
};

} // namespace balcony::test
