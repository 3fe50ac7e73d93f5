#include "esession/OfferForm.h"

#include "core/DataForm.h"
#include "core/Jid.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/Normalizer.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

Element field(const QString &var, const QString &type)
{
    Element f(u"field"_s, DataForm::xmlns());
    f.setAttribute(u"var"_s, var);
    if (!type.isEmpty()) {
        f.setAttribute(u"type"_s, type);
    }
    return f;
}

Element valueField(const QString &var, const QString &type, const QStringList &values)
{
    Element f = field(var, type);
    for (const QString &value : values) {
        f.appendTextChild(u"value"_s, DataForm::xmlns(), value);
    }
    return f;
}

Element optionField(const QString &var, const QString &type, const QStringList &options)
{
    Element f = field(var, type);
    for (const QString &option : options) {
        Element o(u"option"_s, DataForm::xmlns());
        o.appendTextChild(u"value"_s, DataForm::xmlns(), option);
        f.appendChild(o);
    }
    return f;
}

QStringList base64List(const QList<QByteArray> &values)
{
    QStringList out;
    for (const QByteArray &value : values) {
        out.append(QString::fromLatin1(value.toBase64()));
    }
    return out;
}

std::optional<QByteArray> decodeBase64(const QString &text)
{
    QString compact = text;
    compact.remove(u' ').remove(u'\n').remove(u'\r').remove(u'\t');
    auto decoded = QByteArray::fromBase64Encoding(compact.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).isEmpty()) {
        return std::nullopt;
    }
    return *decoded;
}

// A list field of an offer: its <option/> values, or its <value/>s if a peer wrote them that way.
QStringList choices(const DataForm::Field &f)
{
    if (f.options.isEmpty()) {
        return f.values;
    }
    QStringList out;
    for (const DataForm::Option &option : f.options) {
        out.append(option.value);
    }
    return out;
}

} // namespace

Element OfferForm::toElement() const
{
    Element x(u"x"_s, DataForm::xmlns());
    x.setAttribute(u"type"_s, u"form"_s);
    x.appendChild(valueField(u"FORM_TYPE"_s, u"hidden"_s, { esession::formType() }));
    if (online) {
        x.appendChild(valueField(u"accept"_s, u"boolean"_s, { u"1"_s }));
    }
    x.appendChild(optionField(u"otr"_s, u"list-single"_s, otr));
    x.appendChild(optionField(u"disclosure"_s, u"list-single"_s, disclosure));
    x.appendChild(optionField(u"security"_s, u"list-single"_s, security));
    QStringList groups;
    for (int id : modp) {
        groups.append(QString::number(id));
    }
    x.appendChild(optionField(u"modp"_s, u"list-single"_s, groups));
    x.appendChild(optionField(u"crypt_algs"_s, u"list-single"_s, cryptAlgs));
    x.appendChild(optionField(u"hash_algs"_s, u"list-single"_s, hashAlgs));
    x.appendChild(optionField(u"sign_algs"_s, u"list-single"_s, signAlgs));
    x.appendChild(optionField(u"compress"_s, u"list-single"_s, compress));
    x.appendChild(optionField(u"stanzas"_s, u"list-multi"_s, stanzas));
    if (online) {
        x.appendChild(optionField(u"init_pubkey"_s, u"list-single"_s, initPubkey));
        x.appendChild(optionField(u"resp_pubkey"_s, u"list-single"_s, respPubkey));
    }
    x.appendChild(optionField(u"ver"_s, u"list-single"_s, ver));
    x.appendChild(valueField(u"rekey_freq"_s, u"text-single"_s, { QString::number(rekeyFreq) }));
    if (expires.isValid() && !online) {
        x.appendChild(valueField(u"expires"_s, u"hidden"_s, { expires.toUTC().toString(Qt::ISODate) }));
    }
    x.appendChild(valueField(u"my_nonce"_s, u"hidden"_s, { QString::fromLatin1(nonce.toBase64()) }));
    x.appendChild(valueField(u"dhkeys"_s, u"hidden"_s, base64List(dhKeys)));
    if (!matchResource.isEmpty() && !online) {
        x.appendChild(valueField(u"match_resource"_s, u"text-single"_s, { matchResource }));
    }
    if (!signatures.isEmpty() && !online) {
        x.appendChild(valueField(u"signs"_s, u"hidden"_s, base64List(signatures)));
    }
    return x;
}

QByteArray OfferForm::signedContent() const
{
    return signedContent(toElement());
}

QByteArray OfferForm::signedContent(const Element &x)
{
    return Normalizer::formContent(x, { u"signs"_s });
}

