#pragma once

#include "stream/DnsResolver.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

namespace balcony::test {

// A DnsResolver that answers from tables and records every question (tst_dnscache, tst_srv). Answers
// arrive from the event loop, as real ones do. Unknown SRV names get a definite "no records" answer
// (NXDOMAIN); unknown hosts get no addresses.
class FakeDnsResolver : public DnsResolver {
public:
    void lookupSrv(const QString &name, QObject *context, SrvCallback callback) override
    {
        srvQueries.append(name);
        const SrvResult result = srv.value(name, SrvResult { {}, true });
        QTimer::singleShot(0, context, [result, callback = std::move(callback)] { callback(result); });
    }

    void lookupAddresses(const QString &host, QObject *context, AddressCallback callback) override
    {
        addressQueries.append(host);
        if (silentHosts.contains(host)) {
            return; // a DNS server that never answers
        }
        const AddressResult result = hosts.value(host);
        QTimer::singleShot(0, context, [result, callback = std::move(callback)] { callback(result); });
    }

    qsizetype calls() const { return srvQueries.size() + addressQueries.size(); }

    QHash<QString, SrvResult> srv;
    QHash<QString, AddressResult> hosts;
    QStringList silentHosts;
    QStringList srvQueries;
    QStringList addressQueries;
};

} // namespace balcony::test
