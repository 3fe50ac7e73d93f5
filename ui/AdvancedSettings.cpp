#include "AdvancedSettings.h"

#include "FieldError.h"
#include "app/AccountInput.h"
#include "ui_AdvancedSettings.h"

namespace balcony::ui {

AdvancedSettings::AdvancedSettings(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdvancedSettings>())
{
    m_ui->setupUi(this);
    showFieldError(m_ui->hostError, m_ui->hostEdit, QString());
    showFieldError(m_ui->resourceError, m_ui->resourceEdit, QString());
    showFieldError(m_ui->websocketError, m_ui->websocketEdit, QString());
    showFieldError(m_ui->boshError, m_ui->boshEdit, QString());
    connect(m_ui->bindingCombo, &QComboBox::currentIndexChanged, this, &AdvancedSettings::updateBindingFields);
    updateBindingFields();
    connect(m_ui->toggleButton, &QToolButton::toggled, this, &AdvancedSettings::setExpanded);
    setExpanded(false);
}

AdvancedSettings::~AdvancedSettings() = default;

void AdvancedSettings::setExpanded(bool expanded)
{
    m_ui->toggleButton->setChecked(expanded);
    m_ui->toggleButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->container->setVisible(expanded);
}

bool AdvancedSettings::isExpanded() const
{
    return m_ui->toggleButton->isChecked();
}

void AdvancedSettings::setResourceVisible(bool visible)
{
    m_resourceVisible = visible;
    m_ui->resourceLabel->setVisible(visible);
    m_ui->resourceEdit->setVisible(visible);
    if (!visible) {
        showFieldError(m_ui->resourceError, m_ui->resourceEdit, QString());
    }
}

void AdvancedSettings::load(const app::AccountConfig &config)
{
    m_ui->hostEdit->setText(config.host);
    m_ui->portSpin->setValue(config.port);
    m_ui->directTlsCheck->setChecked(config.directTls);
    m_ui->resourceEdit->setText(config.resource);
    // The combo's items: TCP, WebSocket, BOSH.
    m_ui->bindingCombo->setCurrentIndex(config.binding == TransportBinding::WebSocket ? 1
            : config.binding == TransportBinding::Bosh                                ? 2
                                                                                      : 0);
    m_ui->websocketEdit->setText(config.websocketUrl.toString());
    m_ui->boshEdit->setText(config.boshUrl.toString());
    m_ui->eventingCheck->setChecked(config.eventing);
    updateBindingFields();
    if (!config.host.isEmpty() || config.port != 0 || config.directTls || !config.resource.isEmpty()
        || config.binding != TransportBinding::Tcp || config.eventing) {
        setExpanded(true);
    }
}

void AdvancedSettings::apply(app::AccountConfig &config) const
{
    config.host = m_ui->hostEdit->text().trimmed();
    config.port = quint16(m_ui->portSpin->value());
    config.directTls = m_ui->directTlsCheck->isChecked();
    config.resource = m_resourceVisible ? m_ui->resourceEdit->text().trimmed() : QString();
    const bool websocket = m_ui->bindingCombo->currentIndex() == 1;
    const bool bosh = m_ui->bindingCombo->currentIndex() == 2;
    config.binding = websocket ? TransportBinding::WebSocket : bosh ? TransportBinding::Bosh : TransportBinding::Tcp;
    config.websocketUrl = websocket ? QUrl(m_ui->websocketEdit->text().trimmed(), QUrl::StrictMode) : QUrl();
    config.boshUrl = bosh ? QUrl(m_ui->boshEdit->text().trimmed(), QUrl::StrictMode) : QUrl();
    config.eventing = m_ui->eventingCheck->isChecked();
}

void AdvancedSettings::updateBindingFields()
{
    const bool websocket = m_ui->bindingCombo->currentIndex() == 1;
    const bool bosh = m_ui->bindingCombo->currentIndex() == 2;
    // Host, port and direct TLS are TCP's; each URL is its binding's.
    m_ui->hostEdit->setEnabled(!websocket && !bosh);
    m_ui->portSpin->setEnabled(!websocket && !bosh);
    m_ui->directTlsCheck->setEnabled(!websocket && !bosh);
    m_ui->websocketLabel->setEnabled(websocket);
    m_ui->websocketEdit->setEnabled(websocket);
    m_ui->boshLabel->setEnabled(bosh);
    m_ui->boshEdit->setEnabled(bosh);
    if (!websocket) {
        showFieldError(m_ui->websocketError, m_ui->websocketEdit, QString());
    }
    if (!bosh) {
        showFieldError(m_ui->boshError, m_ui->boshEdit, QString());
    }
}

QString AdvancedSettings::websocketProblem() const
{
    if (m_ui->bindingCombo->currentIndex() != 1) {
        return {};
    }
    const QString text = m_ui->websocketEdit->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"wss" || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return tr("Enter an address like wss://example.org/xmpp-websocket, or leave it empty.");
    }
    return {};
}

QString AdvancedSettings::boshProblem() const
{
    if (m_ui->bindingCombo->currentIndex() != 2) {
        return {};
    }
    const QString text = m_ui->boshEdit->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return tr("Enter an address like https://example.org/http-bind, or leave it empty.");
    }
    return {};
}

bool AdvancedSettings::validate(bool focus)
{
    const QString hostProblem = app::AccountInput::checkHost(m_ui->hostEdit->text());
    const QString resourceProblem
        = m_resourceVisible ? app::AccountInput::checkResource(m_ui->resourceEdit->text().trimmed()) : QString();
    showFieldError(m_ui->hostError, m_ui->hostEdit, hostProblem);
    showFieldError(m_ui->resourceError, m_ui->resourceEdit, resourceProblem);
    const QString urlProblem = websocketProblem();
    showFieldError(m_ui->websocketError, m_ui->websocketEdit, urlProblem);
    const QString boshUrlProblem = boshProblem();
    showFieldError(m_ui->boshError, m_ui->boshEdit, boshUrlProblem);
    if (hostProblem.isEmpty() && resourceProblem.isEmpty() && urlProblem.isEmpty() && boshUrlProblem.isEmpty()) {
        return true;
    }
    setExpanded(true);
    if (focus) {
        QWidget *first = !hostProblem.isEmpty() ? static_cast<QWidget *>(m_ui->hostEdit)
            : !resourceProblem.isEmpty()        ? static_cast<QWidget *>(m_ui->resourceEdit)
            : !urlProblem.isEmpty()             ? static_cast<QWidget *>(m_ui->websocketEdit)
                                                : static_cast<QWidget *>(m_ui->boshEdit);
        first->setFocus();
    }
    return false;
}

} // namespace balcony::ui
