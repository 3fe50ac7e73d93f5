#pragma once

#include "core/DataForm.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace balcony::ui {

// A XEP-0004 form the user fills in (here: a server's registration form, XEP-0077): one editor per field by
// its type (§3.3): text-single and jid-single a line, text-private a hidden line, text-multi and jid-multi a
// text box (one value per line), boolean a check box, list-single a drop-down, list-multi a list of check
// boxes, fixed a paragraph, hidden nothing. Required fields are marked (a star in the label, "required" for
// screen readers); a field's <desc/> is its tooltip. Problems show under their field.
class DataFormWidget : public QWidget {
    Q_OBJECT
public:
    explicit DataFormWidget(QWidget *parent = nullptr);
    ~DataFormWidget() override;

    // Replaces the editors with those of `form` (its values as defaults; the title and instructions are the
    // caller's to show).
    void setForm(const DataForm &form);
    const DataForm &form() const { return m_form; }

    // The answers by field var (hidden fields keep the form's values; fixed ones are left out).
    QHash<QString, QStringList> values() const;
    // Sets an editor's answer (tests, and keeping what the user typed across a new form).
    void setValues(const QString &var, const QStringList &values);

    // Checks every field (DataForm::validationError), shows the problems and returns whether all passed; the
    // first bad field gets the focus.
    bool validate();
    // Shows `message` under field `var` (an empty message clears it). False if there is no such field.
    bool setFieldError(const QString &var, const QString &message);
    void clearErrors();
    // The editor of `var` (null for hidden, fixed or unknown fields).
    QWidget *editor(const QString &var) const;

private:
    struct Row {
        DataForm::Field field;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *makeEditor(const DataForm::Field &field);
    QStringList editorValues(const Row &row) const;

    DataForm m_form;
    QFormLayout *m_layout = nullptr;
    QList<Row> m_rows;
};

} // namespace balcony::ui
