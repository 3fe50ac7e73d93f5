#include "esession/EsessionAlgorithms.h"

using namespace Qt::StringLiterals;

namespace balcony::esession {

QString formType()
{
    return u"urn:xmpp:ssn"_s;
}

bool isFormType(QStringView value)
{
    return value == u"urn:xmpp:ssn" || value == u"urn:xmpp:chatneg" || value == u"http://jabber.org/protocol/chatneg";
}

QString subscriberNode()
{
    return u"http://www.xmpp.org/extensions/xep-0187.html#ns"_s;
}
QString openNode()
{
    return u"http://www.xmpp.org/extensions/xep-0116.html#ns"_s;
}
QString initNs()
{
    return u"http://www.xmpp.org/extensions/xep-0116.html#ns-init"_s;
}
QString stanzaNs()
{
    return u"http://www.xmpp.org/extensions/xep-0200.html#ns"_s;
}
QString featureNegNs()
{
    return u"http://jabber.org/protocol/feature-neg"_s;
}
QString shimNs()
{
    return u"http://jabber.org/protocol/shim"_s;
}
QString clientNs()
{
    return u"jabber:client"_s;
}

std::optional<Cipher> cipherFromName(QStringView name)
{
    if (name == u"aes128-ctr") {
        return Cipher::Aes128Ctr;
    }
    if (name == u"aes192-ctr") {
        return Cipher::Aes192Ctr;
    }
    if (name == u"aes256-ctr") {
        return Cipher::Aes256Ctr;
    }
    return std::nullopt;
}

QString cipherName(Cipher cipher)
{
    switch (cipher) {
    case Cipher::Aes128Ctr:
        return u"aes128-ctr"_s;
    case Cipher::Aes192Ctr:
        return u"aes192-ctr"_s;
    case Cipher::Aes256Ctr:
        return u"aes256-ctr"_s;
    }
    return {};
}

int cipherKeySize(Cipher cipher)
{
    switch (cipher) {
    case Cipher::Aes128Ctr:
        return 16;
    case Cipher::Aes192Ctr:
        return 24;
    case Cipher::Aes256Ctr:
        return 32;
    }
    return 0;
}

std::optional<crypto::SignatureAlgorithm> signatureFromName(QStringView name)
{
    if (name == u"rsa" || name == u"http://www.w3.org/2000/09/xmldsig#rsa-sha256"
        || name == u"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256") {
        return crypto::SignatureAlgorithm::RsaSha256;
    }
    if (name == u"dsa" || name == u"http://www.w3.org/2000/09/xmldsig#dsa-sha256"
        || name == u"http://www.w3.org/2009/xmldsig11#dsa-sha256") {
        return crypto::SignatureAlgorithm::DsaSha256;
    }
    return std::nullopt;
}

QString signatureName(crypto::SignatureAlgorithm algorithm)
{
    return algorithm == crypto::SignatureAlgorithm::RsaSha256 ? u"rsa"_s : u"dsa"_s;
}

QByteArray responderCounter(QByteArrayView initiatorCounter)
{
    QByteArray counter = initiatorCounter.toByteArray();
    if (!counter.isEmpty()) {
        counter[0] = char(quint8(counter[0]) ^ 0x80);
    }
    return counter;
}

QString protocolVersion()
{
    return u"1.0"_s;
}

} // namespace balcony::esession
