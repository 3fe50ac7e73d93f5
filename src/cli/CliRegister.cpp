#include "CliRegister.h"

#include "ExitCode.h"
#include "account/InBandRegistration.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace balcony::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("balcony", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << u"balcony-cli: "_s << message << Qt::endl;
}

// The form as a list for someone writing the next command line: NAME (type, required): label [options].
QString describeForm(const DataForm &form)
{
    QString text;
    for (const QString &paragraph : form.instructions()) {
        text += u"  "_s + paragraph + u"\n"_s;
    }
    for (const DataForm::Field &field : form.fields()) {
        if (field.var.isEmpty() || field.type == u"hidden" || field.type == u"fixed") {
            continue;
        }
        QString line
            = u"  --field "_s + field.var + u"=... ("_s + (field.type.isEmpty() ? u"text-single"_s : field.type);
        if (field.required) {
            line += tr(", required");
        }
        line += u")"_s;
        if (!field.label.isEmpty()) {
            line += u": "_s + field.label;
        }
        if (!field.options.isEmpty()) {
            QStringList values;
            for (const DataForm::Option &option : field.options) {
                values.append(option.value);
            }
            line += u" ["_s + values.join(u" | "_s) + u"]"_s;
        }
        text += line + u"\n"_s;
    }
    return text;
}

} // namespace

int registerAccount(const CliOptions &options, const QString &program)
{
    const Jid account = options.settings.jid.bare();
    QHash<QString, QStringList> values = options.fields;
    values.insert(u"username"_s, { account.local() });
    values.insert(u"password"_s, { options.settings.password });

    InBandRegistration registration(options.settings);
    int exitCode = ExitOther;
    QEventLoop loop;
    auto finish = [&](int code) {
        exitCode = code;
        loop.quit();
    };
    QObject::connect(&registration, &InBandRegistration::formReceived, &loop, [&](const RegistrationQuery &query) {
        if (!query.canRegisterInBand()) {
            printError(query.oobUrl.isEmpty()
                    ? tr("%1 does not offer in-band registration.").arg(account.domain())
                    : tr("%1 creates accounts only on its web page: %2").arg(account.domain(), query.oobUrl));
            finish(ExitRefused);
            return;
        }
        if (query.registered) {
            printError(tr("The server says this connection is already registered."));
            finish(ExitRefused);
            return;
        }
        const DataForm form = query.userForm();
        const QHash<QString, QString> problems = form.validate(values);
        if (!problems.isEmpty()) {
            QStringList names = problems.keys();
            names.sort();
            printError(tr("The server's form needs more answers (%1). Its fields:").arg(names.join(u", "_s)));
            QTextStream(stderr) << describeForm(form);
            finish(ExitBadArguments);
            return;
        }
        registration.submit(values);
    });
    QObject::connect(&registration, &InBandRegistration::registered, &loop, [&](const Jid &jid, const QString &) {
        if (options.json) {
            QTextStream(stdout) << QString::fromUtf8(QJsonDocument(
                QJsonObject { { u"jid"_s, jid.bareString() },
                    { u"registered"_s, true } }).toJson(QJsonDocument::Compact))
                                << Qt::endl;
        } else {
            QTextStream(stdout) << tr("registered %1").arg(jid.bareString()) << Qt::endl;
        }
        finish(ExitOk);
    });
    QObject::connect(&registration, &InBandRegistration::failed, &loop, [&](const RegistrationFailure &failure) {
        switch (failure.kind) {
        case RegistrationFailure::Kind::Connection:
            printError(errorLine(failure.connection, account.domain(), trustCommand(program, options)));
            finish(exitCodeFor(failure.connection.kind));
            return;
        case RegistrationFailure::Kind::Timeout:
            printError(failure.message);
            finish(ExitTimeout);
            return;
        case RegistrationFailure::Kind::NameTaken:
            printError(failure.message);
            finish(ExitNameTaken);
            return;
        default:
            printError(failure.message);
            finish(ExitRefused);
            return;
        }
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        printError(tr("No answer from %1 within the timeout.").arg(account.domain()));
        finish(ExitTimeout);
    });
    timeout.start(options.timeoutMs > 0 ? options.timeoutMs : 30000);
    registration.fetchForm();
    loop.exec();
    // The stream is closed politely (XEP-0077: the account signs in on a stream of its own).
    registration.close();
    return exitCode;
}

} // namespace balcony::cli
