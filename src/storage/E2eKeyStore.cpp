#include "storage/E2eKeyStore.h"

#include <QTimer>

namespace balcony {

void E2eKeyStore::changePassphraseLater(
    QByteArrayView oldPassphrase, QByteArrayView newPassphrase, QObject *context, std::function<void(bool ok)> done)
{
    // Copies: the views may not live until the next turn of the event loop.
    QTimer::singleShot(0, context,
        [this, oldSecret = QByteArray(oldPassphrase.data(), oldPassphrase.size()),
            newSecret = QByteArray(newPassphrase.data(), newPassphrase.size()), done = std::move(done)]() mutable {
            const bool ok = changePassphrase(oldSecret, newSecret);
            oldSecret.fill('\0');
            newSecret.fill('\0');
            if (done) {
                done(ok);
            }
        });
}

bool E2eKeyStore::setSecrets(const QString &kind, const std::vector<std::pair<QString, crypto::SecretBytes>> &values)
{
    bool ok = true;
    for (const auto &[name, value] : values) {
        ok = setSecret(kind, name, value) && ok;
    }
    return ok;
}

} // namespace balcony
