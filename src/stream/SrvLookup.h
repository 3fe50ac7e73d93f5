#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QDnsLookup;

namespace balcony {

// Finds where to connect for a JID domain (RFC 6120 §3.2.1, XEP-0368 §3): looks up
// _xmpps-client._tcp (direct TLS) and _xmpp-client._tcp (STARTTLS) in parallel and merges them into
// one ordered list of targets. The ordering itself is the pure function orderTargets().
class SrvLookup : public QObject {
    Q_OBJECT
public:
    struct Target {
        QString host;
        quint16 port = 0;
        bool directTls = false; // XEP-0368: TLS from the first byte

        bool operator==(const Target &) const = default;
    };

    struct Record {
        QString target; // "." (or empty) = the service is decidedly not available (RFC 2782)
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };

    // Returns a uniformly distributed value in [0, upperInclusive] (RFC 2782 asks for "a uniform
    // random number between 0 and the sum ... (inclusive)"). Tests inject a fixed one.
    using RandomSource = std::function<quint32(quint32 upperInclusive)>;

    static constexpr quint16 DefaultPort = 5222; // RFC 6120 §3.2.2 fallback, STARTTLS

    explicit SrvLookup(QObject *parent = nullptr);
    ~SrvLookup() override;

    // Starts both lookups; finished() follows exactly once unless abort() is called first.
    void lookup(const QString &domain);
    void abort();
    bool isRunning() const;

    // The whole decision, without DNS:
    // - each service is ordered by priority, and within a priority by RFC 2782 weighted random selection;
    // - the two lists are merged by priority, direct TLS first at equal priority (XEP-0368 §3);
    // - a service whose only record has the target "." is decidedly not available (RFC 2782);
    // - when neither lookup produced any record (NXDOMAIN, no data, or a failed lookup), the fallback
    //   is `domain`:5222 with STARTTLS (RFC 6120 §3.2.2).
    // An empty result means the domain declares it offers no client service at all.
    static QList<Target> orderTargets(const QString &domain, const QList<Record> &directTlsRecords,
        const QList<Record> &startTlsRecords, const RandomSource &random = {});
    // RFC 2782 ordering of one service's records (records with the "." target are dropped).
    static QList<Record> orderRecords(QList<Record> records, const RandomSource &random);

    void setRandomSource(RandomSource random);

Q_SIGNALS:
    // Empty `targets`: the domain declares (with "." records) that it offers no XMPP client service.
    void finished(const QList<balcony::SrvLookup::Target> &targets);

private:
    void onLookupFinished();

    QString m_domain;
    QDnsLookup *m_directTls = nullptr;
    QDnsLookup *m_startTls = nullptr;
    RandomSource m_random;
};

} // namespace balcony
