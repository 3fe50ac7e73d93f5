#pragma once

#include "app/AccountConfig.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AdvancedSettings;
}

namespace balcony::ui {

// The collapsible "Advanced" part of the account forms: host, port, direct TLS (XEP-0368), resource, the
// connection type (TCP, WebSocket (RFC 7395) or BOSH, with its URL), and the XEP-0207 eventing mode switch. Hidden
// until the user opens it (or it holds something other than the defaults); problems show next to the field.
class AdvancedSettings : public QWidget {
    Q_OBJECT
public:
    explicit AdvancedSettings(QWidget *parent = nullptr);
    ~AdvancedSettings() override;

    void setExpanded(bool expanded);
    bool isExpanded() const;
    // Registration needs no resource: hide that row.
    void setResourceVisible(bool visible);

    // Fills the fields from `config` (opened if anything differs from the defaults).
    void load(const app::AccountConfig &config);
    // Writes the fields into `config`.
    void apply(app::AccountConfig &config) const;
    // Checks the fields, shows the problems next to them (opening the section) and returns whether all is
    // well; the first bad field gets the focus when `focus`.
    bool validate(bool focus = true);

private:
    void updateBindingFields();
    QString websocketProblem() const;
    QString boshProblem() const;

    std::unique_ptr<Ui::AdvancedSettings> m_ui;
    bool m_resourceVisible = true;
};

} // namespace balcony::ui
