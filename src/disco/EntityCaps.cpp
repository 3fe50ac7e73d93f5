#include "EntityCaps.h"

#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

// "i;octet" collation (RFC 4790 §9.3), which XEP-0115 §5.1 requires for every sort: byte-wise comparison
// of the UTF-8 encoding. QString's own operator< compares UTF-16 code units, which orders characters
// outside the BMP differently from UTF-8.
bool octetLess(const QByteArray &a, const QByteArray &b)
{
    return std::lexicographical_compare(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](char x, char y) { return uchar(x) < uchar(y); });
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

void sortOctets(QList<QByteArray> &list)
{
    std::sort(list.begin(), list.end(), octetLess);
}

// §5.4 treats a form without FORM_TYPE as carrying no capabilities information: it is left out of S.
QList<const DataForm *> typedForms(const DiscoInfo &info)
{
    QList<const DataForm *> forms;
    for (const DataForm &form : info.extensions) {
        if (form.hasFormType()) {
            forms.append(&form);
        }
    }
    return forms;
}

} // namespace

QString EntityCaps::xmlns()
{
    return u"http://jabber.org/protocol/caps"_s;
}

std::optional<QCryptographicHash::Algorithm> EntityCaps::algorithm(QStringView hashName)
{
    if (hashName == u"sha-1") {
        return QCryptographicHash::Sha1;
    }
    if (hashName == u"sha-256") {
        return QCryptographicHash::Sha256;
    }
    if (hashName == u"sha-512") {
        return QCryptographicHash::Sha512;
    }
    return std::nullopt;
}

QByteArray EntityCaps::verificationInput(const DiscoInfo &info)
{
    QByteArray s;
    // Steps 2–3: identities sorted by category, type, xml:lang (then name, to make the order total), each
    // as category/type/lang/name followed by '<'.
    using Key = std::tuple<QByteArray, QByteArray, QByteArray, QByteArray>;
    QList<Key> identities;
    for (const DiscoIdentity &id : info.identities) {
        identities.append({ utf8(id.category), utf8(id.type), utf8(id.lang), utf8(id.name) });
    }
    std::sort(identities.begin(), identities.end(), [](const Key &a, const Key &b) {
        if (std::get<0>(a) != std::get<0>(b)) {
            return octetLess(std::get<0>(a), std::get<0>(b));
        }
        if (std::get<1>(a) != std::get<1>(b)) {
            return octetLess(std::get<1>(a), std::get<1>(b));
        }
        if (std::get<2>(a) != std::get<2>(b)) {
            return octetLess(std::get<2>(a), std::get<2>(b));
        }
        return octetLess(std::get<3>(a), std::get<3>(b));
    });
    for (const Key &k : identities) {
        s += std::get<0>(k) + '/' + std::get<1>(k) + '/' + std::get<2>(k) + '/' + std::get<3>(k) + '<';
    }
    // Steps 4–5: features sorted, each followed by '<'.
    QList<QByteArray> features;
    for (const QString &feature : info.features) {
        features.append(utf8(feature));
    }
    sortOctets(features);
    for (const QByteArray &feature : std::as_const(features)) {
        s += feature + '<';
    }
    // Step 6: forms sorted by FORM_TYPE; each contributes its FORM_TYPE, then its other fields sorted by
    // var, each var followed by its values sorted.
    QList<const DataForm *> forms = typedForms(info);
    std::sort(forms.begin(), forms.end(),
        [](const DataForm *a, const DataForm *b) { return octetLess(utf8(a->formType()), utf8(b->formType())); });
    for (const DataForm *form : std::as_const(forms)) {
        s += utf8(form->formType()) + '<';
        QList<const DataForm::Field *> fields;
        for (const DataForm::Field &field : form->fields()) {
            if (field.var != u"FORM_TYPE") {
                fields.append(&field);
            }
        }
        std::sort(fields.begin(), fields.end(),
            [](const DataForm::Field *a, const DataForm::Field *b) { return octetLess(utf8(a->var), utf8(b->var)); });
        for (const DataForm::Field *field : std::as_const(fields)) {
            s += utf8(field->var) + '<';
            QList<QByteArray> values;
            for (const QString &value : field->values) {
                values.append(utf8(value));
            }
            sortOctets(values);
            for (const QByteArray &value : std::as_const(values)) {
                s += value + '<';
            }
        }
    }
    return s;
}

