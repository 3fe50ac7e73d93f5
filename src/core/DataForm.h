#pragma once

#include "Element.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony {

// XEP-0004 Data Forms: <x xmlns='jabber:x:data'/> as a value type. Fields keep their type as the string
// the XEP defines (boolean, fixed, hidden, jid-multi, jid-single, list-multi, list-single, text-multi,
// text-private, text-single; empty means text-single per XEP-0004 §3.3). Result forms keep <reported/>
// and <item/> (§3.4). Other children (media, validation) are not interpreted and not kept.
class DataForm {
public:
    // XEP-0004 §3.1: the 'type' attribute of <x/>.
    enum class Type { Form, Submit, Cancel, Result };

    struct Option {
        QString label;
        QString value;
        bool operator==(const Option &) const = default;
    };

    struct Field {
        QString var;
        QString type; // as written; empty = text-single
        QString label;
        QString description; // <desc/>
        bool required = false;
        QStringList values; // in document order
        QList<Option> options;
        bool operator==(const Field &) const = default;
    };

    static QString xmlns();
    static QString typeName(Type type);

    // nullopt if `x` is not <x xmlns='jabber:x:data'/> or its type is missing or unknown (§3.1: REQUIRED).
    static std::optional<DataForm> fromElement(const Element &x);
    Element toElement() const;

    Type type() const { return m_type; }
    void setType(Type type) { m_type = type; }
    const QString &title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // §3.2: each <instructions/> element is one paragraph.
    const QStringList &instructions() const { return m_instructions; }
    void setInstructions(const QStringList &instructions) { m_instructions = instructions; }

    const QList<Field> &fields() const { return m_fields; }
    void setFields(const QList<Field> &fields) { m_fields = fields; }
    void addField(const Field &field) { m_fields.append(field); }
    // The first field named `var`, or nullptr.
    const Field *field(QStringView var) const;

    // XEP-0068 §2: the value of the FORM_TYPE field (empty if there is none). Whether it is hidden, as
    // XEP-0068 requires for forms that carry it, is formTypeIsHidden().
    QString formType() const;
    bool hasFormType() const { return field(u"FORM_TYPE") != nullptr; }
    bool formTypeIsHidden() const;

    // §3.4: the columns and rows of a result form.
    const QList<Field> &reported() const { return m_reported; }
    void setReported(const QList<Field> &reported) { m_reported = reported; }
    const QList<QList<Field>> &items() const { return m_items; }
    void setItems(const QList<QList<Field>> &items) { m_items = items; }

    // XEP-0004 §3.3 for a form the user fills in: why `values` cannot be submitted for `field` (one line,
    // translated), or empty if they can. A required field needs a non-empty value; boolean takes one of
    // 0/1/true/false; the single-value types (boolean, jid-single, list-single, text-private, text-single)
    // take at most one value, without line breaks; list-single/list-multi values must be among the options
    // (when the field lists any); jid-single/jid-multi values must be valid JIDs (RFC 7622). Fixed and hidden
    // fields are not the user's to fill and always pass.
    static QString validationError(const Field &field, const QStringList &values);
    // The first problem of each field (var → message) when this form is filled in with `values` (by var;
    // a field missing from `values` counts with the form's own values).
    QHash<QString, QString> validate(const QHash<QString, QStringList> &values) const;
    // §3.1/§3.3: the type='submit' form for this form filled in with `values` (by var). Fixed fields and fields
    // without var are left out; hidden fields keep the form's values (FORM_TYPE among them); a field missing
    // from `values` keeps the form's default values.
    DataForm filledIn(const QHash<QString, QStringList> &values) const;

    bool operator==(const DataForm &) const = default;

private:
    Type m_type = Type::Form;
    QString m_title;
    QStringList m_instructions;
    QList<Field> m_fields;
    QList<Field> m_reported;
    QList<QList<Field>> m_items;
};

} // namespace balcony
