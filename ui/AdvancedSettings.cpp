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
    m_ui->bindingCombo->setCurrentIndex(config.binding == TransportBinding::WebSocket ? 1 : 0);
    m_ui->websocketEdit->setText(config.websocketUrl.toString());
    updateBindingFields();
    if (!config.host.isEmpty() || config.port != 0 || config.directTls || !config.resource.isEmpty()
        || config.binding != TransportBinding::Tcp) {
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
    config.binding = websocket ? TransportBinding::WebSocket : TransportBinding::Tcp;
    config.websocketUrl = websocket ? QUrl(m_ui->websocketEdit->text().trimmed(), QUrl::StrictMode) : QUrl();
}

void AdvancedSettings::updateBindingFields()
{
    const bool websocket = m_ui->bindingCombo->currentIndex() == 1;
    // Host, port and direct TLS are TCP's; the WebSocket URL is the WebSocket's.
    m_ui->hostEdit->setEnabled(!websocket);
    m_ui->portSpin->setEnabled(!websocket);
    m_ui->directTlsCheck->setEnabled(!websocket);
    m_ui->websocketLabel->setEnabled(websocket);
    m_ui->websocketEdit->setEnabled(websocket);
    if (!websocket) {
        showFieldError(m_ui->websocketError, m_ui->websocketEdit, QString());
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

bool AdvancedSettings::validate(bool focus)
{
    const QString hostProblem = app::AccountInput::checkHost(m_ui->hostEdit->text());
    const QString resourceProblem
        = m_resourceVisible ? app::AccountInput::checkResource(m_ui->resourceEdit->text().trimmed()) : QString();
    showFieldError(m_ui->hostError, m_ui->hostEdit, hostProblem);
    showFieldError(m_ui->resourceError, m_ui->resourceEdit, resourceProblem);
    const QString urlProblem = websocketProblem();
    showFieldError(m_ui->websocketError, m_ui->websocketEdit, urlProblem);
    if (hostProblem.isEmpty() && resourceProblem.isEmpty() && urlProblem.isEmpty()) {
        return true;
    }
    setExpanded(true);
    if (focus) {
        QWidget *first = !hostProblem.isEmpty() ? static_cast<QWidget *>(m_ui->hostEdit)
            : !resourceProblem.isEmpty()        ? static_cast<QWidget *>(m_ui->resourceEdit)
                                                : static_cast<QWidget *>(m_ui->websocketEdit);
        first->setFocus();
    }
    return false;
}

} // namespace balcony::ui
