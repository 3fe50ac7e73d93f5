#pragma once

#include "core/DataForm.h"
#include "core/Element.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony {

// XEP-0030 §3.1: one <identity category='' type='' [xml:lang=''] [name='']/>.
struct DiscoIdentity {
    QString category;
    QString type;
    QString lang; // xml:lang
    QString name;
    bool operator==(const DiscoIdentity &) const = default;
};

// A disco#info result (XEP-0030 §3.1) with its extended information forms (XEP-0128).
struct DiscoInfo {
    QString node;
    QList<DiscoIdentity> identities;
    QStringList features; // in document order; duplicates are kept (XEP-0115 §5.4 rejects them)
    QList<DataForm> extensions;

    static QString xmlns(); // http://jabber.org/protocol/disco#info
    static QString itemsXmlns(); // http://jabber.org/protocol/disco#items

    // nullopt if `query` is not <query xmlns='http://jabber.org/protocol/disco#info'/>. Identities without
    // category or type (XEP-0030 §3.1 REQUIRED) and data forms that do not parse are left out.
    static std::optional<DiscoInfo> fromElement(const Element &query);
    Element toElement() const;

    bool hasFeature(QStringView feature) const { return features.contains(feature); }
    // The extension whose FORM_TYPE is `formType`, or nullptr.
    const DataForm *extension(QStringView formType) const;

    bool operator==(const DiscoInfo &) const = default;
};

} // namespace balcony
