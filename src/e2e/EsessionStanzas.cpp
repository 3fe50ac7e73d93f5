#include "e2e/EsessionStanzas.h"

#include "core/DataForm.h"
#include "e2e/EsessionAlgorithms.h"

using namespace Qt::StringLiterals;

namespace balcony::esession {
namespace {

Element chatMessage(const QString &to, const QString &thread)
{
    Element message(u"message"_s, clientNs());
    message.setAttribute(u"to"_s, to);
    message.setAttribute(u"type"_s, u"chat"_s);
    message.appendTextChild(u"thread"_s, clientNs(), thread);
    return message;
}

} // namespace

Element offlineInitMessage(
    const QString &to, const QString &thread, const Element &init, const std::optional<Element> &c)
{
    Element message = chatMessage(to, thread);
    message.appendChild(init);
    if (c) {
        message.appendChild(*c);
    }
    return message;
}

Element encryptedMessage(const QString &to, const QString &thread, const Element &c)
{
    Element message = chatMessage(to, thread);
    message.appendChild(c);
    return message;
}

Element terminationContent()
{
    DataForm form;
    form.setType(DataForm::Type::Submit);
    form.addField({ u"FORM_TYPE"_s, {}, {}, {}, false, { formType() }, {} });
    form.addField({ u"terminate"_s, {}, {}, {}, false, { u"1"_s }, {} });
    Element feature(u"feature"_s, featureNegNs());
    feature.appendChild(form.toElement());
    return feature;
}

bool isTermination(const QList<Element> &content)
{
    for (const Element &element : content) {
        if (element.name() != u"feature" || element.ns() != featureNegNs()) {
            continue;
        }
        const std::optional<DataForm> form = DataForm::fromElement(element.firstChild(u"x", DataForm::xmlns()));
        if (!form || !isFormType(form->formType())) {
            continue;
        }
        const DataForm::Field *terminate = form->field(u"terminate");
        if (terminate && !terminate->values.isEmpty()
            && (terminate->values.first() == u"1" || terminate->values.first() == u"true")) {
            return true;
        }
    }
    return false;
}

} // namespace balcony::esession
