#include "crypto/OpenSslErrors.h"

#include <openssl/err.h>

namespace balcony::crypto {

ErrorQueueGuard::~ErrorQueueGuard()
{
    clearErrorQueue();
}

void clearErrorQueue()
{
    ERR_clear_error();
}

bool errorQueueIsEmpty()
{
    return ERR_peek_error() == 0;
}

QByteArray firstQueuedError()
{
    const unsigned long code = ERR_peek_error();
    if (code == 0) {
        return {};
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof(text));
    return QByteArray(text);
}

} // namespace balcony::crypto
