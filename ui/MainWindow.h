#pragma once

#include "stream/Connection.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace balcony::ui {

// The desktop shell for now: one account's sign-in form and its live connection state. Nothing the user
// typed is cleared on failure; the password is kept in memory only for the running session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void toggleConnection();
    void startConnection();
    void showState(ConnectionState state);
    void showError(const ConnectionError &error);
    void showConnected();
    void reviewCertificate();
    QString profileDir() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Connection *m_connection;
    ConnectionError m_certificateError;
};

} // namespace balcony::ui
