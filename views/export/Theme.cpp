#include "Theme.h"

namespace azimuth::views {

Theme Theme::light()
{
    return {QStringLiteral("light"),   QColor(0xFF, 0xFF, 0xFF), QColor(0xD5, 0xDB, 0xDB),
            QColor(0x23, 0x2F, 0x3E),  QColor(0x54, 0x5B, 0x64), QColor(0x54, 0x5B, 0x64),
            QColor(255, 255, 255, 230)};
}

Theme Theme::dark()
{
    return {QStringLiteral("dark"),       QColor(0x16, 0x19, 0x1F), QColor(0x41, 0x4D, 0x5C),
            QColor(0xE9, 0xEC, 0xEF),     QColor(0xA7, 0xB1, 0xBC), QColor(0xC3, 0xCB, 0xD4),
            QColor(0x23, 0x2F, 0x3E, 235)};
}

std::optional<Theme> Theme::byName(const QString& name)
{
    if (name == QLatin1String("light")) return light();
    if (name == QLatin1String("dark")) return dark();
    return std::nullopt;
}

} // namespace azimuth::views
