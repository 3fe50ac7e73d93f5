#pragma once

class QWidget;

namespace balcony::ui {

// Keeps a dialog tall enough for its content when that content is text that wraps (messages next to fields, a
// server's instructions): Qt sizes a window by its layout's minimum, which does not ask wrapped labels how
// tall they get at the window's width, so they would be clipped. When the dialog is shown it takes the height
// its content needs at its width, and later it grows (never shrinks under the user) when a message appears.
void fitHeightToContents(QWidget *dialog);

} // namespace balcony::ui
