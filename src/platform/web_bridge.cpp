// platform/web_bridge.cpp - functions the page's JavaScript calls (web/estimator.js): the test and automation seam.
#include "platform/web_main.hpp"

#include "ui/widget_locator.hpp"

#include <emscripten.h>

#include <cstdio>
#include <string>

namespace {
std::string g_reply; // the last string handed to JS; valid until the next call
}

extern "C" {

EMSCRIPTEN_KEEPALIVE long est_frame_count() { return est::platform::webApp().frameCount; }

EMSCRIPTEN_KEEPALIVE void est_enable_locator() { est::ui::enableWidgetLocator(); }

/// "x,y,width,height" in framebuffer pixels, or "" when the widget has not been drawn.
EMSCRIPTEN_KEEPALIVE const char* est_widget_rect(const char* name) {
    g_reply.clear();
    if (const auto rect = est::ui::widgetRect(name)) {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer, "%.1f,%.1f,%.1f,%.1f", static_cast<double>(rect->x),
                      static_cast<double>(rect->y), static_cast<double>(rect->width),
                      static_cast<double>(rect->height));
        g_reply = buffer;
    }
    return g_reply.c_str();
}

/// The recorded widget names as a JSON array of strings.
EMSCRIPTEN_KEEPALIVE const char* est_widget_names() {
    g_reply = "[";
    for (const auto& [name, rect] : est::ui::recordedWidgets()) {
        if (g_reply.size() > 1) g_reply += ',';
        g_reply += '"';
        for (char c : name) {
            if (c == '"' || c == '\\') g_reply += '\\';
            g_reply += c;
        }
        g_reply += '"';
    }
    g_reply += ']';
    return g_reply.c_str();
}

} // extern "C"
