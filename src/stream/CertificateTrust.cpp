#include "CertificateTrust.h"

#include "crypto/ChainVerification.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {
constexpr int FormatVersion = 1;
constexpr qsizetype Sha256HexLength = 64;
// Far larger than any real list of decisions; protects against reading a huge foreign file.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
} // namespace

CertificateTrust::CertificateTrust(const QString &profileDir)
    : m_dir(profileDir)
    , m_path(QDir(profileDir).filePath(u"trusted-certificates.json"_s))
{
    reload();
}

bool CertificateTrust::reload()
{
    m_trusted.clear();
    m_error.clear();
    m_corruptOnDisk = false;

    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("balcony", "Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    if (file.size() > MaxFileSize) {
        m_error = QCoreApplication::translate("balcony", "%1 is too large to be a list of trusted certificates")
                      .arg(m_path);
        m_corruptOnDisk = true;
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(u"version"_s).toInt() != FormatVersion || !root.value(u"domains"_s).isObject()) {
        m_error = QCoreApplication::translate("balcony",
            "The list of trusted certificates in %1 is damaged; "
            "no certificate is trusted until it is replaced")
                      .arg(m_path);
        m_corruptOnDisk = true;
        return false;
    }

    const QJsonObject domains = root.value(u"domains"_s).toObject();
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        const QString domain = normalizedDomain(it.key());
        if (domain.isEmpty()) {
            continue;
        }
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &value : list) {
            // Anything that is not a well-formed fingerprint is skipped, never widened into trust.
            const QByteArray fp = normalizedFingerprint(value.toString().toLatin1());
            if (!fp.isEmpty() && !m_trusted.value(domain).contains(fp)) {
                m_trusted[domain].append(fp);
            }
        }
    }
    return true;
}

bool CertificateTrust::trust(const QString &domain, const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        m_error = QCoreApplication::translate("balcony", "There is no certificate to trust");
        return false;
    }
    return trustFingerprint(domain, fingerprint(certificate));
}

bool CertificateTrust::trustFingerprint(const QString &domain, const QByteArray &fingerprintHex)
{
    const QString key = normalizedDomain(domain);
    const QByteArray fp = normalizedFingerprint(fingerprintHex);
    if (key.isEmpty() || fp.isEmpty()) {
        m_error = QCoreApplication::translate("balcony", "Invalid domain or certificate fingerprint");
        return false;
    }
    if (m_trusted.value(key).contains(fp)) {
        return true;
    }
    m_trusted[key].append(fp);
    if (!save()) {
        m_trusted[key].removeAll(fp);
        if (m_trusted[key].isEmpty()) {
            m_trusted.remove(key);
        }
        return false;
    }
    return true;
}

bool CertificateTrust::isTrusted(const QString &domain, const QByteArray &fingerprintHex) const
{
    const QByteArray fp = normalizedFingerprint(fingerprintHex);
    return !fp.isEmpty() && m_trusted.value(normalizedDomain(domain)).contains(fp);
}

QList<QByteArray> CertificateTrust::fingerprints(const QString &domain) const
{
    return m_trusted.value(normalizedDomain(domain));
}

bool CertificateTrust::revoke(const QString &domain, const QByteArray &fingerprintHex)
{
    const QString key = normalizedDomain(domain);
    const QByteArray fp = normalizedFingerprint(fingerprintHex);
    auto it = m_trusted.find(key);
    if (fp.isEmpty() || it == m_trusted.end() || !it->contains(fp)) {
        return false;
    }
    const QList<QByteArray> before = *it;
    it->removeAll(fp);
    if (it->isEmpty()) {
        m_trusted.erase(it);
    }
    if (!save()) {
        m_trusted[key] = before;
        return false;
    }
    return true;
}

QByteArray CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

