#pragma once

#include <QLoggingCategory>

namespace balcony {

// "balcony.storage": SQL errors of the database and its stores (a store failure is logged, never thrown).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace balcony
