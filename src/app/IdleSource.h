#pragma once

#include <QObject>

#include <functional>
#include <optional>

namespace balcony::app {

// How long the user has not touched the keyboard or mouse, for auto-away. Asked by StatusController now and then;
// the answer may come later (D-Bus), always through `done`, with nullopt when the source cannot tell.
class IdleSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    using Callback = std::function<void(std::optional<qint64> idleMs)>;

    virtual void requestIdleTime(Callback done) = 0;
    // The user did something in the app's own windows (sources that ask the system may ignore it).
    virtual void userActivity() { }
};

} // namespace balcony::app
