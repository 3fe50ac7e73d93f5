#include "ChainVerification.h"

#include "OpenSslErrors.h"

#include <QUrl>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace balcony::crypto {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter {
    void operator()(T *object) const { Free(object); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeCertificates>>;

X509Ptr fromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &data, long(der.size())));
    // The whole buffer must be one certificate: trailing bytes mean it is not what it claims to be.
    if (certificate && data != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        certificate.reset();
    }
    return certificate;
}

} // namespace

bool verifyServerChain(const QList<QByteArray> &chain, const QList<QByteArray> &anchors, const QString &hostName)
{
    const ErrorQueueGuard guard;
    if (chain.isEmpty() || anchors.isEmpty() || hostName.isEmpty()) {
        return false;
    }
    const StorePtr store(X509_STORE_new());
    if (!store) {
        return false;
    }
    for (const QByteArray &der : anchors) {
        const X509Ptr anchor = fromDer(der);
        if (!anchor || X509_STORE_add_cert(store.get(), anchor.get()) != 1) {
            return false;
        }
    }
    const X509Ptr leaf = fromDer(chain.first());
    const StackPtr untrusted(sk_X509_new_null());
    if (!leaf || !untrusted) {
        return false;
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr intermediate = fromDer(chain.at(i));
        if (!intermediate || sk_X509_push(untrusted.get(), intermediate.get()) <= 0) {
            return false;
        }
        intermediate.release(); // owned by the stack now
    }
    const StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        return false;
    }
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    // RFC 5280 §4.2.1.12 / RFC 5246: the certificate must be usable for a TLS server.
    if (X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER) != 1) {
        return false;
    }
    const QByteArray ip = hostName.toLatin1();
    if (X509_VERIFY_PARAM_set1_ip_asc(parameters, ip.constData()) != 1) {
        clearErrorQueue(); // not an IP literal: a DNS name, in its A-label form (RFC 6125 §6.4.2)
        const QByteArray name = QUrl::toAce(hostName);
        X509_VERIFY_PARAM_set_hostflags(parameters, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (name.isEmpty() || X509_VERIFY_PARAM_set1_host(parameters, name.constData(), size_t(name.size())) != 1) {
            return false;
        }
    }
    return X509_verify_cert(context.get()) == 1;
}

} // namespace balcony::crypto
