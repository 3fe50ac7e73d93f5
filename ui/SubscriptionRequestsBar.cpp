#include "SubscriptionRequestsBar.h"

#include "app/AccountController.h"
#include "stream/Connection.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace balcony::ui {

namespace {

// Rows built at most (a flood of requests, up to the stores' bounds, must not freeze the window building them).
constexpr int maxRows = 50;

QString laterKey(const Jid &account, const Jid &contact)
{
    return account.bareString() + QLatin1Char('|') + contact.bareString();
}

} // namespace

SubscriptionRequestsBar::SubscriptionRequestsBar(QWidget *parent)
    : QFrame(parent)
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &SubscriptionRequestsBar::rebuild);
    setObjectName(QStringLiteral("subscriptionRequests"));
    setAccessibleName(tr("Contact requests"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 2, 6);
    outer->setSpacing(4);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    outer->addWidget(m_header);
    // The rows scroll inside the bar (limitHeight()), so a long list never squeezes the contacts away.
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::AlternateBase);
    m_scroll->setAccessibleName(tr("Contact requests"));
    auto *list = new QWidget(m_scroll);
    list->setBackgroundRole(QPalette::AlternateBase);
    m_rows = new QVBoxLayout(list);
    m_rows->setContentsMargins(0, 0, 6, 0);
    m_rows->setSpacing(8);
    m_scroll->setWidget(list);
    outer->addWidget(m_scroll);
    hide();
}

SubscriptionRequestsBar::~SubscriptionRequestsBar() = default;

void SubscriptionRequestsBar::addController(app::AccountController *controller)
{
    if (!controller || m_controllers.contains(controller)) {
        return;
    }
    m_controllers.append(controller);
    // Rebuilt once per event-loop turn however many requests came in it (a flood of hundreds would otherwise build
    // the rows hundreds of times).
    connect(
        controller, &app::AccountController::subscriptionRequested, this, &SubscriptionRequestsBar::scheduleRebuild);
    connect(controller, &app::AccountController::subscriptionResolved, this, &SubscriptionRequestsBar::scheduleRebuild);
    // Answers need a session: the buttons follow the connection.
    connect(&controller->account().connection(), &Connection::stateChanged, this,
        &SubscriptionRequestsBar::scheduleRebuild);
    connect(controller, &QObject::destroyed, this, &SubscriptionRequestsBar::scheduleRebuild);
    rebuild();
}

void SubscriptionRequestsBar::removeController(const Jid &account)
{
    m_controllers.removeIf([&](const QPointer<app::AccountController> &controller) {
        return !controller || controller->jid().bare() == account.bare();
    });
    rebuild();
}

void SubscriptionRequestsBar::scheduleRebuild()
{
    m_rebuild.start();
}

void SubscriptionRequestsBar::rebuild()
{
    m_rebuild.stop();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->deleteLater();
        }
        delete item;
    }
    m_controllers.removeIf([](const QPointer<app::AccountController> &controller) { return !controller; });
    const bool severalAccounts = m_controllers.size() > 1;
    int shown = 0;
    for (const QPointer<app::AccountController> &controller : std::as_const(m_controllers)) {
        app::AccountController *owner = controller.data();
        for (const SubscriptionRequest &request : owner->subscriptionRequests()) {
            if (m_later.contains(laterKey(owner->jid(), request.from))) {
                continue;
            }
            if (++shown > maxRows) {
                continue; // counted; its row comes once earlier ones are answered or put off
            }
            auto *row = new QWidget(m_scroll->widget());
            auto *layout = new QVBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->setSpacing(4);
            QString text = severalAccounts
                ? tr("<b>%1</b> wants to see when you are online (%2).")
                      .arg(request.from.bareString().toHtmlEscaped(), owner->jid().bareString().toHtmlEscaped())
                : tr("<b>%1</b> wants to see when you are online.").arg(request.from.bareString().toHtmlEscaped());
            if (!request.status.trimmed().isEmpty()) {
                text += QStringLiteral("<br><i>%1</i>").arg(request.status.simplified().toHtmlEscaped());
            }
            auto *label = new QLabel(text, row);
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            layout->addWidget(label);
            auto *buttons = new QHBoxLayout();
            buttons->setSpacing(6);
            // XEP-0207 eventing mode: an authorization for our presence node, answered by the EventingManager
            // (AccountController routes it); nothing is asked back.
            const bool eventing = owner->isEventingRequest(request.from);
            auto *approve = new QPushButton(tr("Approve"), row);
            approve->setAccessibleName(tr("Approve request from %1").arg(request.from.bareString()));
            approve->setToolTip(eventing
                    ? tr("Let them subscribe to your presence by publish-subscribe (XEP-0207 eventing mode)")
                    : tr("Let them see your presence, and ask to see theirs"));
            auto *deny = new QPushButton(tr("Deny"), row);
            deny->setAccessibleName(tr("Deny request from %1").arg(request.from.bareString()));
            deny->setToolTip(tr("Refuse: they will not see when you are online"));
            auto *later = new QPushButton(tr("Later"), row);
            later->setAccessibleName(tr("Decide later about %1").arg(request.from.bareString()));
            later->setToolTip(tr("Hide until Balcony starts again"));
            if (owner->account().connection().state() != ConnectionState::Connected) {
                for (QPushButton *answer : { approve, deny }) {
                    answer->setEnabled(false);
                    answer->setToolTip(tr("Available once %1 is connected").arg(owner->jid().bareString()));
                }
            }
            buttons->addWidget(approve);
            buttons->addWidget(deny);
            buttons->addStretch(1);
            buttons->addWidget(later);
            layout->addLayout(buttons);
            const Jid from = request.from;
            const QPointer<app::AccountController> target = controller;
            connect(approve, &QPushButton::clicked, this, [target, from] {
                if (target) {
                    target->approveSubscription(from, true);
                }
            });
            connect(deny, &QPushButton::clicked, this, [target, from] {
                if (target) {
                    target->denySubscription(from);
                }
            });
            connect(later, &QPushButton::clicked, this, [this, target, from] {
                if (target) {
                    m_later.insert(laterKey(target->jid(), from));
                }
                rebuild();
            });
            m_rows->addWidget(row);
        }
    }
    if (shown > maxRows) {
        auto *more
            = new QLabel(tr("%n more request(s): answer the ones above, or put them off with Later, to see them.", "",
                             shown - maxRows),
                m_scroll->widget());
        more->setWordWrap(true);
        m_rows->addWidget(more);
    }
    m_header->setText(tr("Contact requests: %n", "", shown));
    setVisible(shown > 0);
    limitHeight();
    if (shown != m_shown) {
        m_shown = shown;
        Q_EMIT countChanged(shown);
    }
}

void SubscriptionRequestsBar::limitHeight()
{
    // Up to two requests show whole; from three on, two and a half (the cut row says "there is more").
    const int count = m_rows->count();
    int height = 0;
    for (int i = 0; i < count && i < 3; ++i) {
        const QWidget *row = m_rows->itemAt(i)->widget();
        const int rowHeight = row ? row->sizeHint().height() : 0;
        height += (i < 2 ? rowHeight : rowHeight / 2) + (i > 0 ? m_rows->spacing() : 0);
    }
    m_scroll->setFixedHeight(height);
    m_scroll->setVerticalScrollBarPolicy(count > 2 ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
}

} // namespace balcony::ui