std::optional<OfferForm> OfferForm::fromElement(const Element &x, bool offline, EsessionError *error)
{
    auto fail = [error](EsessionError e) -> std::optional<OfferForm> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    const std::optional<DataForm> form = DataForm::fromElement(x);
    if (!form || form->type() != DataForm::Type::Form || !esession::isFormType(form->formType())) {
        return fail(EsessionError::MalformedForm);
    }
    auto list = [&form](QStringView var) {
        const DataForm::Field *f = form->field(var);
        return f ? choices(*f) : QStringList();
    };
    auto single = [&form](QStringView var) -> std::optional<QString> {
        const DataForm::Field *f = form->field(var);
        if (!f || f->values.size() != 1) {
            return std::nullopt;
        }
        return f->values.first().trimmed();
    };

    // XEP-0116 §ESession Request: a hash commitment (dhhashes) or SAS algorithms mean the 4-message exchange.
    if (form->field(u"dhhashes") || form->field(u"sas_algs")) {
        return fail(EsessionError::FourMessageOnly);
    }

    OfferForm offer;
    offer.online = !offline;
    if (offer.online) {
        if (form->field(u"init_pubkey")) {
            offer.initPubkey = list(u"init_pubkey");
        }
        if (form->field(u"resp_pubkey")) {
            offer.respPubkey = list(u"resp_pubkey");
        }
    }
    if (form->field(u"otr")) {
        offer.otr = list(u"otr");
    } else if (form->field(u"logging")) {
        // XEP-0155 v0.14+ renamed otr to logging (§Defined Parameters): mustnot = otr true, may = otr false.
        offer.otr.clear();
        for (const QString &value : list(u"logging")) {
            offer.otr.append(value == u"mustnot" || value == u"true" ? u"true"_s : u"false"_s);
        }
    }
    offer.disclosure = list(u"disclosure");
    offer.security = list(u"security");
    offer.cryptAlgs = list(u"crypt_algs");
    offer.hashAlgs = list(u"hash_algs");
    offer.signAlgs = list(u"sign_algs");
    offer.compress = list(u"compress");
    offer.stanzas = list(u"stanzas");
    offer.ver = list(u"ver");
    if (offer.cryptAlgs.isEmpty() || offer.hashAlgs.isEmpty() || offer.signAlgs.isEmpty() || offer.stanzas.isEmpty()
        || offer.security.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }
    for (const QString &text : list(u"modp")) {
        bool ok = false;
        const int id = text.trimmed().toInt(&ok);
        if (!ok) {
            return fail(EsessionError::MalformedForm);
        }
        if (id == 3 || id == 4) {
            return fail(EsessionError::UnsupportedGroup);
        }
        offer.modp.append(id);
    }
    // dhkeys was called keys up to XEP-0116 v0.12 / XEP-0187 v0.3.
    const DataForm::Field *keys = form->field(u"dhkeys");
    if (!keys) {
        keys = form->field(u"keys");
    }
    if (offer.modp.isEmpty() || !keys || keys->values.size() != offer.modp.size()) {
        return fail(offer.modp.isEmpty() || !keys ? EsessionError::MalformedForm : EsessionError::UnsupportedGroup);
    }
    for (const QString &value : keys->values) {
        std::optional<QByteArray> key = decodeBase64(value);
        if (!key) {
            return fail(EsessionError::MalformedForm);
        }
        offer.dhKeys.append(*key);
    }
    const std::optional<QString> rekey = single(u"rekey_freq");
    bool ok = false;
    const qulonglong frequency = rekey ? rekey->toULongLong(&ok) : 0;
    if (!ok || frequency < 1 || frequency > std::numeric_limits<quint32>::max()) {
        return fail(EsessionError::BadRekeyFrequency);
    }
    offer.rekeyFreq = quint32(frequency);
    const std::optional<QString> nonceText = single(u"my_nonce");
    const std::optional<QByteArray> nonce = nonceText ? decodeBase64(*nonceText) : std::nullopt;
    if (!nonce || nonce->size() < 8) {
        return fail(EsessionError::MalformedForm);
    }
    offer.nonce = *nonce;
    if (const std::optional<QString> expires = single(u"expires")) {
        offer.expires = QDateTime::fromString(*expires, Qt::ISODateWithMs);
        if (!offer.expires.isValid()) {
            return fail(EsessionError::MalformedForm);
        }
    }
    if (const DataForm::Field *resource = form->field(u"match_resource"); resource && !resource->values.isEmpty()) {
        offer.matchResource = resource->values.first();
        // XEP-0187 §3.3: Bob addresses the session's stanzas to this resource, so it must be one (RFC 7622 §3.4).
        if (!Jid::fromParts(u"x", u"example.org", offer.matchResource)) {
            return fail(EsessionError::MalformedForm);
        }
    }
    if (const DataForm::Field *signs = form->field(u"signs")) {
        for (const QString &value : signs->values) {
            if (std::optional<QByteArray> signature = decodeBase64(value)) {
                offer.signatures.append(*signature);
            }
        }
    }
    if (offline) {
        // XEP-0187 §Publishing: the list MUST NOT include iq; with match_resource only message is allowed.
        if (offer.stanzas.contains(u"iq"_s)) {
            return fail(EsessionError::IqNotAllowed);
        }
        if (!offer.matchResource.isEmpty() && offer.stanzas != QStringList { u"message"_s }) {
            return fail(EsessionError::MalformedForm);
        }
        if (!offer.expires.isValid()) {
            return fail(EsessionError::MalformedForm);
        }
    }
    return offer;
}

} // namespace balcony
