#pragma once

#include "core/DataForm.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace balcony {

// XEP-0060 §16.4.4 pubsub#node_config and §16.4.5 pubsub#publish-options: the same pubsub#* fields, carried
// in a data form (XEP-0004) whose FORM_TYPE tells which of the two it is. A NodeConfig holds only the fields
// that were set, in the order they were set, so a submitted form changes exactly what the caller asked for
// (§8.2.4 lets the owner submit the configuration; the server keeps the rest).
//
// The typed helpers cover the fields every PEP user needs (XEP-0163 §4, XEP-0223); anything else goes
// through setValues() with the full field name.
class NodeConfig {
public:
    // §16.4.4 pubsub#access_model.
    enum class AccessModel { Authorize, Open, Presence, Roster, Whitelist };
    // §16.4.4 pubsub#send_last_published_item.
    enum class SendLastPublishedItem { Never, OnSubscribe, OnSubscribeAndPresence };

    static QString nodeConfigFormType(); // http://jabber.org/protocol/pubsub#node_config
    static QString publishOptionsFormType(); // http://jabber.org/protocol/pubsub#publish-options

    static QString accessModelName(AccessModel model);
    static std::optional<AccessModel> accessModelFromName(QStringView name);
    static QString sendLastPublishedItemName(SendLastPublishedItem when);
    static std::optional<SendLastPublishedItem> sendLastPublishedItemFromName(QStringView name);

    // Every field of `form` except FORM_TYPE (a configuration form from the server, §8.2.3.2).
    static NodeConfig fromForm(const DataForm &form);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<DataForm::Field> &fields() const { return m_fields; }
    // Sets (or replaces) a field; `type` is the XEP-0004 field type written in the submitted form.
    void setValues(const QString &var, const QStringList &values, const QString &type = QString());
    void setValue(const QString &var, const QString &value, const QString &type = QString());
    // nullopt if the field is not set.
    std::optional<QStringList> values(QStringView var) const;
    std::optional<QString> value(QStringView var) const;
    void remove(QStringView var);

    // --- the common fields
    void setAccessModel(AccessModel model);
    std::optional<AccessModel> accessModel() const;
    // §16.4.4 pubsub#max_items; setMaxItemsUnlimited() stores "max" (as many as the service allows).
    void setMaxItems(int maxItems);
    void setMaxItemsUnlimited();
    std::optional<int> maxItems() const; // nullopt if unset or "max"
    void setSendLastPublishedItem(SendLastPublishedItem when);
    std::optional<SendLastPublishedItem> sendLastPublishedItem() const;
    void setDeliverNotifications(bool deliver);
    std::optional<bool> deliverNotifications() const;
    void setPersistItems(bool persist);
    std::optional<bool> persistItems() const;

    // A type='submit' form with the hidden FORM_TYPE `formType` and the fields set here.
    DataForm toSubmitForm(const QString &formType = nodeConfigFormType()) const;
    // The server's configuration form (§8.2.3.2) turned into a submission (§8.2.4) with the fields set here
    // overriding the server's values; fields the server did not offer are added. Fixed fields are left out.
    DataForm mergedInto(const DataForm &serverForm) const;
    // Whether the server's configuration form already has every field set here with the same values (booleans
    // compared as booleans, XEP-0004 §3.3): submitting this configuration would change nothing.
    bool isSatisfiedBy(const DataForm &serverForm) const;

    bool operator==(const NodeConfig &) const = default;

private:
    static std::optional<bool> parseBoolean(const std::optional<QString> &value);

    QList<DataForm::Field> m_fields;
};

// XEP-0060 §7.1.5: publish options are preconditions the node's configuration must satisfy.
using PublishOptions = NodeConfig;

} // namespace balcony
