#include "DataForm.h"

#include "Jid.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

struct TypeEntry {
    DataForm::Type type;
    const char16_t *name;
};

// XEP-0004 §3.1: the four form types.
constexpr std::array<TypeEntry, 4> formTypes { {
    { DataForm::Type::Form, u"form" },
    { DataForm::Type::Submit, u"submit" },
    { DataForm::Type::Cancel, u"cancel" },
    { DataForm::Type::Result, u"result" },
} };

DataForm::Field parseField(const Element &element, const QString &ns)
{
    DataForm::Field field;
    field.var = element.attribute(u"var");
    field.type = element.attribute(u"type");
    field.label = element.attribute(u"label");
    for (const Element &child : element.childElements()) {
        if (child.ns() != ns) {
            continue;
        }
        const QString name = child.name();
        if (name == u"value") {
            field.values.append(child.text());
        } else if (name == u"desc") {
            field.description = child.text();
        } else if (name == u"required") {
            field.required = true;
        } else if (name == u"option") {
            field.options.append({ child.attribute(u"label"), child.childText(u"value", ns) });
        }
    }
    return field;
}

Element fieldElement(const DataForm::Field &field)
{
    const QString ns = DataForm::xmlns();
    Element element(u"field"_s, ns);
    if (!field.var.isEmpty()) {
        element.setAttribute(u"var"_s, field.var);
    }
    if (!field.type.isEmpty()) {
        element.setAttribute(u"type"_s, field.type);
    }
    if (!field.label.isEmpty()) {
        element.setAttribute(u"label"_s, field.label);
    }
    if (!field.description.isEmpty()) {
        element.appendTextChild(u"desc"_s, ns, field.description);
    }
    if (field.required) {
        element.appendChild(Element(u"required"_s, ns));
    }
    for (const QString &value : field.values) {
        element.appendTextChild(u"value"_s, ns, value);
    }
    for (const DataForm::Option &option : field.options) {
        Element optionElement(u"option"_s, ns);
        if (!option.label.isEmpty()) {
            optionElement.setAttribute(u"label"_s, option.label);
        }
        optionElement.appendTextChild(u"value"_s, ns, option.value);
        element.appendChild(optionElement);
    }
    return element;
}

QList<DataForm::Field> parseFields(const Element &parent, const QString &ns)
{
    QList<DataForm::Field> fields;
    for (const Element &child : parent.children(u"field", ns)) {
        fields.append(parseField(child, ns));
    }
    return fields;
}

} // namespace

QString DataForm::xmlns()
{
    return u"jabber:x:data"_s;
}

QString DataForm::typeName(Type type)
{
    for (const TypeEntry &entry : formTypes) {
        if (entry.type == type) {
            return QString::fromUtf16(entry.name);
        }
    }
    return QString();
}

std::optional<DataForm> DataForm::fromElement(const Element &x)
{
    const QString ns = xmlns();
    if (x.isNull() || x.name() != u"x" || x.ns() != ns) {
        return std::nullopt;
    }
    const QString typeText = x.attribute(u"type");
    const auto entry = std::find_if(
        formTypes.cbegin(), formTypes.cend(), [&typeText](const TypeEntry &e) { return typeText == e.name; });
    if (entry == formTypes.cend()) {
        return std::nullopt;
    }
    DataForm form;
    form.m_type = entry->type;
    for (const Element &child : x.childElements()) {
        if (child.ns() != ns) {
            continue;
        }
        const QString name = child.name();
        if (name == u"title") {
            form.m_title = child.text();
        } else if (name == u"instructions") {
            form.m_instructions.append(child.text());
        } else if (name == u"field") {
            form.m_fields.append(parseField(child, ns));
        } else if (name == u"reported") {
            form.m_reported = parseFields(child, ns);
        } else if (name == u"item") {
            form.m_items.append(parseFields(child, ns));
        }
    }
    return form;
}

