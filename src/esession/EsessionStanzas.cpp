#include "esession/EsessionStanzas.h"

#include "core/DataForm.h"
#include "esession/EsessionAlgorithms.h"

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

// XEP-0334 <no-store/> and XEP-0280 <private/> (see StorageHints).
void appendStorageHints(Element &message)
{
    message.appendChild(Element(u"no-store"_s, u"urn:xmpp:hints"_s));
    message.appendChild(Element(u"private"_s, u"urn:xmpp:carbons:2"_s));
}

Element negotiationMessage(const QString &to, const QString &thread, const Element &feature)
{
    Element message(u"message"_s, clientNs());
    message.setAttribute(u"to"_s, to);
    message.setAttribute(u"type"_s, u"normal"_s);
    message.appendTextChild(u"thread"_s, clientNs(), thread);
    message.appendChild(feature);
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

Element encryptedMessage(const QString &to, const QString &thread, const Element &c, StorageHints hints)
{
    Element message = chatMessage(to, thread);
    message.appendChild(c);
    if (hints == StorageHints::NoStoreNoCopies) {
        appendStorageHints(message);
    }
    return message;
}

Element featureNegotiation(const Element &x)
{
    Element feature(u"feature"_s, featureNegNs());
    feature.appendChild(x);
    return feature;
}

Element negotiationForm(const Element &element)
{
    if (element.name() == u"x" && element.ns() == DataForm::xmlns()) {
        return element;
    }
    const Element feature = element.name() == u"feature" && element.ns() == featureNegNs()
        ? element
        : element.firstChild(u"feature", featureNegNs());
    return feature.firstChild(u"x", DataForm::xmlns());
}

bool isDeclined(const Element &x)
{
    const std::optional<DataForm> form = DataForm::fromElement(x);
    const DataForm::Field *accept = form ? form->field(u"accept") : nullptr;
    if (!accept || accept->values.size() != 1) {
        return false;
    }
    const QString value = accept->values.first().trimmed();
    return value == u"0" || value == u"false";
}

Element onlineRequestMessage(const QString &to, const QString &thread, const Element &feature)
{
    Element message = negotiationMessage(to, thread, feature);
    Element amp(u"amp"_s, u"http://jabber.org/protocol/amp"_s);
    amp.setAttribute(u"per-hop"_s, u"true"_s);
    Element rule(u"rule"_s, amp.ns());
    rule.setAttribute(u"action"_s, u"drop"_s);
    rule.setAttribute(u"condition"_s, u"deliver"_s);
    rule.setAttribute(u"value"_s, u"stored"_s);
    amp.appendChild(rule);
    message.appendChild(amp);
    appendStorageHints(message);
    return message;
}

Element onlineResponseMessage(const QString &to, const QString &thread, const Element &feature)
{
    Element message = negotiationMessage(to, thread, feature);
    appendStorageHints(message);
    return message;
}

Element onlineResultMessage(
    const QString &to, const QString &thread, const Element &feature, const std::optional<Element> &c)
{
    Element message = negotiationMessage(to, thread, feature);
    if (c) {
        message.appendChild(*c);
    }
    appendStorageHints(message);
    return message;
}

NegotiationMessage negotiationMessageKind(const Element &message)
{
    const Element feature = message.firstChild(u"feature", featureNegNs());
    const std::optional<DataForm> form = DataForm::fromElement(feature.firstChild(u"x", DataForm::xmlns()));
    if (!form || !isFormType(form->formType())) {
        return NegotiationMessage::None;
    }
    if (message.attribute(u"type") == u"error") {
        return NegotiationMessage::Rejection;
    }
    switch (form->type()) {
    case DataForm::Type::Form:
        return NegotiationMessage::Request;
    case DataForm::Type::Submit:
        return isTermination({ feature }) ? NegotiationMessage::Termination : NegotiationMessage::Response;
    case DataForm::Type::Result:
        return NegotiationMessage::Result;
    case DataForm::Type::Cancel:
        break;
    }
    return NegotiationMessage::None;
}

Element negotiationRejection(const Element &request, EsessionError error)
{
    Element message(u"message"_s, clientNs());
    if (const QString from = request.attribute(u"from"); !from.isEmpty()) {
        message.setAttribute(u"to"_s, from);
    }
    message.setAttribute(u"type"_s, u"error"_s);
    if (const QString id = request.attribute(u"id"); !id.isEmpty()) {
        message.setAttribute(u"id"_s, id); // RFC 6120 §8.3.1: the sender matches the error to its stanza
    }
    message.appendTextChild(u"thread"_s, clientNs(), request.childText(u"thread"));
    const Element feature = request.firstChild(u"feature", featureNegNs());
    if (!feature.isNull()) {
        message.appendChild(feature);
    }
    const QString stanzasNs = u"urn:ietf:params:xml:ns:xmpp-stanzas"_s;
    Element errorElement(u"error"_s, clientNs());
    errorElement.setAttribute(u"type"_s, u"cancel"_s);
    if (error == EsessionError::FourMessageOnly) {
        errorElement.appendChild(Element(u"feature-not-implemented"_s, stanzasNs));
        Element fields(u"feature"_s, featureNegNs());
        Element field(u"field"_s, featureNegNs());
        field.setAttribute(u"var"_s, u"dhhashes"_s);
        fields.appendChild(field);
        errorElement.appendChild(fields);
    } else {
        errorElement.appendChild(Element(u"not-acceptable"_s, stanzasNs));
    }
    message.appendChild(errorElement);
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
