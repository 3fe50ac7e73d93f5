#include "Transport.h"

#include <QMetaType>

namespace balcony {

Transport::~Transport() = default;

// Qt 6 creates the meta type of a signal argument on first use, which is enough for queued
// connections made with pointer-to-member syntax. Registering the name as well lets string-based
// connections and QMetaType::fromName() find TransportError (e.g. in QML or a test's QSignalSpy on
// a SIGNAL() macro).
static void registerTransportTypes()
{
    qRegisterMetaType<balcony::TransportError>("balcony::TransportError");
}
Q_CONSTRUCTOR_FUNCTION(registerTransportTypes)

} // namespace balcony
