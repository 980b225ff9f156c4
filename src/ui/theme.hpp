// ui/theme.hpp - fonts, colours and scale: one place that turns "Present on a 2x screen" into ImGui style.
#pragma once

#include <cstdint>

struct ImFont;

namespace est::ui {

enum class ThemeKind { Light, Dark };

/// What the look depends on. The platform fills pixelRatio; the user chooses the rest.
struct ThemeSettings {
    ThemeKind kind = ThemeKind::Dark;
    float pixelRatio = 1.0f; ///< browser devicePixelRatio: fonts are rasterised at this density
    bool present = false;    ///< Present mode: the light projector theme and its large fonts
    float presentScreenHeight =
        0.0f; ///< CSS pixels of the screen Present fills (its fonts scale with it); 0 = not presenting
    std::uint32_t accentRgb = 0; ///< partner accent colour 0xRRGGBB; 0 = the theme's own
    bool operator==(const ThemeSettings&) const = default;
};

/// Owns what is built into ImGui's font atlas and style, and rebuilds it only when the settings change.
struct Theme {
    /// Applies the settings. Returns true when the font atlas was rebuilt (the renderer must then
    /// re-upload its font texture).
    bool apply(const ThemeSettings& settings);
    /// Effective scale (pixel ratio x user scale) of the applied settings.
    float scale() const { return m_scale; }

private:
    ThemeSettings m_applied;
    bool m_built = false;
    float m_scale = 1.0f;
};

/// The large font of headline figures (the base font before the atlas is built).
ImFont* largeFont();

/// Present mode's fonts, rasterised at their own sizes (CSS pixels x devicePixelRatio) while ThemeSettings::present
/// is on, sized from the screen's height (presentFontPixels). Outside Present they fall back to the large font.
enum class PresentFont { Body, Title, Figure };
ImFont* presentFont(PresentFont which);
/// The CSS-pixel size a Present font is rasterised at on a screen `screenHeight` CSS pixels tall: body text 3.1 %,
/// titles 5.2 %, headline figures 8.3 % of the height, never below 24, 40 and 64 px (their sizes at 768 px, so a
/// small screen keeps projector-sized type). 1080 px: 33, 56, 90; 1440 px: 45, 75, 120.
float presentFontPixels(PresentFont which, float screenHeight);

} // namespace est::ui
