#include "esession/ResultForm.h"

#include "core/DataForm.h"
#include "esession/EsessionAlgorithms.h"
#include "esession/Normalizer.h"

using namespace Qt::StringLiterals;

namespace balcony {
namespace {

DataForm::Field valueField(const QString &var, const QString &value)
{
    DataForm::Field field;
    field.var = var;
    field.values = { value };
    return field;
}

bool isTrue(const DataForm::Field *field)
{
    const QString value = field && field->values.size() == 1 ? field->values.first().trimmed() : QString();
    return value == u"1" || value == u"true";
}

} // namespace

Element ResultForm::toElement() const
{
    DataForm form;
    form.setType(DataForm::Type::Result);
    form.addField(valueField(u"FORM_TYPE"_s, esession::formType()));
    form.addField(valueField(u"accept"_s, accept ? u"1"_s : u"0"_s));
    form.addField(valueField(u"nonce"_s, QString::fromLatin1(nonce.toBase64())));
    if (terminate) {
        form.addField(valueField(u"terminate"_s, u"1"_s));
    }
    if (!identity.isEmpty()) {
        form.addField(valueField(u"identity"_s, QString::fromLatin1(identity.toBase64())));
    }
    if (!mac.isEmpty()) {
        form.addField(valueField(u"mac"_s, QString::fromLatin1(mac.toBase64())));
    }
    return form.toElement();
}

QByteArray ResultForm::macContent(const Element &x)
{
    return Normalizer::formContent(x, { u"identity"_s, u"mac"_s });
}

std::optional<ResultForm> ResultForm::fromElement(const Element &x, EsessionError *error)
{
    const std::optional<DataForm> form = DataForm::fromElement(x);
    ResultForm result;
    bool ok = form && form->type() == DataForm::Type::Result && esession::isFormType(form->formType());
    if (ok) {
        result.accept = isTrue(form->field(u"accept"));
        result.terminate = isTrue(form->field(u"terminate"));
        auto bytes = [&form, &ok](QStringView var) {
            const DataForm::Field *field = form->field(var);
            QString text = field && field->values.size() == 1 ? field->values.first() : QString();
            text.remove(u' ').remove(u'\n').remove(u'\r').remove(u'\t');
            const auto decoded
                = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            ok = ok && decoded && !(*decoded).isEmpty();
            return decoded ? *decoded : QByteArray();
        };
        if (result.accept) {
            result.nonce = bytes(u"nonce");
            result.identity = bytes(u"identity");
            result.mac = bytes(u"mac");
        }
    }
    if (!ok) {
        if (error) {
            *error = EsessionError::MalformedForm;
        }
        return std::nullopt;
    }
    return result;
}

} // namespace balcony
