#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace balcony::crypto {

// RFC 5280 §6 path validation of a TLS server's certificate chain against a given set of trust anchors and
// nothing else, now, for TLS server authentication (the leaf's extended key usage must allow serverAuth),
// with the leaf naming `hostName` (RFC 6125 §6: a DNS name, no partial wildcards; an IP literal is matched
// against the iPAddress entries). `chain` is what the server presented, leaf first, DER; `anchors` are DER.
//
// Why it exists (issue 12): Qt verifies against the system store lazily, with OpenSSL looking a CA up by its
// subject hash only when a chain needs it, but only as long as no CA list is set. Trusting one extra CA
// through QSslConfiguration meant spelling out the whole system store, read and parsed in full before the
// first packet of every connection (about 100 ms here). TcpTransport keeps Qt's lazy default and asks this
// function about the extra CAs only when Qt could not build a trusted path.
bool verifyServerChain(const QList<QByteArray> &chain, const QList<QByteArray> &anchors, const QString &hostName);

} // namespace balcony::crypto