QString CertificateTrust::displayFingerprint(const QByteArray &fingerprintHex)
{
    const QByteArray fp = normalizedFingerprint(fingerprintHex);
    const QByteArray source = fp.isEmpty() ? fingerprintHex.toLower() : fp;
    QString out;
    out.reserve(source.size() * 3 / 2);
    for (qsizetype i = 0; i < source.size(); i += 2) {
        if (i > 0) {
            out += u':';
        }
        out += QLatin1StringView(source.mid(i, 2));
    }
    return out;
}

QByteArray CertificateTrust::normalizedFingerprint(const QByteArray &fingerprintHex)
{
    QByteArray out;
    out.reserve(Sha256HexLength);
    for (const char c : fingerprintHex) {
        if (c == ':' || c == ' ') {
            continue;
        }
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'f';
        const bool upper = c >= 'A' && c <= 'F';
        if (!digit && !lower && !upper) {
            return {};
        }
        out.append(upper ? char(c - 'A' + 'a') : c);
    }
    return out.size() == Sha256HexLength ? out : QByteArray();
}

QString CertificateTrust::normalizedDomain(const QString &domain)
{
    // Domains are compared in their ASCII (A-label) form, case-insensitively (RFC 5890 §2.3.2.4);
    // a trailing dot names the same domain.
    QString key = domain.trimmed().toLower();
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    return key;
}

bool CertificateTrust::save()
{
    if (!QDir().mkpath(m_dir)) {
        m_error = QCoreApplication::translate("balcony", "Cannot create the folder %1").arg(m_dir);
        return false;
    }
    // The unreadable file may still mean something to the user: keep a copy instead of overwriting it.
    if (m_corruptOnDisk) {
        const QString aside = m_path + u".corrupt"_s;
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        m_corruptOnDisk = false;
    }

    QJsonObject domains;
    for (auto it = m_trusted.cbegin(); it != m_trusted.cend(); ++it) {
        QJsonArray list;
        for (const QByteArray &fp : it.value()) {
            list.append(QString::fromLatin1(fp));
        }
        domains.insert(it.key(), list);
    }
    QJsonObject root;
    root.insert(u"version"_s, FormatVersion);
    root.insert(u"domains"_s, domains);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("balcony", "Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Set on the temporary file before anything is written, so the data is never readable by others;
    // the rename in commit() keeps the mode.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = QCoreApplication::translate("balcony", "Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

namespace {

// Qt's errors that only say "no trusted path to a root" (as opposed to an expired, misnamed or otherwise
// unacceptable certificate): the ones the extra CAs may answer.
bool isUntrustedPathError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QList<QByteArray> derList(const QList<QSslCertificate> &certificates)
{
    QList<QByteArray> der;
    der.reserve(certificates.size());
    for (const QSslCertificate &certificate : certificates) {
        der.append(certificate.toDer());
    }
    return der;
}

} // namespace

bool CertificateTrust::acceptedByAccount(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
    const QString &hostName, const QList<QSslCertificate> &extraCas, const QList<QByteArray> &trustedFingerprints)
{
    if (!extraCas.isEmpty()
        && std::all_of(
            errors.cbegin(), errors.cend(), [](const QSslError &e) { return isUntrustedPathError(e.error()); })
        && crypto::verifyServerChain(derList(chain), derList(extraCas), hostName)) {
        // No path to a system CA, but a complete one to a CA this account was told to trust as well: what a CA
        // list would have said.
        return true;
    }
    QSslCertificate leaf = chain.value(0);
    for (qsizetype i = 0; leaf.isNull() && i < errors.size(); ++i) {
        leaf = errors.at(i).certificate();
    }
    const QByteArray fingerprint = CertificateTrust::fingerprint(leaf);
    // The user accepted exactly this certificate.
    return !fingerprint.isEmpty()
        && std::any_of(trustedFingerprints.cbegin(), trustedFingerprints.cend(),
            [&fingerprint](const QByteArray &trusted) { return normalizedFingerprint(trusted) == fingerprint; });
}

} // namespace balcony
