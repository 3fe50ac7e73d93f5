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
    if (!config.host.isEmpty() || config.port != 0 || config.directTls || !config.resource.isEmpty()) {
        setExpanded(true);
    }
}

void AdvancedSettings::apply(app::AccountConfig &config) const
{
    config.host = m_ui->hostEdit->text().trimmed();
    config.port = quint16(m_ui->portSpin->value());
    config.directTls = m_ui->directTlsCheck->isChecked();
    config.resource = m_resourceVisible ? m_ui->resourceEdit->text().trimmed() : QString();
}

bool AdvancedSettings::validate(bool focus)
{
    const QString hostProblem = app::AccountInput::checkHost(m_ui->hostEdit->text());
    const QString resourceProblem
        = m_resourceVisible ? app::AccountInput::checkResource(m_ui->resourceEdit->text().trimmed()) : QString();
    showFieldError(m_ui->hostError, m_ui->hostEdit, hostProblem);
    showFieldError(m_ui->resourceError, m_ui->resourceEdit, resourceProblem);
    if (hostProblem.isEmpty() && resourceProblem.isEmpty()) {
        return true;
    }
    setExpanded(true);
    if (focus) {
        (hostProblem.isEmpty() ? m_ui->resourceEdit : m_ui->hostEdit)->setFocus();
    }
    return false;
}

} // namespace balcony::ui
