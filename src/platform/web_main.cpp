// platform/web_main.cpp - the browser main loop: GLFW window on the page's canvas, HiDPI sizing, ImGui frame.
#include "platform/web_main.hpp"

#include "ui/theme.hpp"
#include "ui/workspace.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>

namespace est::platform {
namespace {

// Clear colour behind the ImGui window; the e2e test checks drawn pixels differ from it.
constexpr float kClearRgb[3] = {0.106f, 0.165f, 0.227f};

WebApp* g_app = nullptr; // the main loop callback has no user pointer in GLFW's emscripten port

// The canvas fills the page in CSS pixels; its backing store is CSS size x devicePixelRatio so text
// is rasterised at the screen's real density (crisp on a laptop and on a projector).
void matchCanvasToPage(GLFWwindow* window, float& pixelRatio) {
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    pixelRatio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int width = static_cast<int>(std::lround(cssWidth * static_cast<double>(pixelRatio)));
    const int height = static_cast<int>(std::lround(cssHeight * static_cast<double>(pixelRatio)));
    int current[2] = {0, 0};
    glfwGetWindowSize(window, &current[0], &current[1]);
    if (width > 0 && height > 0 && (current[0] != width || current[1] != height))
        glfwSetWindowSize(window, width, height);
}

void frame() {
    WebApp& app = *g_app;
    glfwPollEvents();
    matchCanvasToPage(app.window, app.theme.pixelRatio);
    if (app.themeBuilder.apply(app.theme)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.workspace.draw(app.state);
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(app.window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(kClearRgb[0], kClearRgb[1], kClearRgb[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++app.frameCount;
}

} // namespace

WebApp& webApp() { return *g_app; }

int runWebApp() {
    if (!glfwInit()) {
        std::fputs("GLFW could not start\n", stderr);
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    static WebApp app; // lives for the page's lifetime; the browser owns the loop
    g_app = &app;
    app.window = glfwCreateWindow(1280, 800, "Migration Funding Estimator", nullptr, nullptr);
    if (!app.window) {
        std::fputs("WebGL 2 context could not be created\n", stderr);
        return 1;
    }
    glfwMakeContextCurrent(app.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is ours; user work is saved by the app, not by imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    matchCanvasToPage(app.window, app.theme.pixelRatio);

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

} // namespace est::platform

int main() { return est::platform::runWebApp(); }
