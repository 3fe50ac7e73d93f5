#pragma once

#include "app/AppSettings.h"

#include <QPalette>

namespace balcony::ui {

// The app's look from AppSettings appearance/theme: "system" keeps the style and palette the platform gave
// (the desktop's colours, light or dark), "light" and "dark" use the Fusion style with a light or a dark
// palette (Fusion draws every control from the palette, so a dark palette looks right everywhere). Applied
// at start (main.cpp) and at once when the user changes it (SettingsDialog).
class Theme {
public:
    static void apply(app::AppSettings::Theme theme);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace balcony::ui
