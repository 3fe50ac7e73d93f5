#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace balcony::app {

namespace {

constexpr QByteArrayView Magic = "BALCONY1";
constexpr QByteArrayView Ack = "OK\n";
constexpr int ConnectionTimeoutMs = 5000;

} // namespace

QString SingleInstance::keyFor(const QString &profileRoot)
{
    const QByteArray digest = QCryptographicHash::hash(profileRoot.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(16));
}

SingleInstance::SingleInstance(const QString &profileRoot, QObject *parent)
    : QObject(parent)
{
    // RuntimeLocation is $XDG_RUNTIME_DIR (Qt checks that it is ours and 0700) or a private fallback.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString base = dir + u"/balcony-"_s + keyFor(profileRoot);
    m_socketPath = base + u".socket"_s;
    m_lockPath = base + u".lock"_s;
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        // Close before unlocking: a launch that gets the lock must not find our socket file.
        m_server->close();
    }
}

SingleInstance::Role SingleInstance::start()
{
    if (!QDir().mkpath(QFileInfo(m_lockPath).absolutePath())) {
        m_error = tr("Cannot create the runtime folder for %1.").arg(m_lockPath);
        return Role::Failed;
    }
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age: a primary runs for days. Stale only when its process is gone (a crash).
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            m_lock.reset();
            return Role::Secondary;
        }
        m_error = tr("Cannot create the lock file %1.").arg(m_lockPath);
        m_lock.reset();
        return Role::Failed;
    }
    // We hold the lock, so a socket file left here is a crashed primary's: remove it, then listen.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_socketPath, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock.reset();
        return Role::Failed;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return Role::Primary;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // A peer that never finishes its message does not keep a socket open forever.
        QTimer::singleShot(ConnectionTimeoutMs, socket, [socket] { socket->abort(); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    const qsizetype header = Magic.size() + 4;
    if (socket->bytesAvailable() < header) {
        return;
    }
    const QByteArray head = socket->peek(header);
    const quint32 length = qFromBigEndian<quint32>(head.constData() + Magic.size());
    if (!head.startsWith(Magic) || length > MaxPayload) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < header + qint64(length)) {
        return;
    }
    socket->skip(header);
    const QByteArray payload = socket->read(length);
    if (!payload.isEmpty() && !payload.endsWith('\0')) {
        socket->abort();
        return;
    }
    QStringList arguments;
    qsizetype start = 0;
    while (start < payload.size()) {
        const qsizetype end = payload.indexOf('\0', start);
        arguments.append(QString::fromUtf8(payload.constData() + start, end - start));
        start = end + 1;
    }
    // Acknowledge before emitting: the receiver may open dialogs, and the second launch should not wait.
    socket->write(Ack.data(), Ack.size());
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(arguments);
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QByteArray payload;
    for (const QString &argument : arguments) {
        payload += argument.toUtf8();
        payload += '\0';
    }
    if (payload.size() > MaxPayload) {
        m_error = tr("The arguments are too long to hand over to the running Balcony.");
        return false;
    }
    QByteArray message(Magic.data(), Magic.size());
    message.resize(Magic.size() + 4);
    qToBigEndian<quint32>(quint32(payload.size()), message.data() + Magic.size());
    message += payload;

    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The primary may hold the lock but not listen yet (it is starting): retry until the deadline.
    while (true) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
            break;
        }
        if (deadline.hasExpired()) {
            m_error = tr("Balcony is already running but does not answer (%1).").arg(socket.errorString());
            return false;
        }
        QThread::msleep(50);
    }
    socket.write(message);
    socket.flush();
    QByteArray answer = socket.readAll();
    while (answer.size() < Ack.size() && socket.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
        answer += socket.readAll();
    }
    if (!answer.startsWith(Ack)) {
        m_error = tr("Balcony is already running but did not take the request.");
        return false;
    }
    return true;
}

} // namespace balcony::app
