#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace balcony::avatar {

// What is accepted of an image: checked before anything large is allocated.
struct ImageLimits {
    qint64 maxBytes = 1024 * 1024; // a contact's avatar file
    int maxDimension = 4096; // a contact's avatar, width and height
    int displaySize = 128; // the longer side of the decoded image kept for display
};

// The MIME types accepted from contacts (XEP-0084 §4.2.1 makes image/png mandatory; these four are what
// clients publish).
bool isAcceptedType(QStringView mimeType);
// The MIME type of a QImageReader format name ("png" -> "image/png"); empty for anything else.
QString mimeTypeOfFormat(const QByteArray &format);
// The SHA-1 of `data` in lower-case hex (the XEP-0084 id and XEP-0153 photo hash).
QString sha1Hex(const QByteArray &data);
// A 40-digit hex string (what a SHA-1 id looks like).
bool isSha1Hex(QStringView text);
// The longest base64 text (whitespace included, XEP-0054 BINVAL may be folded) that can hold `maxBytes`.
qint64 maxBase64Chars(qint64 maxBytes);
// Decodes base64 text with whitespace; an empty array and *ok false if it is not base64.
QByteArray decodeBase64(QStringView text, bool *ok);

// A contact's image checked and decoded (runs on any thread).
struct DecodedImage {
    QString error; // translated; empty on success
    QString type; // MIME type found in the data (not the one claimed)
    int width = 0;
    int height = 0;
    QImage display; // scaled so the longer side is at most ImageLimits::displaySize
};
// Refuses (with a reason) data over maxBytes, a format that is none of the accepted types, dimensions over
// maxDimension (read from the header before the pixels are allocated) and data that does not decode.
DecodedImage decodeContactImage(const QByteArray &data, const ImageLimits &limits);

// The user's own image turned into what is published (runs on any thread).
struct PreparedImage {
    QString error; // translated; empty on success
    QByteArray png;
    QString hash; // sha1Hex(png)
    int width = 0;
    int height = 0;
    QImage display;
};
// Decodes any format Qt reads (files up to 64 MiB, 30,000 pixels a side), scales to at most `maxSide` pixels
// (aspect kept; smaller sides if the PNG would exceed `maxPngBytes`, which servers' stanza size limits need) and
// encodes PNG.
PreparedImage prepareOwnImage(const QByteArray &file, int maxSide, qint64 maxPngBytes, int displaySize);

} // namespace balcony::avatar
