#pragma once

// The JID literal helper of the test suites: a valid address, or a null Jid that makes the test fail where
// it is used.

#include "core/Jid.h"

#include <QString>

namespace balcony::test {

inline Jid jid(const QString &text)
{
    return Jid::parse(text).value_or(Jid());
}

inline Jid jid(const char *text)
{
    return jid(QString::fromUtf8(text));
}

} // namespace balcony::test