Element DataForm::toElement() const
{
    const QString ns = xmlns();
    Element x(u"x"_s, ns);
    x.setAttribute(u"type"_s, typeName(m_type));
    if (!m_title.isEmpty()) {
        x.appendTextChild(u"title"_s, ns, m_title);
    }
    for (const QString &paragraph : m_instructions) {
        x.appendTextChild(u"instructions"_s, ns, paragraph);
    }
    for (const Field &f : m_fields) {
        x.appendChild(fieldElement(f));
    }
    if (!m_reported.isEmpty()) {
        Element reportedElement(u"reported"_s, ns);
        for (const Field &f : m_reported) {
            reportedElement.appendChild(fieldElement(f));
        }
        x.appendChild(reportedElement);
    }
    for (const QList<Field> &row : m_items) {
        Element item(u"item"_s, ns);
        for (const Field &f : row) {
            item.appendChild(fieldElement(f));
        }
        x.appendChild(item);
    }
    return x;
}

const DataForm::Field *DataForm::field(QStringView var) const
{
    for (const Field &f : m_fields) {
        if (f.var == var) {
            return &f;
        }
    }
    return nullptr;
}

QString DataForm::formType() const
{
    const Field *f = field(u"FORM_TYPE");
    return f && !f->values.isEmpty() ? f->values.first() : QString();
}

bool DataForm::formTypeIsHidden() const
{
    const Field *f = field(u"FORM_TYPE");
    return f && f->type == u"hidden";
}

namespace {

bool isSingleValued(const QString &type)
{
    return type.isEmpty() || type == u"text-single" || type == u"text-private" || type == u"boolean"
        || type == u"list-single" || type == u"jid-single";
}

} // namespace

QString DataForm::validationError(const Field &field, const QStringList &values)
{
    const QString &type = field.type;
    if (type == u"fixed" || type == u"hidden") {
        return {};
    }
    QStringList given;
    for (const QString &value : values) {
        if (!value.isEmpty()) {
            given.append(value);
        }
    }
    if (given.isEmpty()) {
        // A boolean without a value is false (§3.3), which is an answer.
        return field.required && type != u"boolean" ? QCoreApplication::translate("balcony", "This field is required.")
                                                    : QString();
    }
    if (isSingleValued(type)) {
        if (given.size() > 1) {
            return QCoreApplication::translate("balcony", "Only one value is allowed here.");
        }
        if (given.first().contains(u'\n') || given.first().contains(u'\r')) {
            return QCoreApplication::translate("balcony", "Line breaks are not allowed here.");
        }
    }
    if (type == u"boolean") {
        static const QStringList booleans { u"0"_s, u"1"_s, u"true"_s, u"false"_s };
        if (!booleans.contains(given.first())) {
            return QCoreApplication::translate("balcony", "Choose yes or no.");
        }
    } else if ((type == u"list-single" || type == u"list-multi") && !field.options.isEmpty()) {
        for (const QString &value : std::as_const(given)) {
            const bool offered = std::any_of(field.options.cbegin(), field.options.cend(),
                [&value](const Option &option) { return option.value == value; });
            if (!offered) {
                return QCoreApplication::translate("balcony", "Choose one of the offered options.");
            }
        }
    } else if (type == u"jid-single" || type == u"jid-multi") {
        for (const QString &value : std::as_const(given)) {
            if (!Jid::parse(value)) {
                return QCoreApplication::translate("balcony", "\"%1\" is not a valid address.").arg(value);
            }
        }
    }
    return {};
}

QHash<QString, QString> DataForm::validate(const QHash<QString, QStringList> &values) const
{
    QHash<QString, QString> problems;
    for (const Field &f : m_fields) {
        if (f.var.isEmpty() || problems.contains(f.var)) {
            continue;
        }
        const QString problem = validationError(f, values.value(f.var, f.values));
        if (!problem.isEmpty()) {
            problems.insert(f.var, problem);
        }
    }
    return problems;
}

DataForm DataForm::filledIn(const QHash<QString, QStringList> &values) const
{
    DataForm submit;
    submit.setType(Type::Submit);
    for (const Field &f : m_fields) {
        if (f.var.isEmpty() || f.type == u"fixed") {
            continue;
        }
        Field answer;
        answer.var = f.var;
        answer.type = f.type;
        if (f.type == u"hidden") {
            answer.values = f.values;
        } else {
            const auto it = values.constFind(f.var);
            answer.values = it == values.cend() ? f.values : *it;
        }
        submit.addField(answer);
    }
    return submit;
}

} // namespace balcony
