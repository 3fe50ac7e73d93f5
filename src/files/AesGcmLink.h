#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QUrl>

#include <optional>

namespace balcony {

// XEP-0454 (OMEMO media sharing): a file encrypted with AES-256-GCM before it is uploaded, and the link that
// carries where it is and how to read it, `aesgcm://host/path#<iv-hex><key-hex>`: the HTTPS address with the
// scheme replaced, the IV (12 bytes, or 16 as older clients sent) and the 32-byte key as lower- or upper-case hex in
// the fragment. The uploaded body is the ciphertext followed by the 16-byte GCM tag. Such a link is only ever sent
// and taken inside an end-to-end encrypted message: anyone who reads it can read the file.
struct AesGcmLink {
    static QString scheme(); // aesgcm
    static constexpr qsizetype keySize() { return 32; }
    static constexpr qsizetype ivSize() { return 12; } // what Balcony sends
    static constexpr qsizetype tagSize() { return 16; }
    static constexpr qsizetype maxLength() { return 4096; } // characters of a whole link

    QUrl httpsUrl; // where to GET the encrypted file (https, no fragment)
    QByteArray iv; // 12 or 16 bytes
    QByteArray key; // 32 bytes

    // The link as sent: aesgcm://host[:port]/path[?query]#<iv><key> (lower-case hex).
    QUrl toUrl() const;
    QString toString() const { return toUrl().toString(QUrl::FullyEncoded); }

    // Parses a link: the aesgcm scheme, a host, no user info, at most maxLength() characters, and a fragment of
    // exactly 88 (12-byte IV) or 96 (16-byte IV) hex digits. nullopt and `error` (translated) otherwise.
    static std::optional<AesGcmLink> parse(const QUrl &url, QString *error = nullptr);
    static std::optional<AesGcmLink> parse(const QString &text, QString *error = nullptr);
    // A message body that is exactly one aesgcm link (surrounding white space aside), else nullopt.
    static std::optional<AesGcmLink> fromBody(const QString &body);

    // A fresh random key and IV for `httpsUrl` (empty key on a failing random generator).
    static AesGcmLink generate(const QUrl &httpsUrl = {});

    // Encrypts everything `in` still has into `out` (ciphertext, then the tag) in pieces of chunkBytes(), never the
    // whole file in memory. Returns the bytes written, or -1 with `error` (translated).
    qint64 encrypt(QIODevice &in, QIODevice &out, QString *error = nullptr) const;
    static constexpr qint64 chunkBytes() { return 64 * 1024; }
};

} // namespace balcony
