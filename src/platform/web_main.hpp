// platform/web_main.hpp - the browser app's long-lived objects, shared by the main loop and the JS bridge.
#pragma once

#include "app/app_state.hpp"
#include "ui/theme.hpp"
#include "ui/workspace.hpp"

struct GLFWwindow;

namespace est::platform {

/// What lives for the whole page: the window, the app's data and the root view.
struct WebApp {
    GLFWwindow* window = nullptr;
    app::AppState state;
    ui::Workspace workspace;
    ui::ThemeSettings theme;
    ui::Theme themeBuilder;
    long frameCount = 0;
};

/// The running app (valid once runWebApp() has started it).
WebApp& webApp();
/// Creates the window and starts the browser-driven main loop. Returns non-zero when it cannot start.
int runWebApp();

} // namespace est::platform
