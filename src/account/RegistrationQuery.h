#pragma once

#include "core/DataForm.h"
#include "core/Element.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony {

// XEP-0077 In-Band Registration: the <query xmlns='jabber:iq:register'/> payload as a value type.
//
// What the server asks for comes in one of three shapes (§3.1, §4, §8): legacy fields (<username/>,
// <password/>, <email/>, ... from the §14.1 schema, each one the server wants filled), a XEP-0004 data form
// (<x xmlns='jabber:x:data'/>, which then takes precedence, §8), or only a web page to register on
// (<x xmlns='jabber:x:oob'><url/></x>, XEP-0066, the "out of band" case). userForm() presents every shape
// as one data form the user fills in, and submission() builds the answer in the shape the server asked
// for.
class RegistrationQuery {
public:
    struct LegacyField {
        QString name; // the element name (username, password, email, ...)
        QString value; // as the server sent it (a default, or the current value when already registered)
        bool operator==(const LegacyField &) const = default;
    };

    static QString xmlns(); // jabber:iq:register
    static QString featureXmlns(); // http://jabber.org/features/iq-register (stream feature, §3.1)
    // The §14.1 schema's field names, in its order (key and the two flags excluded).
    static const QStringList &legacyFieldNames();

    // nullopt if `query` is not <query xmlns='jabber:iq:register'/>.
    static std::optional<RegistrationQuery> fromElement(const Element &query);
    Element toElement() const;

    QString instructions; // <instructions/>: shown to the user as is
    bool registered = false; // <registered/>: the requesting entity already has an account (§3.1)
    bool remove = false; // <remove/>: cancel the registration (§3.2)
    QList<LegacyField> fields; // legacy fields, in document order (without <key/>)
    QString key; // <key/>: obsolete, but echoed back when the server sent one (§3.1, §14.1)
    std::optional<DataForm> form; // the XEP-0004 form, if any
    QString oobUrl; // jabber:x:oob <url/>: register on this web page instead

    // Whether the user can register through the client: a data form or at least one legacy field. False for a
    // server that offers only the web page (oobUrl) or nothing at all.
    bool canRegisterInBand() const { return form.has_value() || !fields.isEmpty(); }

    // The form the user fills in: the data form itself when the server sent one; else one field per legacy
    // field (password as text-private, every one required, §3.1: "the fields the server requires"), with
    // translated labels and the server's instructions.
    DataForm userForm() const;
    // The type='set' payload answering this form with `values` (by field var): a data form submission
    // (type 'submit', §8) when the server sent a form, else the legacy fields it asked for, plus <key/>.
    RegistrationQuery submission(const QHash<QString, QStringList> &values) const;

    // The account name and password in `values` (legacy names, which registration forms use too, §8).
    static QString usernameIn(const QHash<QString, QStringList> &values);
    static QString passwordIn(const QHash<QString, QStringList> &values);

    bool operator==(const RegistrationQuery &) const = default;
};

} // namespace balcony

Q_DECLARE_METATYPE(balcony::RegistrationQuery)
