// ui/widget_locator.cpp - the widget-rectangle registry behind the browser test seam.
#include "ui/widget_locator.hpp"

#include <imgui.h>

namespace est::ui {
namespace {
// One registry for the process: the seam is a debugging aid with no per-view state.
struct Registry {
    bool enabled = false;
    std::map<std::string, WidgetRect, std::less<>> rects;
};
Registry& registry() {
    static Registry instance;
    return instance;
}
} // namespace

void locateLastItem(std::string_view name) {
    if (!registry().enabled) return;
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    locateRect(name, min.x, min.y, max.x - min.x, max.y - min.y);
}

void locateRect(std::string_view name, float x, float y, float width, float height) {
    Registry& reg = registry();
    if (!reg.enabled) return;
    const WidgetRect rect{x, y, width, height, ImGui::GetFrameCount()};
    if (auto it = reg.rects.find(name); it != reg.rects.end())
        it->second = rect;
    else
        reg.rects.emplace(std::string(name), rect);
}

void enableWidgetLocator() { registry().enabled = true; }

std::optional<WidgetRect> widgetRect(std::string_view name) {
    const Registry& reg = registry();
    // Queries come between frames; one frame of slack covers a query made while a frame is being built.
    if (auto it = reg.rects.find(name); it != reg.rects.end() && it->second.frame >= ImGui::GetFrameCount() - 1)
        return it->second;
    return std::nullopt;
}

const std::map<std::string, WidgetRect, std::less<>>& recordedWidgets() { return registry().rects; }

} // namespace est::ui
