#include "DialogFit.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

namespace balcony::ui {

namespace {

class HeightFitter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show) {
            // The first layout pass has not run yet: fit right after it, and then exactly.
            QTimer::singleShot(0, window, [window] { fit(window, true); });
        } else if (event->type() == QEvent::LayoutRequest && window->isVisible()) {
            QTimer::singleShot(0, window, [window] { fit(window, false); });
        }
        return false;
    }

private:
    static void fit(QWidget *window, bool exact)
    {
        QLayout *layout = window->layout();
        if (!layout) {
            return;
        }
        layout->activate();
        const int width = window->width();
        const int needed
            = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
        if (needed > window->height() || (exact && needed > 0)) {
            window->resize(width, qMax(needed, layout->totalMinimumSize().height()));
        }
    }
};

} // namespace

void fitHeightToContents(QWidget *dialog)
{
    dialog->installEventFilter(new HeightFitter(dialog));
}

} // namespace balcony::ui
