#include "NodeConfig.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace balcony {

namespace {

const auto accessModelVar = u"pubsub#access_model"_s;
const auto maxItemsVar = u"pubsub#max_items"_s;
const auto sendLastVar = u"pubsub#send_last_published_item"_s;
const auto deliverNotificationsVar = u"pubsub#deliver_notifications"_s;
const auto persistItemsVar = u"pubsub#persist_items"_s;

constexpr std::array<std::pair<NodeConfig::AccessModel, QStringView>, 5> accessModels { {
    { NodeConfig::AccessModel::Authorize, u"authorize" },
    { NodeConfig::AccessModel::Open, u"open" },
    { NodeConfig::AccessModel::Presence, u"presence" },
    { NodeConfig::AccessModel::Roster, u"roster" },
    { NodeConfig::AccessModel::Whitelist, u"whitelist" },
} };

constexpr std::array<std::pair<NodeConfig::SendLastPublishedItem, QStringView>, 3> sendLastValues { {
    { NodeConfig::SendLastPublishedItem::Never, u"never" },
    { NodeConfig::SendLastPublishedItem::OnSubscribe, u"on_sub" },
    { NodeConfig::SendLastPublishedItem::OnSubscribeAndPresence, u"on_sub_and_presence" },
} };

} // namespace

QString NodeConfig::nodeConfigFormType()
{
    return u"http://jabber.org/protocol/pubsub#node_config"_s;
}

QString NodeConfig::publishOptionsFormType()
{
    return u"http://jabber.org/protocol/pubsub#publish-options"_s;
}

QString NodeConfig::accessModelName(AccessModel model)
{
    for (const auto &[value, name] : accessModels) {
        if (value == model) {
            return name.toString();
        }
    }
    return QString();
}

std::optional<NodeConfig::AccessModel> NodeConfig::accessModelFromName(QStringView name)
{
    for (const auto &[value, text] : accessModels) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

QString NodeConfig::sendLastPublishedItemName(SendLastPublishedItem when)
{
    for (const auto &[value, name] : sendLastValues) {
        if (value == when) {
            return name.toString();
        }
    }
    return QString();
}

std::optional<NodeConfig::SendLastPublishedItem> NodeConfig::sendLastPublishedItemFromName(QStringView name)
{
    for (const auto &[value, text] : sendLastValues) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

NodeConfig NodeConfig::fromForm(const DataForm &form)
{
    NodeConfig config;
    for (const DataForm::Field &field : form.fields()) {
        if (field.var.isEmpty() || field.var == u"FORM_TYPE" || field.type == u"fixed") {
            continue;
        }
        config.setValues(field.var, field.values, field.type);
    }
    return config;
}

void NodeConfig::setValues(const QString &var, const QStringList &values, const QString &type)
{
    for (DataForm::Field &field : m_fields) {
        if (field.var == var) {
            field.values = values;
            field.type = type;
            return;
        }
    }
    DataForm::Field field;
    field.var = var;
    field.type = type;
    field.values = values;
    m_fields.append(field);
}

void NodeConfig::setValue(const QString &var, const QString &value, const QString &type)
{
    setValues(var, QStringList { value }, type);
}

std::optional<QStringList> NodeConfig::values(QStringView var) const
{
    for (const DataForm::Field &field : m_fields) {
        if (field.var == var) {
            return field.values;
        }
    }
    return std::nullopt;
}

std::optional<QString> NodeConfig::value(QStringView var) const
{
    const auto all = values(var);
    if (!all) {
        return std::nullopt;
    }
    return all->isEmpty() ? QString() : all->first();
}

void NodeConfig::remove(QStringView var)
{
    m_fields.removeIf([var](const DataForm::Field &field) { return field.var == var; });
}

std::optional<bool> NodeConfig::parseBoolean(const std::optional<QString> &value)
{
    // XEP-0004 §3.3: boolean is one of 0, 1, false, true.
    if (!value) {
        return std::nullopt;
    }
    if (*value == u"1" || *value == u"true") {
        return true;
    }
    if (*value == u"0" || *value == u"false") {
        return false;
    }
    return std::nullopt;
}

void NodeConfig::setAccessModel(AccessModel model)
{
    setValue(accessModelVar, accessModelName(model), u"list-single"_s);
}

std::optional<NodeConfig::AccessModel> NodeConfig::accessModel() const
{
    const auto text = value(accessModelVar);
    return text ? accessModelFromName(*text) : std::nullopt;
}

void NodeConfig::setMaxItems(int maxItems)
{
    setValue(maxItemsVar, QString::number(maxItems), u"text-single"_s);
}

void NodeConfig::setMaxItemsUnlimited()
{
    setValue(maxItemsVar, u"max"_s, u"text-single"_s);
}

std::optional<int> NodeConfig::maxItems() const
{
    const auto text = value(maxItemsVar);
    if (!text) {
        return std::nullopt;
    }
    bool ok = false;
    const int number = text->toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

void NodeConfig::setSendLastPublishedItem(SendLastPublishedItem when)
{
    setValue(sendLastVar, sendLastPublishedItemName(when), u"list-single"_s);
}

std::optional<NodeConfig::SendLastPublishedItem> NodeConfig::sendLastPublishedItem() const
{
    const auto text = value(sendLastVar);
    return text ? sendLastPublishedItemFromName(*text) : std::nullopt;
}

void NodeConfig::setDeliverNotifications(bool deliver)
{
    setValue(deliverNotificationsVar, deliver ? u"true"_s : u"false"_s, u"boolean"_s);
}

std::optional<bool> NodeConfig::deliverNotifications() const
{
    return parseBoolean(value(deliverNotificationsVar));
}

void NodeConfig::setPersistItems(bool persist)
{
    setValue(persistItemsVar, persist ? u"true"_s : u"false"_s, u"boolean"_s);
}

std::optional<bool> NodeConfig::persistItems() const
{
    return parseBoolean(value(persistItemsVar));
}

DataForm NodeConfig::toSubmitForm(const QString &formType) const
{
    DataForm form;
    form.setType(DataForm::Type::Submit);
    DataForm::Field type;
    type.var = u"FORM_TYPE"_s;
    type.type = u"hidden"_s;
    type.values = QStringList { formType };
    form.addField(type);
    for (const DataForm::Field &field : m_fields) {
        form.addField(field);
    }
    return form;
}

DataForm NodeConfig::mergedInto(const DataForm &serverForm) const
{
    // XEP-0004 §3.1: a submission carries values only (no labels, options or descriptions).
    NodeConfig merged = fromForm(serverForm);
    for (const DataForm::Field &field : m_fields) {
        const auto offered = serverForm.field(field.var);
        merged.setValues(field.var, field.values, offered ? offered->type : field.type);
    }
    return merged.toSubmitForm(nodeConfigFormType());
}

bool NodeConfig::isSatisfiedBy(const DataForm &serverForm) const
{
    for (const DataForm::Field &field : m_fields) {
        const auto offered = serverForm.field(field.var);
        if (!offered) {
            return false;
        }
        const bool boolean = field.type == u"boolean" || offered->type == u"boolean";
        if (boolean && field.values.size() == 1 && offered->values.size() == 1) {
            const std::optional<bool> wanted = parseBoolean(field.values.constFirst());
            if (!wanted || wanted != parseBoolean(offered->values.constFirst())) {
                return false;
            }
            continue;
        }
        if (offered->values != field.values) {
            return false;
        }
    }
    return true;
}

} // namespace balcony
