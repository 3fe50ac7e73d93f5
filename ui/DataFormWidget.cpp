#include "DataFormWidget.h"

#include "FieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balcony::ui {

namespace {

QString fieldType(const DataForm::Field &field)
{
    return field.type.isEmpty() ? u"text-single"_s : field.type;
}

QString visibleLabel(const DataForm::Field &field)
{
    return field.label.isEmpty() ? field.var : field.label;
}

} // namespace

DataFormWidget::DataFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

DataFormWidget::~DataFormWidget() = default;

QWidget *DataFormWidget::makeEditor(const DataForm::Field &field)
{
    const QString type = fieldType(field);
    const QString name = visibleLabel(field);
    QWidget *editor = nullptr;
    if (type == u"boolean") {
        auto *check = new QCheckBox(name, this);
        const QString value = field.values.value(0);
        check->setChecked(value == u"1" || value == u"true");
        editor = check;
    } else if (type == u"list-single") {
        auto *combo = new QComboBox(this);
        if (!field.required) {
            combo->addItem(tr("(none)"), QString());
        }
        for (const DataForm::Option &option : field.options) {
            combo->addItem(option.label.isEmpty() ? option.value : option.label, option.value);
        }
        const int current = combo->findData(field.values.value(0));
        combo->setCurrentIndex(current >= 0 ? current : 0);
        editor = combo;
    } else if (type == u"list-multi") {
        auto *list = new QListWidget(this);
        for (const DataForm::Option &option : field.options) {
            auto *item = new QListWidgetItem(option.label.isEmpty() ? option.value : option.label, list);
            item->setData(Qt::UserRole, option.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(field.values.contains(option.value) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin(6, qMax(2, int(field.options.size()))) + 8);
        editor = list;
    } else if (type == u"text-multi" || type == u"jid-multi") {
        auto *text = new QPlainTextEdit(this);
        text->setPlainText(field.values.join(u'\n'));
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5 + 12);
        editor = text;
    } else {
        auto *line = new QLineEdit(this);
        line->setText(field.values.value(0));
        if (type == u"text-private") {
            line->setEchoMode(QLineEdit::Password);
        }
        if (type == u"jid-single") {
            line->setPlaceholderText(tr("name@example.org"));
        }
        editor = line;
    }
    editor->setObjectName(u"field_"_s + field.var);
    editor->setAccessibleName(name);
    QString tip = field.description;
    if (field.required) {
        tip = tip.isEmpty() ? tr("Required") : tr("%1 (required)").arg(tip);
    }
    editor->setToolTip(tip);
    editor->setStatusTip(tip);
    return editor;
}

void DataFormWidget::setForm(const DataForm &form)
{
    while (m_layout->rowCount() > 0) {
        m_layout->removeRow(0);
    }
    m_rows.clear();
    m_form = form;
    for (const DataForm::Field &field : form.fields()) {
        const QString type = fieldType(field);
        if (type == u"hidden") {
            continue;
        }
        if (type == u"fixed") {
            auto *text = new QLabel(field.values.join(u'\n'), this);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            m_layout->addRow(text);
            continue;
        }
        if (field.var.isEmpty()) {
            continue; // XEP-0004 §3.2: every field but fixed needs a var; one without cannot be answered
        }
        Row row;
        row.field = field;
        row.editor = makeEditor(field);
        row.error = new QLabel(this);
        row.error->setObjectName(u"error_"_s + field.var);
        showFieldError(row.error, row.editor, QString());
        // The problem goes right under its editor: both in one column of the form.
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        row.editor->setParent(cell);
        row.error->setParent(cell);
        cellLayout->addWidget(row.editor);
        cellLayout->addWidget(row.error);
        if (type == u"boolean") {
            if (field.required) {
                static_cast<QCheckBox *>(row.editor)->setText(tr("%1 *").arg(visibleLabel(field)));
            }
            m_layout->addRow(static_cast<QWidget *>(nullptr), cell);
        } else {
            auto *label = new QLabel(
                field.required ? tr("%1: *").arg(visibleLabel(field)) : tr("%1:").arg(visibleLabel(field)), this);
            label->setBuddy(row.editor);
            label->setToolTip(row.editor->toolTip());
            m_layout->addRow(label, cell);
        }
        m_rows.append(row);
    }
}

QStringList DataFormWidget::editorValues(const Row &row) const
{
    const QString type = fieldType(row.field);
    if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        return { check->isChecked() ? u"1"_s : u"0"_s };
    }
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const QString value = combo->currentData().toString();
        return value.isEmpty() ? QStringList() : QStringList { value };
    }
    if (auto *list = qobject_cast<QListWidget *>(row.editor)) {
        QStringList values;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                values.append(list->item(i)->data(Qt::UserRole).toString());
            }
        }
        return values;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor)) {
        QStringList lines = text->toPlainText().split(u'\n');
        if (type == u"jid-multi") {
            // One address per line; blank lines and spaces around them are not addresses.
            QStringList addresses;
            for (const QString &line : std::as_const(lines)) {
                if (!line.trimmed().isEmpty()) {
                    addresses.append(line.trimmed());
                }
            }
            return addresses;
        }
        return text->toPlainText().isEmpty() ? QStringList() : lines;
    }
    if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        // A user name or address typed with a stray space around it: the space is not part of it. A password
        // is taken exactly as typed.
        const QString value = type == u"text-private" ? line->text() : line->text().trimmed();
        return value.isEmpty() ? QStringList() : QStringList { value };
    }
    return {};
}

QHash<QString, QStringList> DataFormWidget::values() const
{
    QHash<QString, QStringList> values;
    for (const DataForm::Field &field : m_form.fields()) {
        if (fieldType(field) == u"hidden" && !field.var.isEmpty()) {
            values.insert(field.var, field.values);
        }
    }
    for (const Row &row : m_rows) {
        values.insert(row.field.var, editorValues(row));
    }
    return values;
}

void DataFormWidget::setValues(const QString &var, const QStringList &values)
{
    QWidget *target = editor(var);
    if (auto *check = qobject_cast<QCheckBox *>(target)) {
        const QString value = values.value(0);
        check->setChecked(value == u"1" || value == u"true");
    } else if (auto *combo = qobject_cast<QComboBox *>(target)) {
        const int index = combo->findData(values.value(0));
        if (index >= 0) {
            combo->setCurrentIndex(index);
        }
    } else if (auto *list = qobject_cast<QListWidget *>(target)) {
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setCheckState(
                values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(target)) {
        text->setPlainText(values.join(u'\n'));
    } else if (auto *line = qobject_cast<QLineEdit *>(target)) {
        line->setText(values.value(0));
    }
}

bool DataFormWidget::validate()
{
    QWidget *first = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = DataForm::validationError(row.field, editorValues(row));
        showFieldError(row.error, row.editor, problem);
        if (!problem.isEmpty() && !first) {
            first = row.editor;
        }
    }
    if (first) {
        first->setFocus();
    }
    return first == nullptr;
}

bool DataFormWidget::setFieldError(const QString &var, const QString &message)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.field.var == var) {
            showFieldError(row.error, row.editor, message);
            if (!message.isEmpty()) {
                row.editor->setFocus();
            }
            return true;
        }
    }
    return false;
}

void DataFormWidget::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        showFieldError(row.error, row.editor, QString());
    }
}

QWidget *DataFormWidget::editor(const QString &var) const
{
    for (const Row &row : m_rows) {
        if (row.field.var == var) {
            return row.editor;
        }
    }
    return nullptr;
}

} // namespace balcony::ui
