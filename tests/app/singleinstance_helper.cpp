// A second Balcony process for tst_singleinstance, without a window:
//   singleinstance_helper primary PROFILE_ROOT    becomes the primary, prints "primary", then one line per
//                                                 hand-over: the arguments joined by '|'; runs until killed
//   singleinstance_helper handover PROFILE_ROOT ARG...   hands ARGs over; exit 0 when acknowledged, 3 when
//                                                 this process became the primary instead, 1 on failure
#include "app/SingleInstance.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using balcony::app::SingleInstance;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        return 2;
    }
    SingleInstance instance(arguments[2]);
    const SingleInstance::Role role = instance.start();
    QTextStream out(stdout);
    if (arguments[1] == u"primary"_s) {
        if (role != SingleInstance::Role::Primary) {
            out << "not primary: " << instance.errorString() << Qt::endl;
            return 1;
        }
        QObject::connect(&instance, &SingleInstance::argumentsReceived, &app,
            [&out](const QStringList &received) { out << received.join(u'|') << Qt::endl; });
        out << "primary" << Qt::endl;
        return QCoreApplication::exec();
    }
    if (role == SingleInstance::Role::Primary) {
        return 3;
    }
    if (role == SingleInstance::Role::Failed || !instance.handOver(arguments.mid(3), 3000)) {
        QTextStream(stderr) << instance.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
