#include "PubSubManager.h"

#include "core/StreamHeader.h"
#include "disco/DiscoManager.h"
#include "stream/Connection.h"
#include "stream/IqTracker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace balcony {

Q_LOGGING_CATEGORY(lcPubSub, "balcony.pubsub")

namespace {

Element nodeElement(const QString &name, const QString &ns, const QString &node)
{
    Element element(name, ns);
    element.setAttribute(u"node"_s, node);
    return element;
}

QString describeNode(const char *action, const QString &node)
{
    return QCoreApplication::translate("balcony", action).arg(node);
}

} // namespace

PubSubManager::PubSubManager(Connection &connection, DiscoManager *disco, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_disco(disco)
{
    // XEP-0060 §7.1.2.1 / XEP-0163 §4.3: notifications are <message/>s carrying <event/>.
    m_connection.addStanzaHandler(this, { u"message"_s, u"event"_s, PubSubEvent::xmlns() },
        [this](const Element &stanza) { return handleStanza(stanza); });
}

PubSubManager::~PubSubManager() = default;

QString PubSubManager::xmlns()
{
    return u"http://jabber.org/protocol/pubsub"_s;
}

QString PubSubManager::ownerNs()
{
    return u"http://jabber.org/protocol/pubsub#owner"_s;
}

QString PubSubManager::notifyFeature(const QString &node)
{
    return node + u"+notify"_s;
}

void PubSubManager::sendRequest(
    const Jid &service, bool set, const Element &pubsub, const QString &what, ResponseHandler handler)
{
    Element iq(u"iq"_s, QString::fromUtf16(ns::client));
    iq.setAttribute(u"type"_s, set ? u"set"_s : u"get"_s);
    if (!service.isNull()) {
        iq.setAttribute(u"to"_s, service.toString());
    }
    iq.appendChild(pubsub);
    const QPointer<PubSubManager> self(this);
    m_connection.sendIq(iq, [self, what, handler = std::move(handler)](const IqResult &result) {
        if (!self) {
            return;
        }
        if (result.status == IqResult::Status::Result) {
            handler(result, std::nullopt);
            return;
        }
        const PubSubError error = PubSubError::fromIqResult(result, what);
        qCDebug(lcPubSub) << error.message;
        handler(result, error);
    });
}

void PubSubManager::createNode(const Jid &service, const QString &node, const NodeConfig &config, Callback callback)
{
    // §8.1.3: <create/> and, in the same request, <configure/> with the submitted node_config form.
    Element pubsub(u"pubsub"_s, xmlns());
    pubsub.appendChild(nodeElement(u"create"_s, xmlns(), node));
    Element configure(u"configure"_s, xmlns());
    if (!config.isEmpty()) {
        configure.appendChild(config.toSubmitForm().toElement());
    }
    pubsub.appendChild(configure);
    sendRequest(service, true, pubsub, describeNode(QT_TRANSLATE_NOOP("balcony", "creating the node “%1”"), node),
        [callback](const IqResult &, const std::optional<PubSubError> &error) {
            if (callback) {
                callback(error);
            }
        });
}

void PubSubManager::configureNode(const Jid &service, const QString &node, const NodeConfig &config, Callback callback)
{
    submitConfiguration(service, node, config.toSubmitForm(), std::move(callback));
}

void PubSubManager::submitConfiguration(
    const Jid &service, const QString &node, const DataForm &form, Callback callback)
{
    // §8.2.4: the owner namespace, the form of type submit inside <configure node=.../>.
    Element configure = nodeElement(u"configure"_s, ownerNs(), node);
    configure.appendChild(form.toElement());
    Element pubsub(u"pubsub"_s, ownerNs());
    pubsub.appendChild(configure);
    sendRequest(service, true, pubsub,
        describeNode(QT_TRANSLATE_NOOP("balcony", "changing the configuration of the node “%1”"), node),
        [callback](const IqResult &, const std::optional<PubSubError> &error) {
            if (callback) {
                callback(error);
            }
        });
}

void PubSubManager::nodeConfiguration(const Jid &service, const QString &node, ConfigurationCallback callback)
{
    Element pubsub(u"pubsub"_s, ownerNs());
    pubsub.appendChild(nodeElement(u"configure"_s, ownerNs(), node));
    const QString what = describeNode(QT_TRANSLATE_NOOP("balcony", "sending the configuration of the node “%1”"), node);
    sendRequest(service, false, pubsub, what,
        [callback, what](const IqResult &result, const std::optional<PubSubError> &error) {
            if (!callback) {
                return;
            }
            if (error) {
                callback(std::nullopt, error);
                return;
            }
            // §8.2.3.2: <pubsub xmlns=owner><configure node=...><x type='form'/></configure></pubsub>.
            const Element x = result.stanza.firstChild(u"pubsub", ownerNs())
                                  .firstChild(u"configure", ownerNs())
                                  .firstChild(u"x", DataForm::xmlns());
            const auto form = DataForm::fromElement(x);
            if (!form) {
                callback(std::nullopt, PubSubError::badResponse(what));
                return;
            }
            callback(form, std::nullopt);
        });
}

void PubSubManager::publish(const Jid &service, const QString &node, const PubSubItem &item,
    const PublishOptions &options, PublishCallback callback)
{
    sendPublish(service, node, item, options, PublishAttempt::First, std::move(callback));
}

void PubSubManager::sendPublish(const Jid &service, const QString &node, const PubSubItem &item,
    const PublishOptions &options, PublishAttempt attempt, PublishCallback callback)
{
    Element publishElement = nodeElement(u"publish"_s, xmlns(), node);
    publishElement.appendChild(item.toElement(xmlns()));
    Element pubsub(u"pubsub"_s, xmlns());
    pubsub.appendChild(publishElement);
    // After configuring, the node's configuration is what the options ask for: the service that refused the
    // form gets none.
    const bool optionsRefused
        = attempt == PublishAttempt::AfterConfiguring || attempt == PublishAttempt::AlreadyConfigured;
    if (!options.isEmpty() && !optionsRefused) {
        // §7.1.5: <publish-options/> next to <publish/>, a submit form of FORM_TYPE pubsub#publish-options.
        Element publishOptions(u"publish-options"_s, xmlns());
        publishOptions.appendChild(options.toSubmitForm(NodeConfig::publishOptionsFormType()).toElement());
        pubsub.appendChild(publishOptions);
    }
    const QPointer<PubSubManager> self(this);
    sendRequest(service, true, pubsub, describeNode(QT_TRANSLATE_NOOP("balcony", "publishing to the node “%1”"), node),
        [self, service, node, item, options, attempt, optionsRefused, callback](
            const IqResult &result, const std::optional<PubSubError> &error) {
            if (error && attempt == PublishAttempt::First && !options.isEmpty()) {
                if (error->isPreconditionNotMet()) {
                    self->reconfigureAndRetry(service, node, item, options, callback);
                    return;
                }
                if (error->isPublishOptionsRejected()) {
                    self->configureThenPublish(service, node, item, options, callback);
                    return;
                }
            }
            PublishResult outcome;
            outcome.reconfigured
                = attempt == PublishAttempt::AfterReconfigure || attempt == PublishAttempt::AfterConfiguring;
            outcome.optionsRefused = optionsRefused;
            outcome.error = error;
            if (!error) {
                // §7.1.2: the result MAY name the item (the id the service assigned); otherwise it is ours.
                const QString assigned = result.stanza.firstChild(u"pubsub", xmlns())
                                             .firstChild(u"publish", xmlns())
                                             .firstChild(u"item", xmlns())
                                             .attribute(u"id");
                outcome.itemId = assigned.isEmpty() ? item.id : assigned;
            }
            if (callback) {
                callback(outcome);
            }
        });
}

void PubSubManager::reconfigureAndRetry(const Jid &service, const QString &node, const PubSubItem &item,
    const PublishOptions &options, PublishCallback callback)
{
    // §7.1.5: the node exists with a configuration that does not satisfy the options. Bring the node in
    // line (fetch the form, submit it with the options' values), then publish once more; a second
    // precondition failure is reported, never looped on.
    qCDebug(lcPubSub) << "precondition-not-met on" << node << "- reconfiguring and publishing again";
    const QPointer<PubSubManager> self(this);
    auto fail = [callback](const PubSubError &error) {
        if (callback) {
            PublishResult outcome;
            outcome.error = error;
            callback(outcome);
        }
    };
    nodeConfiguration(service, node,
        [self, service, node, item, options, callback, fail](
            const std::optional<DataForm> &form, const std::optional<PubSubError> &error) {
            if (!self) {
                return;
            }
            if (error) {
                fail(*error);
                return;
            }
            self->submitConfiguration(service, node, options.mergedInto(*form),
                [self, service, node, item, options, callback, fail](const std::optional<PubSubError> &submitError) {
                    if (!self) {
                        return;
                    }
                    if (submitError) {
                        fail(*submitError);
                        return;
                    }
                    self->sendPublish(service, node, item, options, PublishAttempt::AfterReconfigure, callback);
                });
        });
}

void PubSubManager::configureThenPublish(const Jid &service, const QString &node, const PubSubItem &item,
    const PublishOptions &options, PublishCallback callback)
{
    // §7.1.5: the service refused the publish-options form. The options become the node's configuration first
    // (§8.2: as its owner; §8.1.3: creating the node with it if there is none yet), and only then is the item
    // published, without the form: an item never sits in a node whose access model is not yet the one asked for.
    qCDebug(lcPubSub) << "publish-options refused on" << node << "- configuring the node, then publishing";
    const QPointer<PubSubManager> self(this);
    auto fail = [callback](const PubSubError &error) {
        if (callback) {
            PublishResult outcome;
            outcome.optionsRefused = true;
            outcome.error = error;
            callback(outcome);
        }
    };
    auto publishNow = [self, service, node, item, options, callback, fail](const std::optional<PubSubError> &error) {
        if (!self) {
            return;
        }
        if (error) {
            fail(*error);
            return;
        }
        self->sendPublish(service, node, item, options, PublishAttempt::AfterConfiguring, callback);
    };
    nodeConfiguration(service, node,
        [self, service, node, item, options, callback, fail, publishNow](
            const std::optional<DataForm> &form, const std::optional<PubSubError> &error) {
            if (!self) {
                return;
            }
            if (error && error->isStanzaError(StanzaError::Condition::ItemNotFound)) {
                self->createNode(service, node, options, publishNow);
                return;
            }
            if (error) {
                fail(*error);
                return;
            }
            if (options.isSatisfiedBy(*form)) {
                // Configured like this before (e.g. by the previous publish): nothing to change.
                self->sendPublish(service, node, item, options, PublishAttempt::AlreadyConfigured, callback);
                return;
            }
            self->submitConfiguration(service, node, options.mergedInto(*form), publishNow);
        });
}

void PubSubManager::retrieveItems(
    const Jid &service, const QString &node, ItemsCallback callback, const QStringList &ids, int maxItems)
{
    // §6.5.2 all items, §6.5.7 the most recent ones, §6.5.8 particular items.
    Element items = nodeElement(u"items"_s, xmlns(), node);
    if (maxItems > 0 && ids.isEmpty()) {
        items.setAttribute(u"max_items"_s, QString::number(maxItems));
    }
    for (const QString &id : ids) {
        Element item(u"item"_s, xmlns());
        item.setAttribute(u"id"_s, id);
        items.appendChild(item);
    }
    Element pubsub(u"pubsub"_s, xmlns());
    pubsub.appendChild(items);
    const QString what = describeNode(QT_TRANSLATE_NOOP("balcony", "sending the items of the node “%1”"), node);
    sendRequest(service, false, pubsub, what,
        [callback, what](const IqResult &result, const std::optional<PubSubError> &error) {
            if (!callback) {
                return;
            }
            if (error) {
                callback({}, error);
                return;
            }
            const Element itemsElement = result.stanza.firstChild(u"pubsub", xmlns()).firstChild(u"items", xmlns());
            if (itemsElement.isNull()) {
                callback({}, PubSubError::badResponse(what));
                return;
            }
            QList<PubSubItem> out;
            for (const Element &item : itemsElement.children(u"item", xmlns())) {
                out.append(PubSubItem::fromElement(item));
            }
            callback(out, std::nullopt);
        });
}

void PubSubManager::retractItem(
    const Jid &service, const QString &node, const QString &id, bool notify, Callback callback)
{
    Element retract = nodeElement(u"retract"_s, xmlns(), node);
    if (notify) {
        retract.setAttribute(u"notify"_s, u"true"_s);
    }
    Element item(u"item"_s, xmlns());
    item.setAttribute(u"id"_s, id);
    retract.appendChild(item);
    Element pubsub(u"pubsub"_s, xmlns());
    pubsub.appendChild(retract);
    sendRequest(service, true, pubsub,
        describeNode(QT_TRANSLATE_NOOP("balcony", "removing an item from the node “%1”"), node),
        [callback](const IqResult &, const std::optional<PubSubError> &error) {
            if (callback) {
                callback(error);
            }
        });
}

void PubSubManager::purgeNode(const Jid &service, const QString &node, Callback callback)
{
    Element pubsub(u"pubsub"_s, ownerNs());
    pubsub.appendChild(nodeElement(u"purge"_s, ownerNs(), node));
    sendRequest(service, true, pubsub,
        describeNode(QT_TRANSLATE_NOOP("balcony", "removing every item from the node “%1”"), node),
        [callback](const IqResult &, const std::optional<PubSubError> &error) {
            if (callback) {
                callback(error);
            }
        });
}

void PubSubManager::deleteNode(const Jid &service, const QString &node, Callback callback)
{
    Element pubsub(u"pubsub"_s, ownerNs());
    pubsub.appendChild(nodeElement(u"delete"_s, ownerNs(), node));
    sendRequest(service, true, pubsub, describeNode(QT_TRANSLATE_NOOP("balcony", "deleting the node “%1”"), node),
        [callback](const IqResult &, const std::optional<PubSubError> &error) {
            if (callback) {
                callback(error);
            }
        });
}

bool PubSubManager::registerInterest(const QString &node)
{
    if (!m_disco || node.isEmpty()) {
        return false;
    }
    m_disco->addFeature(notifyFeature(node));
    return true;
}

bool PubSubManager::unregisterInterest(const QString &node)
{
    if (!m_disco || node.isEmpty()) {
        return false;
    }
    m_disco->removeFeature(notifyFeature(node));
    return true;
}

bool PubSubManager::handleStanza(const Element &stanza)
{
    if (stanza.name() != u"message" || stanza.attribute(u"type") == u"error") {
        return false;
    }
    const Element event = stanza.firstChild(u"event", PubSubEvent::xmlns());
    if (event.isNull()) {
        return false;
    }
    // RFC 6120 §8.1.2.1: no 'from' is the account itself, i.e. its own PEP service.
    Jid service = m_connection.boundJid().bare();
    if (stanza.hasAttribute(u"from")) {
        const auto from = Jid::parse(stanza.attribute(u"from"));
        if (!from || !from->isBare()) {
            // A service is a bare JID (XEP-0163 §2.1; a pubsub service's domain): a full JID is another
            // client speaking for a service it is not.
            qCInfo(lcPubSub) << "ignoring a pubsub event from" << stanza.attribute(u"from");
            return true;
        }
        service = *from;
    }
    auto parsed = PubSubEvent::fromElement(service, event);
    if (!parsed) {
        return true;
    }
    if (!service.local().isEmpty()) {
        // XEP-0163 §2.2: one publisher per PEP node, the account that owns it.
        parsed->items.removeIf([&service](const PubSubItem &item) {
            return !item.publisher.isNull() && item.publisher.bare() != service;
        });
    }
    Q_EMIT eventReceived(*parsed);
    return true;
}

} // namespace balcony
