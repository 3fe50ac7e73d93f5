// The avatar half of CliSession (XEP-0084 with XEP-0153 as the fallback): avatar set FILE, avatar clear, avatar get
// JID [--out FILE].
#include "CliSession.h"
#include "ExitCode.h"
#include "avatar/AvatarManager.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

// What `avatar set` reads at most: AvatarManager refuses larger files anyway.
constexpr qint64 maxImageFileBytes = 64 * 1024 * 1024;

QJsonObject describe(const AvatarRecord &avatar)
{
    return { { u"hash"_s, avatar.hash }, { u"type"_s, avatar.type }, { u"width"_s, avatar.width },
        { u"height"_s, avatar.height }, { u"bytes"_s, qint64(avatar.data.size()) } };
}

} // namespace

void CliSession::runAvatar()
{
    AvatarManager *avatars = m_account->avatars();
    const auto failed = [this](const AvatarManager::Result &result) {
        finish(result.refused ? ExitNoAvatar : ExitRefused, result.error);
    };
    switch (m_options.avatarAction) {
    case AvatarAction::Set: {
        QFile file(m_options.avatarFile);
        if (!file.open(QIODevice::ReadOnly)) {
            finish(ExitBadArguments, tr("Cannot read %1: %2").arg(m_options.avatarFile, file.errorString()));
            return;
        }
        if (file.size() > maxImageFileBytes) {
            finish(ExitNoAvatar,
                tr("%1 is larger than %2 MiB.").arg(m_options.avatarFile).arg(maxImageFileBytes / (1024 * 1024)));
            return;
        }
        avatars->setAvatar(file.readAll(), [this, failed](const AvatarManager::Result &result) {
            if (!result.ok() || !result.avatar) {
                failed(result);
                return;
            }
            if (!result.warning.isEmpty()) {
                m_err << tr("warning: %1").arg(result.warning) << Qt::endl;
            }
            const AvatarRecord &avatar = *result.avatar;
            if (m_options.json) {
                printJson(describe(avatar));
            } else {
                m_out << tr("published avatar %1 (%2, %3×%4, %5 bytes)")
                             .arg(avatar.hash, avatar.type)
                             .arg(avatar.width)
                             .arg(avatar.height)
                             .arg(avatar.data.size())
                      << Qt::endl;
            }
            finish(ExitOk);
        });
        return;
    }
    case AvatarAction::Clear:
        avatars->clearAvatar([this, failed](const AvatarManager::Result &result) {
            if (!result.ok()) {
                failed(result);
                return;
            }
            if (!result.warning.isEmpty()) {
                m_err << tr("warning: %1").arg(result.warning) << Qt::endl;
            }
            if (m_options.json) {
                printJson({ { u"cleared"_s, true } });
            } else {
                m_out << tr("avatar cleared") << Qt::endl;
            }
            finish(ExitOk);
        });
        return;
    case AvatarAction::Get:
        avatars->retrieve(m_options.to, [this, failed](const AvatarManager::Result &result) {
            if (!result.ok()) {
                failed(result);
                return;
            }
            if (!result.avatar) {
                finish(ExitNoAvatar, tr("%1 has no avatar.").arg(m_options.to.toString()));
                return;
            }
            const AvatarRecord &avatar = *result.avatar;
            if (!m_options.avatarFile.isEmpty()) {
                QSaveFile out(m_options.avatarFile);
                if (!out.open(QIODevice::WriteOnly) || out.write(avatar.data) != avatar.data.size() || !out.commit()) {
                    finish(ExitOther, tr("Cannot write %1: %2").arg(m_options.avatarFile, out.errorString()));
                    return;
                }
            }
            if (m_options.json) {
                QJsonObject object = describe(avatar);
                object.insert(u"jid"_s, m_options.to.toString());
                printJson(object);
            } else {
                m_out << tr("%1 %2 %3×%4 %5 bytes")
                             .arg(avatar.hash, avatar.type)
                             .arg(avatar.width)
                             .arg(avatar.height)
                             .arg(avatar.data.size())
                      << Qt::endl;
            }
            finish(ExitOk);
        });
        return;
    }
}

} // namespace balcony::cli
