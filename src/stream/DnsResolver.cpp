#include "DnsResolver.h"

#include <QDnsLookup>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString withoutTrailingDot(QString name)
{
    if (name.size() > 1 && name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

// The state of one A + AAAA (+ system resolver) lookup. The three answers arrive in any order; the
// DNS answers win because they carry TTLs, the system resolver's answer is used only when DNS has none.
struct AddressLookup {
    DnsResolver::AddressCallback callback;
    QPointer<QObject> holder; // parent of the QDnsLookups; deleted when done
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    QList<QHostAddress> system;
    quint32 ttl = std::numeric_limits<quint32>::max();
    int dnsPending = 2;
    bool systemDone = false;
    bool delivered = false;

    void deliver(const DnsResolver::AddressResult &result)
    {
        if (delivered) {
            return;
        }
        delivered = true;
        if (holder) {
            holder->deleteLater();
        }
        callback(result);
    }

    void maybeFinish()
    {
        if (dnsPending > 0) {
            return;
        }
        if (!v6.isEmpty() || !v4.isEmpty()) {
            deliver({ v6 + v4, ttl });
        } else if (systemDone) {
            deliver({ system, 0 });
        }
    }
};

} // namespace

QtDnsResolver *QtDnsResolver::instance()
{
    static QtDnsResolver resolver;
    return &resolver;
}

void QtDnsResolver::lookupSrv(const QString &name, QObject *context, SrvCallback callback)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, QString::fromLatin1(QUrl::toAce(name)), context);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, callback = std::move(callback)] {
        SrvResult result;
        // RFC 2308: NXDOMAIN and "no data" are answers too; anything else is a failed lookup.
        result.definite = lookup->error() == QDnsLookup::NoError || lookup->error() == QDnsLookup::NotFoundError;
        if (lookup->error() == QDnsLookup::NoError) {
            const QList<QDnsServiceRecord> answers = lookup->serviceRecords();
            for (const QDnsServiceRecord &answer : answers) {
                result.records.append({ withoutTrailingDot(answer.target()), answer.port(), answer.priority(),
                    answer.weight(), answer.timeToLive() });
            }
        }
        lookup->deleteLater();
        callback(result);
    });
    lookup->lookup();
}

void QtDnsResolver::lookupAddresses(const QString &host, QObject *context, AddressCallback callback)
{
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        // An IP literal needs no DNS and never goes stale.
        QTimer::singleShot(0, context, [literal, callback = std::move(callback)] {
            callback({ { literal }, std::numeric_limits<quint32>::max() });
        });
        return;
    }
    auto state = std::make_shared<AddressLookup>();
    state->callback = std::move(callback);
    state->holder = new QObject(context);
    const QString ace = QString::fromLatin1(QUrl::toAce(host));

    for (const QDnsLookup::Type type : { QDnsLookup::AAAA, QDnsLookup::A }) {
        auto *lookup = new QDnsLookup(type, ace, state->holder);
        QObject::connect(lookup, &QDnsLookup::finished, state->holder, [state, lookup, type] {
            if (lookup->error() == QDnsLookup::NoError) {
                const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
                for (const QDnsHostAddressRecord &record : records) {
                    (type == QDnsLookup::AAAA ? state->v6 : state->v4).append(record.value());
                    state->ttl = qMin(state->ttl, record.timeToLive());
                }
            }
            --state->dnsPending;
            state->maybeFinish();
        });
        lookup->lookup();
    }
    QHostInfo::lookupHost(host, state->holder, [state](const QHostInfo &info) {
        state->system = info.addresses();
        state->systemDone = true;
        state->maybeFinish();
    });
}

} // namespace balcony
