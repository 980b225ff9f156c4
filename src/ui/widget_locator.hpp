// ui/widget_locator.hpp - records where named widgets were drawn, so browser tests can click real widgets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace est::ui {

/// A rectangle in framebuffer pixels (x, y = top-left).
struct WidgetRect {
    float x = 0, y = 0, width = 0, height = 0;
    int frame = 0; ///< ImGui frame that drew it
};

/// Names the last drawn ImGui item. Costs one branch unless enableWidgetLocator() was called.
void locateLastItem(std::string_view name);
/// Names a rectangle drawn this frame that is not an item of its own (a button's label, a bar's text), in
/// framebuffer pixels, so a test can check it lies inside what holds it.
void locateRect(std::string_view name, float x, float y, float width, float height);
/// Starts recording (called once by the page's automation seam).
void enableWidgetLocator();
/// Where the named widget is drawn now (in the latest frame); nothing if it is not on screen or not recording. A
/// panel that was left keeps no clickable ghost of its widgets.
std::optional<WidgetRect> widgetRect(std::string_view name);
/// Every recorded name, sorted.
const std::map<std::string, WidgetRect, std::less<>>& recordedWidgets();

} // namespace est::ui
