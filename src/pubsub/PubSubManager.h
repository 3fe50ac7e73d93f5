#pragma once

#include "NodeConfig.h"
#include "PubSubError.h"
#include "PubSubEvent.h"
#include "PubSubItem.h"
#include "core/DataForm.h"
#include "core/Element.h"
#include "core/Jid.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace balcony {

class Connection;
class DiscoManager;
struct IqResult;

// Publish-Subscribe (XEP-0060) as an entity that owns, publishes to and reads nodes, and the Personal
// Eventing Protocol (XEP-0163) on top of it, for one Connection.
//
// Requests: node creation with a configuration (§8.1.3), the configuration form (§8.2.3) and its submission
// (§8.2.4), publishing (§7.1) with publish-options (§7.1.5), item retrieval (§6.5), retraction (§7.2),
// purge (§8.5) and deletion (§8.4). Every request is an IQ through Connection::sendIq (IqTracker) and
// reports exactly once through its callback. A null `service` addresses the account itself: for PEP the
// account's bare JID is the service (XEP-0163 §2.1) and no 'to' is needed (RFC 6120 §10.3).
//
// Publish-options are preconditions (§7.1.5): when the service answers <conflict/> with
// <precondition-not-met/>, the manager fetches the node configuration, submits it with the requested
// options, and publishes once more. When the service refuses the publish-options form itself (a field it does
// not know: PubSubError::isPublishOptionsRejected(), e.g. ejabberd 23.01, which knows only access_model and
// persist_items), the manager applies the options as the node's owner instead, BEFORE anything is published:
// it fetches the configuration and submits it with the options unless it has their values already (or, if the
// node does not exist yet, creates it with them, §8.1.3), then publishes without publish-options. A failure of any of
// those steps, or of the second publish, is reported; nothing is published to a node whose configuration could not be
// set.
//
// Notifications (§7.1.2, §7.2.2.1, §8.2.5.1, §8.4.3, §8.5.3) arrive as <message/> with a pubsub#event child
// and are emitted as eventReceived(). They are accepted from bare JIDs only: a PEP service is the
// publisher's bare JID, stamped by its server (XEP-0163 §2.1), and a PEP node has one publisher, its owner
// (§2.2), so items claiming another publisher are dropped. Interest in a PEP node is announced with the
// 'node+notify' feature in entity capabilities (XEP-0163 §2.4) through the DiscoManager.
class PubSubManager : public QObject {
    Q_OBJECT
public:
    // `error` is nullopt on success.
    using Callback = std::function<void(const std::optional<PubSubError> &error)>;
    using ItemsCallback = std::function<void(const QList<PubSubItem> &items, const std::optional<PubSubError> &error)>;
    using ConfigurationCallback
        = std::function<void(const std::optional<DataForm> &form, const std::optional<PubSubError> &error)>;

    struct PublishResult {
        QString itemId; // the id the service assigned or confirmed (§7.1.2)
        // The node was reconfigured (or created) with the options after precondition-not-met, or after the
        // service refused the publish-options form (§7.1.5).
        bool reconfigured = false;
        // The service refused the publish-options form: the options were applied as the node's configuration
        // and the item published without them.
        bool optionsRefused = false;
        std::optional<PubSubError> error;
    };
    using PublishCallback = std::function<void(const PublishResult &result)>;

    // `disco` may be null; registerInterest() then has nothing to announce with.
    explicit PubSubManager(Connection &connection, DiscoManager *disco = nullptr, QObject *parent = nullptr);
    ~PubSubManager() override;

    static QString xmlns(); // http://jabber.org/protocol/pubsub
    static QString ownerNs(); // http://jabber.org/protocol/pubsub#owner
    // XEP-0163 §2.4: the caps feature asking for notifications of `node`.
    static QString notifyFeature(const QString &node);

    // §8.1.3: creates `node` with `config` (the service's defaults where the config is empty).
    void createNode(const Jid &service, const QString &node, const NodeConfig &config, Callback callback = {});
    // §8.2.4: submits `config`; fields not in it keep their current values.
    void configureNode(const Jid &service, const QString &node, const NodeConfig &config, Callback callback = {});
    // §8.2.3: the node's configuration form.
    void nodeConfiguration(const Jid &service, const QString &node, ConfigurationCallback callback);
    // §7.1: publishes `item` (an empty id lets the service assign one) with `options` as preconditions.
    void publish(const Jid &service, const QString &node, const PubSubItem &item,
        const PublishOptions &options = PublishOptions(), PublishCallback callback = {});
    // §6.5: the items with `ids` (all items if empty); `maxItems` > 0 asks for the most recent ones (§6.5.7).
    void retrieveItems(
        const Jid &service, const QString &node, ItemsCallback callback, const QStringList &ids = {}, int maxItems = 0);
    // §7.2: deletes one item; `notify` asks the service to tell the subscribers (§7.2.2.1).
    void retractItem(const Jid &service, const QString &node, const QString &id, bool notify, Callback callback = {});
    // §8.5: removes every item of the node.
    void purgeNode(const Jid &service, const QString &node, Callback callback = {});
    // §8.4: deletes the node.
    void deleteNode(const Jid &service, const QString &node, Callback callback = {});

    // XEP-0163 §2.4: adds (removes) 'node+notify' to the features Balcony announces; the caps verification
    // string changes and DiscoManager::ownCapsChanged() asks for the presence to be re-sent. False without
    // a DiscoManager.
    bool registerInterest(const QString &node);
    bool unregisterInterest(const QString &node);

Q_SIGNALS:
    void eventReceived(const balcony::PubSubEvent &event);

private:
    using ResponseHandler = std::function<void(const IqResult &result, const std::optional<PubSubError> &error)>;

    void sendRequest(const Jid &service, bool set, const Element &pubsub, const QString &what, ResponseHandler handler);
    void submitConfiguration(const Jid &service, const QString &node, const DataForm &form, Callback callback);
    // Which publish request this is: the first one (with publish-options), the retry after the node was
    // reconfigured for precondition-not-met (with them), or, after the service refused the form, the publish
    // once the options were applied as the node's configuration or found to be its configuration already
    // (without them).
    enum class PublishAttempt { First, AfterReconfigure, AfterConfiguring, AlreadyConfigured };
    void sendPublish(const Jid &service, const QString &node, const PubSubItem &item, const PublishOptions &options,
        PublishAttempt attempt, PublishCallback callback);
    void reconfigureAndRetry(const Jid &service, const QString &node, const PubSubItem &item,
        const PublishOptions &options, PublishCallback callback);
    void configureThenPublish(const Jid &service, const QString &node, const PubSubItem &item,
        const PublishOptions &options, PublishCallback callback);
    bool handleStanza(const Element &stanza);

    Connection &m_connection;
    DiscoManager *m_disco;
};

} // namespace balcony
