#include "avatar/AvatarImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balcony::avatar {

namespace {

constexpr qint64 maxOwnFileBytes = 64 * 1024 * 1024;
constexpr int maxOwnDimension = 30000;
// What an own image is decoded at, at most, before the final scaling (QImageReader scales JPEG while decoding).
constexpr int ownDecodeSide = 2048;

QImage displayImage(const QImage &image, int displaySize)
{
    if (image.width() <= displaySize && image.height() <= displaySize) {
        return image;
    }
    return image.scaled(displaySize, displaySize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

bool isAcceptedType(QStringView mimeType)
{
    return mimeType == u"image/png" || mimeType == u"image/jpeg" || mimeType == u"image/gif"
        || mimeType == u"image/webp";
}

QString mimeTypeOfFormat(const QByteArray &format)
{
    const QByteArray lower = format.toLower();
    if (lower == "png") {
        return u"image/png"_s;
    }
    if (lower == "jpeg" || lower == "jpg") {
        return u"image/jpeg"_s;
    }
    if (lower == "gif") {
        return u"image/gif"_s;
    }
    if (lower == "webp") {
        return u"image/webp"_s;
    }
    return {};
}

QString sha1Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

bool isSha1Hex(QStringView text)
{
    return text.size() == 40 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

qint64 maxBase64Chars(qint64 maxBytes)
{
    const qint64 encoded = 4 * ((maxBytes + 2) / 3);
    // Folded lines (XEP-0054 BINVAL, 76 characters and CR LF) and indentation: generous, still bounded.
    return encoded + encoded / 8 + 1024;
}

QByteArray decodeBase64(QStringView text, bool *ok)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace()) {
            continue;
        }
        if (c.unicode() > 127) {
            *ok = false;
            return {};
        }
        compact.append(char(c.unicode()));
    }
    auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return *ok ? *result : QByteArray();
}

DecodedImage decodeContactImage(const QByteArray &data, const ImageLimits &limits)
{
    DecodedImage decoded;
    if (data.size() > limits.maxBytes) {
        decoded.error = QCoreApplication::translate("balcony::AvatarManager", "the image is larger than %1 KiB")
                            .arg(limits.maxBytes / 1024);
        return decoded;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    decoded.type = mimeTypeOfFormat(format);
    if (decoded.type.isEmpty()) {
        decoded.error = format.isEmpty()
            ? QCoreApplication::translate("balcony::AvatarManager", "the data is not an image")
            : QCoreApplication::translate("balcony::AvatarManager", "images of type %1 are not accepted")
                  .arg(QString::fromLatin1(format));
        return decoded;
    }
    const QSize size = reader.size(); // from the header: nothing is allocated yet
    if (!size.isValid() || size.isEmpty()) {
        decoded.error = QCoreApplication::translate("balcony::AvatarManager", "the image has no valid size");
        return decoded;
    }
    if (size.width() > limits.maxDimension || size.height() > limits.maxDimension) {
        decoded.error
            = QCoreApplication::translate("balcony::AvatarManager", "the image is %1×%2 pixels, more than %3 a side")
                  .arg(size.width())
                  .arg(size.height())
                  .arg(limits.maxDimension);
        return decoded;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        decoded.error = QCoreApplication::translate("balcony::AvatarManager", "the image cannot be decoded: %1")
                            .arg(reader.errorString());
        return decoded;
    }
    decoded.width = image.width();
    decoded.height = image.height();
    decoded.display = displayImage(image, limits.displaySize);
    return decoded;
}

PreparedImage prepareOwnImage(const QByteArray &file, int maxSide, qint64 maxPngBytes, int displaySize)
{
    PreparedImage prepared;
    if (file.size() > maxOwnFileBytes) {
        prepared.error = QCoreApplication::translate("balcony::AvatarManager", "the file is larger than %1 MiB")
                             .arg(maxOwnFileBytes / (1024 * 1024));
        return prepared;
    }
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation of camera pictures
    const QSize size = reader.size();
    if (reader.format().isEmpty()) {
        prepared.error
            = QCoreApplication::translate("balcony::AvatarManager", "the file is not an image Balcony can read");
        return prepared;
    }
    if (size.isValid() && (size.width() > maxOwnDimension || size.height() > maxOwnDimension || size.isEmpty())) {
        prepared.error
            = QCoreApplication::translate("balcony::AvatarManager", "the image is %1×%2 pixels, too large to load")
                  .arg(size.width())
                  .arg(size.height());
        return prepared;
    }
    if (size.isValid() && (size.width() > ownDecodeSide || size.height() > ownDecodeSide)) {
        reader.setScaledSize(size.scaled(ownDecodeSide, ownDecodeSide, Qt::KeepAspectRatio));
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        prepared.error = QCoreApplication::translate("balcony::AvatarManager", "the image cannot be decoded: %1")
                             .arg(reader.errorString());
        return prepared;
    }
    // Smaller sides until the PNG fits (a photograph at 512 pixels can be 400 KiB as PNG).
    for (int side = maxSide; side >= 32; side = side * 3 / 4) {
        const QImage scaled = image.width() > side || image.height() > side
            ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "png");
        writer.setQuality(0); // PNG: the strongest zlib compression
        if (!writer.write(scaled)) {
            prepared.error
                = QCoreApplication::translate("balcony::AvatarManager", "the image cannot be encoded as PNG: %1")
                      .arg(writer.errorString());
            return prepared;
        }
        if (png.size() <= maxPngBytes || side * 3 / 4 < 32) {
            if (png.size() > maxPngBytes) {
                break;
            }
            prepared.png = png;
            prepared.hash = sha1Hex(png);
            prepared.width = scaled.width();
            prepared.height = scaled.height();
            prepared.display = displayImage(scaled, displaySize);
            return prepared;
        }
    }
    prepared.error = QCoreApplication::translate("balcony::AvatarManager", "the image does not fit into %1 KiB as PNG")
                         .arg(maxPngBytes / 1024);
    return prepared;
}

} // namespace balcony::avatar
