#include "RegistrationQuery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

QString oobXmlns()
{
    return u"jabber:x:oob"_s;
}

// The §14.1 field names shown to a person.
QString labelFor(const QString &name)
{
    static const QHash<QString, const char *> labels {
        { u"username"_s, QT_TRANSLATE_NOOP("balcony", "User name") },
        { u"nick"_s, QT_TRANSLATE_NOOP("balcony", "Nickname") },
        { u"password"_s, QT_TRANSLATE_NOOP("balcony", "Password") },
        { u"name"_s, QT_TRANSLATE_NOOP("balcony", "Full name") },
        { u"first"_s, QT_TRANSLATE_NOOP("balcony", "First name") },
        { u"last"_s, QT_TRANSLATE_NOOP("balcony", "Last name") },
        { u"email"_s, QT_TRANSLATE_NOOP("balcony", "Email address") },
        { u"address"_s, QT_TRANSLATE_NOOP("balcony", "Street address") },
        { u"city"_s, QT_TRANSLATE_NOOP("balcony", "City") },
        { u"state"_s, QT_TRANSLATE_NOOP("balcony", "State or region") },
        { u"zip"_s, QT_TRANSLATE_NOOP("balcony", "Postal code") },
        { u"phone"_s, QT_TRANSLATE_NOOP("balcony", "Telephone number") },
        { u"url"_s, QT_TRANSLATE_NOOP("balcony", "Web page") },
        { u"date"_s, QT_TRANSLATE_NOOP("balcony", "Date") },
        { u"misc"_s, QT_TRANSLATE_NOOP("balcony", "Other information") },
        { u"text"_s, QT_TRANSLATE_NOOP("balcony", "Text") },
    };
    const char *label = labels.value(name);
    return label ? QCoreApplication::translate("balcony", label) : name;
}

QString firstValue(const QHash<QString, QStringList> &values, const QString &name)
{
    return values.value(name).value(0);
}

} // namespace

QString RegistrationQuery::xmlns()
{
    return u"jabber:iq:register"_s;
}

QString RegistrationQuery::featureXmlns()
{
    return u"http://jabber.org/features/iq-register"_s;
}

const QStringList &RegistrationQuery::legacyFieldNames()
{
    static const QStringList names { u"username"_s, u"nick"_s, u"password"_s, u"name"_s, u"first"_s, u"last"_s,
        u"email"_s, u"address"_s, u"city"_s, u"state"_s, u"zip"_s, u"phone"_s, u"url"_s, u"date"_s, u"misc"_s,
        u"text"_s };
    return names;
}

std::optional<RegistrationQuery> RegistrationQuery::fromElement(const Element &query)
{
    if (query.name() != u"query" || query.ns() != xmlns()) {
        return std::nullopt;
    }
    RegistrationQuery result;
    for (const Element &child : query.childElements()) {
        const QString name = child.name();
        if (child.ns() == DataForm::xmlns() && name == u"x") {
            if (!result.form) {
                result.form = DataForm::fromElement(child);
            }
            continue;
        }
        if (child.ns() == oobXmlns() && name == u"x") {
            result.oobUrl = child.childText(u"url", oobXmlns()).trimmed();
            continue;
        }
        if (child.ns() != xmlns()) {
            continue; // other extensions are not ours to interpret
        }
        if (name == u"instructions") {
            result.instructions = child.text().trimmed();
        } else if (name == u"registered") {
            result.registered = true;
        } else if (name == u"remove") {
            result.remove = true;
        } else if (name == u"key") {
            result.key = child.text();
        } else if (legacyFieldNames().contains(name)) {
            result.fields.append({ name, child.text() });
        }
    }
    return result;
}

Element RegistrationQuery::toElement() const
{
    const QString ns = xmlns();
    Element query(u"query"_s, ns);
    if (!instructions.isEmpty()) {
        query.appendTextChild(u"instructions"_s, ns, instructions);
    }
    if (registered) {
        query.appendChild(Element(u"registered"_s, ns));
    }
    for (const LegacyField &field : fields) {
        query.appendTextChild(field.name, ns, field.value);
    }
    if (!key.isEmpty()) {
        query.appendTextChild(u"key"_s, ns, key);
    }
    if (remove) {
        query.appendChild(Element(u"remove"_s, ns));
    }
    if (form) {
        query.appendChild(form->toElement());
    }
    if (!oobUrl.isEmpty()) {
        Element x(u"x"_s, oobXmlns());
        x.appendTextChild(u"url"_s, oobXmlns(), oobUrl);
        query.appendChild(x);
    }
    return query;
}

DataForm RegistrationQuery::userForm() const
{
    if (form) {
        DataForm user = *form;
        if (user.instructions().isEmpty() && !instructions.isEmpty()) {
            user.setInstructions({ instructions });
        }
        return user;
    }
    DataForm user;
    user.setType(DataForm::Type::Form);
    if (!instructions.isEmpty()) {
        user.setInstructions({ instructions });
    }
    for (const LegacyField &legacy : fields) {
        DataForm::Field field;
        field.var = legacy.name;
        field.type = legacy.name == u"password" ? u"text-private"_s : u"text-single"_s;
        field.label = labelFor(legacy.name);
        field.required = true;
        if (!legacy.value.isEmpty()) {
            field.values = { legacy.value };
        }
        user.addField(field);
    }
    return user;
}

RegistrationQuery RegistrationQuery::submission(const QHash<QString, QStringList> &values) const
{
    RegistrationQuery answer;
    if (form) {
        answer.form = form->filledIn(values);
        return answer;
    }
    for (const LegacyField &legacy : fields) {
        const auto it = values.constFind(legacy.name);
        answer.fields.append({ legacy.name, it == values.cend() ? legacy.value : it->value(0) });
    }
    answer.key = key;
    return answer;
}

QString RegistrationQuery::usernameIn(const QHash<QString, QStringList> &values)
{
    return firstValue(values, u"username"_s);
}

QString RegistrationQuery::passwordIn(const QHash<QString, QStringList> &values)
{
    return firstValue(values, u"password"_s);
}

} // namespace balcony
