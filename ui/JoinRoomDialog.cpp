#include "JoinRoomDialog.h"

#include "FieldError.h"
#include "RoomBrowserDialog.h"
#include "ui_JoinRoomDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

// "xmpp:room@service?join" (RFC 5122, XEP-0147 `join`) or the plain address.
QString roomText(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.startsWith(u"xmpp:"_s, Qt::CaseInsensitive)) {
        text = text.mid(5);
        const qsizetype query = text.indexOf(u'?');
        if (query >= 0) {
            text.truncate(query);
        }
    }
    return text;
}

} // namespace

JoinRoomDialog::JoinRoomDialog(const QList<AccountChoice> &accounts, NickSuggestion nickSuggestion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JoinRoomDialog>())
    , m_suggestNick(std::move(nickSuggestion))
{
    m_ui->setupUi(this);
    for (const AccountChoice &choice : accounts) {
        m_ui->accountCombo->addItem(
            choice.label.isEmpty() ? choice.account.bareString() : choice.label, QVariant::fromValue(choice.account));
    }
    m_ui->accountLabel->setVisible(accounts.size() > 1);
    m_ui->accountCombo->setVisible(accounts.size() > 1);
    m_ui->accountCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    m_ui->roomError->hide();
    connect(m_ui->roomEdit, &QLineEdit::textChanged, this, [this] {
        suggestNick();
        validate();
    });
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        suggestNick();
        validate();
    });
    connect(m_ui->nickEdit, &QLineEdit::textEdited, this, [this] {
        m_nickEdited = true;
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &JoinRoomDialog::accept);
    m_ui->browseButton->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &JoinRoomDialog::browse);
    suggestNick();
    validate();
    m_ui->roomEdit->setFocus();
}

JoinRoomDialog::~JoinRoomDialog() = default;

void JoinRoomDialog::setRoomDirectory(DirectoryFor directoryFor)
{
    m_directoryFor = std::move(directoryFor);
    m_ui->browseButton->setVisible(bool(m_directoryFor));
}

void JoinRoomDialog::browse()
{
    const Jid account = this->account();
    if (!m_directoryFor || account.isNull() || m_browser) {
        return;
    }
    m_browser = new RoomBrowserDialog(m_directoryFor(account), account, this);
    m_browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_browser, &QDialog::accepted, this, [this] {
        if (const Jid room = m_browser->selectedRoom(); !room.isNull()) {
            setRoom(room.toString());
            m_ui->nickEdit->setFocus();
        }
    });
    connect(m_browser, &QObject::destroyed, this, [this] { m_browser = nullptr; });
    m_browser->open();
}

void JoinRoomDialog::setAccount(const Jid &account)
{
    const int found = m_ui->accountCombo->findData(QVariant::fromValue(account.bare()));
    if (found >= 0) {
        m_ui->accountCombo->setCurrentIndex(found);
    }
}

void JoinRoomDialog::setRoom(const QString &room)
{
    m_ui->roomEdit->setText(room);
}

void JoinRoomDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

Jid JoinRoomDialog::account() const
{
    return m_ui->accountCombo->currentData().value<Jid>();
}

Jid JoinRoomDialog::room() const
{
    const auto jid = Jid::parse(roomText(m_ui->roomEdit->text()));
    return jid ? jid->bare() : Jid();
}

QString JoinRoomDialog::nick() const
{
    return m_ui->nickEdit->text().trimmed();
}

QString JoinRoomDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool JoinRoomDialog::autojoin() const
{
    return m_ui->autojoinCheck->isChecked();
}

void JoinRoomDialog::setAutojoin(bool autojoin)
{
    m_ui->autojoinCheck->setChecked(autojoin);
}

QString JoinRoomDialog::validationError() const
{
    if (m_ui->accountCombo->count() == 0) {
        return tr("There is no account to join the room with.");
    }
    const QString text = roomText(m_ui->roomEdit->text());
    if (text.isEmpty()) {
        return tr("Enter the room's address, like room@conference.example.org.");
    }
    QString error;
    const auto jid = Jid::parse(text, &error);
    if (!jid) {
        return tr("This address is not valid: %1").arg(error);
    }
    if (jid->local().isEmpty()) {
        return tr("The address needs the room's name before the @, like room@%1.").arg(jid->domain());
    }
    if (!jid->resource().isEmpty()) {
        return tr("Leave out the part after the /: type your nickname below.");
    }
    if (nick().isEmpty()) {
        return tr("Choose a nickname: it is how the others in the room see you.");
    }
    if (!Jid::parse(QString(jid->bareString() + u'/' + nick()))) {
        return tr("This nickname cannot be used: choose another one.");
    }
    return QString();
}

void JoinRoomDialog::suggestNick()
{
    if (m_nickEdited || !m_suggestNick) {
        return;
    }
    m_ui->nickEdit->setText(m_suggestNick(account(), room()));
}

void JoinRoomDialog::validate()
{
    const QString error = validationError();
    // Nothing to complain about while the address is still empty: its placeholder shows what to type.
    const bool empty = m_ui->roomEdit->text().trimmed().isEmpty();
    showFieldError(m_ui->roomError, m_ui->roomEdit, empty ? QString() : error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void JoinRoomDialog::accept()
{
    if (!validationError().isEmpty()) {
        validate();
        return;
    }
    QDialog::accept();
}

} // namespace balcony::ui
