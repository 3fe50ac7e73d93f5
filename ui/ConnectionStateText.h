#pragma once

#include "stream/Connection.h"

#include <QColor>
#include <QString>

namespace balcony::ui {

// The user-facing words and colour for a connection state.
QString connectionStateText(ConnectionState state);
QColor connectionStateColor(ConnectionState state);

} // namespace balcony::ui
