#include "esession/ResponseForm.h"

#include "core/DataForm.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/Normalizer.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

Element valueField(const QString &var, const QStringList &values)
{
    Element f(u"field"_s, DataForm::xmlns());
    f.setAttribute(u"var"_s, var);
    for (const QString &value : values) {
        f.appendTextChild(u"value"_s, DataForm::xmlns(), value);
    }
    return f;
}

QString base64(const QByteArray &value)
{
    return QString::fromLatin1(value.toBase64());
}

} // namespace

Element ResponseForm::toElement() const
{
    Element x(u"x"_s, DataForm::xmlns());
    x.setAttribute(u"type"_s, u"submit"_s);
    x.appendChild(valueField(u"FORM_TYPE"_s, { esession::formType() }));
    if (online) {
        x.appendChild(valueField(u"accept"_s, { accept ? u"1"_s : u"0"_s }));
    }
    x.appendChild(valueField(u"otr"_s, { otr }));
    x.appendChild(valueField(u"disclosure"_s, { disclosure }));
    x.appendChild(valueField(u"security"_s, { security }));
    x.appendChild(valueField(u"modp"_s, { QString::number(modp) }));
    x.appendChild(valueField(u"crypt_algs"_s, { cryptAlg }));
    x.appendChild(valueField(u"hash_algs"_s, { hashAlg }));
    x.appendChild(valueField(u"sign_algs"_s, { signAlg }));
    x.appendChild(valueField(u"compress"_s, { compress }));
    x.appendChild(valueField(u"stanzas"_s, stanzas));
    if (online) {
        x.appendChild(valueField(u"init_pubkey"_s, { initPubkey }));
        x.appendChild(valueField(u"resp_pubkey"_s, { respPubkey }));
    }
    x.appendChild(valueField(u"ver"_s, { ver }));
    x.appendChild(valueField(u"rekey_freq"_s, { QString::number(rekeyFreq) }));
    x.appendChild(valueField(u"my_nonce"_s, { base64(nonce) }));
    x.appendChild(valueField(u"dhkeys"_s, { base64(dhKey) }));
    x.appendChild(valueField(u"nonce"_s, { base64(peerNonce) }));
    x.appendChild(valueField(u"counter"_s, { base64(counter) }));
    if (terminate) {
        x.appendChild(valueField(u"terminate"_s, { u"1"_s }));
    }
    if (!identity.isEmpty()) {
        x.appendChild(valueField(u"identity"_s, { base64(identity) }));
    }
    if (!mac.isEmpty()) {
        x.appendChild(valueField(u"mac"_s, { base64(mac) }));
    }
    return x;
}

QByteArray ResponseForm::macContent(const Element &x)
{
    return Normalizer::formContent(x, { u"identity"_s, u"mac"_s });
}

std::optional<ResponseForm> ResponseForm::fromElement(const Element &x, EsessionError *error)
{
    auto fail = [error](EsessionError e) -> std::optional<ResponseForm> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    const std::optional<DataForm> form = DataForm::fromElement(x);
    if (!form || form->type() != DataForm::Type::Submit || !esession::isFormType(form->formType())) {
        return fail(EsessionError::MalformedForm);
    }
    bool malformed = false;
    auto single = [&](QStringView var, QStringView alias = {}) -> QString {
        const DataForm::Field *f = form->field(var);
        if (!f && !alias.isEmpty()) {
            f = form->field(alias);
        }
        if (!f || f->values.size() != 1) {
            malformed = true;
            return {};
        }
        return f->values.first().trimmed();
    };
    auto bytes = [&](QStringView var, QStringView alias = {}) -> QByteArray {
        QString text = single(var, alias);
        text.remove(u' ').remove(u'\n').remove(u'\r').remove(u'\t');
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (*decoded).isEmpty()) {
            malformed = true;
            return {};
        }
        return *decoded;
    };

    ResponseForm response;
    response.online = form->field(u"accept") || form->field(u"init_pubkey") || form->field(u"resp_pubkey");
    if (form->field(u"accept")) {
        const QString accept = single(u"accept");
        response.accept = accept == u"1" || accept == u"true";
    }
    if (form->field(u"init_pubkey")) {
        response.initPubkey = single(u"init_pubkey");
    }
    if (form->field(u"resp_pubkey")) {
        response.respPubkey = single(u"resp_pubkey");
    }
    if (form->field(u"otr")) {
        response.otr = single(u"otr");
    } else {
        const QString logging = single(u"logging");
        response.otr = logging == u"mustnot" || logging == u"true" ? u"true"_s : u"false"_s;
    }
    response.disclosure = single(u"disclosure");
    response.security = single(u"security");
    bool groupOk = false;
    response.modp = single(u"modp").toInt(&groupOk);
    response.cryptAlg = single(u"crypt_algs");
    response.hashAlg = single(u"hash_algs");
    response.signAlg = single(u"sign_algs");
    response.compress = single(u"compress");
    const DataForm::Field *stanzas = form->field(u"stanzas");
    response.stanzas = stanzas ? stanzas->values : QStringList();
    response.ver = form->field(u"ver") ? single(u"ver") : esession::protocolVersion();
    bool rekeyOk = false;
    const qulonglong rekey = single(u"rekey_freq").toULongLong(&rekeyOk);
    response.nonce = bytes(u"my_nonce");
    response.dhKey = bytes(u"dhkeys", u"keys");
    response.peerNonce = bytes(u"nonce");
    response.counter = bytes(u"counter");
    if (const DataForm::Field *terminate = form->field(u"terminate"); terminate && !terminate->values.isEmpty()) {
        const QString value = terminate->values.first().trimmed();
        response.terminate = value == u"1" || value == u"true";
    }
    if (form->field(u"identity")) {
        response.identity = bytes(u"identity");
    }
    if (form->field(u"mac")) {
        response.mac = bytes(u"mac");
    }
    if (malformed || !groupOk || response.stanzas.isEmpty()) {
        return fail(EsessionError::MalformedForm);
    }
    if (response.modp == 3 || response.modp == 4) {
        return fail(EsessionError::UnsupportedGroup);
    }
    if (!rekeyOk || rekey < 1 || rekey > std::numeric_limits<quint32>::max()) {
        return fail(EsessionError::BadRekeyFrequency);
    }
    response.rekeyFreq = quint32(rekey);
    return response;
}

} // namespace balcony