QString EntityCaps::verificationString(const DiscoInfo &info, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(verificationInput(info), algorithm).toBase64());
}

std::optional<QString> EntityCaps::verificationString(const DiscoInfo &info, QStringView hashName)
{
    const auto algo = algorithm(hashName);
    if (!algo) {
        return std::nullopt;
    }
    return verificationString(info, *algo);
}

EntityCaps::Verification EntityCaps::verify(const DiscoInfo &info, QStringView hashName, QStringView ver)
{
    const auto algo = algorithm(hashName);
    if (!algo) {
        return Verification::UnknownHash;
    }
    // §5.4 step 3.3: duplicate identities (same category/type/lang/name). Sorted and compared neighbour to
    // neighbour: the answer is the remote party's, and comparing every pair was quadratic in its size.
    using Identity = std::tuple<QStringView, QStringView, QStringView, QStringView>;
    QList<Identity> identities;
    identities.reserve(info.identities.size());
    for (const DiscoIdentity &id : info.identities) {
        identities.append({ id.category, id.type, id.lang, id.name });
    }
    std::sort(identities.begin(), identities.end());
    if (std::adjacent_find(identities.cbegin(), identities.cend()) != identities.cend()) {
        return Verification::DuplicateIdentity;
    }
    // §5.4 step 3.4: duplicate features.
    if (QSet<QString>(info.features.cbegin(), info.features.cend()).size() != info.features.size()) {
        return Verification::DuplicateFeature;
    }
    // §5.4 steps 3.5–3.6: at most one form per FORM_TYPE, and FORM_TYPE must be a hidden field.
    QSet<QString> formTypes;
    for (const DataForm *form : typedForms(info)) {
        if (!form->formTypeIsHidden()) {
            return Verification::FormTypeNotHidden;
        }
        if (formTypes.contains(form->formType())) {
            return Verification::DuplicateFormType;
        }
        formTypes.insert(form->formType());
    }
    // §5.4 steps 3.7–3.8: recompute and compare.
    if (verificationString(info, *algo) != ver) {
        return Verification::Mismatch;
    }
    return Verification::Ok;
}

QString EntityCaps::describe(Verification verification)
{
    switch (verification) {
    case Verification::Ok:
        return u"verified"_s;
    case Verification::UnknownHash:
        return u"unknown hash function"_s;
    case Verification::Mismatch:
        return u"verification string mismatch"_s;
    case Verification::DuplicateIdentity:
        return u"duplicate identity"_s;
    case Verification::DuplicateFeature:
        return u"duplicate feature"_s;
    case Verification::DuplicateFormType:
        return u"duplicate FORM_TYPE"_s;
    case Verification::FormTypeNotHidden:
        return u"FORM_TYPE not hidden"_s;
    }
    return QString();
}

CapsAnnouncement EntityCaps::parse(const Element &c)
{
    if (c.isNull() || c.name() != u"c" || c.ns() != xmlns()) {
        return {};
    }
    CapsAnnouncement caps { c.attribute(u"hash"), c.attribute(u"node"), c.attribute(u"ver") };
    if (caps.node.isEmpty()) {
        return {};
    }
    return caps;
}

Element EntityCaps::toElement(const CapsAnnouncement &caps)
{
    Element c(u"c"_s, xmlns());
    c.setAttribute(u"hash"_s, caps.hash);
    c.setAttribute(u"node"_s, caps.node);
    c.setAttribute(u"ver"_s, caps.ver);
    return c;
}

} // namespace balcony
