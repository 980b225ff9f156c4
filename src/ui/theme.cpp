// ui/theme.cpp - builds the font atlas from the embedded Inter font and scales the ImGui style.
#include "ui/theme.hpp"

#include <embedded_fonts.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace est::ui {
namespace {
constexpr float kBaseFontPixels = 16.0f;
constexpr float kLargeFontFactor = 1.75f;
// Present's smallest sizes in CSS pixels: a projector's back row reads 24 px text and 64 px figures (at 768 px high).
constexpr float kPresentFontPixels[] = {24.0f, 40.0f, 64.0f};
// Above 768 px they grow with the screen, as a slide deck's type does: the same share of the height on any screen.
constexpr float kPresentReferenceHeight = 768.0f;
constexpr int kPresentFirstFont = 2; // atlas index of PresentFont::Body (after the base and the large font)

void applyColours(const ThemeSettings& settings) {
    ImGuiStyle& style = ImGui::GetStyle();
    if (settings.kind == ThemeKind::Dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(10.0f, 7.0f);
    // Windows and popups (glossary, traces, menus, tooltips, details) are opaque: a figure behind a definition or a
    // trace must not show through its words.
    style.Colors[ImGuiCol_PopupBg].w = 1.0f;
    style.Colors[ImGuiCol_WindowBg].w = 1.0f;
    if (settings.accentRgb != 0) {
        // The partner's accent colour on the interactive chrome (buttons, headers, checks, sliders).
        const ImVec4 accent(static_cast<float>((settings.accentRgb >> 16) & 0xFF) / 255.0f,
                            static_cast<float>((settings.accentRgb >> 8) & 0xFF) / 255.0f,
                            static_cast<float>(settings.accentRgb & 0xFF) / 255.0f, 1.0f);
        for (ImGuiCol c : {ImGuiCol_CheckMark, ImGuiCol_SliderGrab, ImGuiCol_SliderGrabActive, ImGuiCol_ButtonActive,
                           ImGuiCol_HeaderActive, ImGuiCol_TabActive, ImGuiCol_PlotHistogram})
            style.Colors[c] = accent;
        style.Colors[ImGuiCol_Button] = ImVec4(accent.x, accent.y, accent.z, 0.55f);
        style.Colors[ImGuiCol_ButtonHovered] = ImVec4(accent.x, accent.y, accent.z, 0.8f);
        style.Colors[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.35f);
        style.Colors[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.6f);
    }
    if (settings.present) {
        // The light projector theme: near-black on white, secondary text dark grey (a washed-out projector
        // turns pale grey into nothing), strong borders and buttons.
        style.Colors[ImGuiCol_Text] = ImVec4(0.05f, 0.05f, 0.07f, 1);
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.25f, 0.25f, 0.28f, 1);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 0);
        style.Colors[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
        style.Colors[ImGuiCol_Border] = ImVec4(0.2f, 0.2f, 0.22f, 1);
        style.Colors[ImGuiCol_Separator] = ImVec4(0.2f, 0.2f, 0.22f, 1);
        style.Colors[ImGuiCol_TableRowBgAlt] = ImVec4(0, 0, 0, 0.06f);
        style.PopupBorderSize = 2.0f;
    }
}
} // namespace

ImFont* largeFont() {
    ImGuiIO& io = ImGui::GetIO();
    return io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : io.Fonts->Fonts[0];
}

ImFont* presentFont(PresentFont which) {
    ImGuiIO& io = ImGui::GetIO();
    const int index = kPresentFirstFont + static_cast<int>(which);
    return io.Fonts->Fonts.Size > index ? io.Fonts->Fonts[index] : largeFont();
}

float presentFontPixels(PresentFont which, float screenHeight) {
    const float smallest = kPresentFontPixels[static_cast<int>(which)];
    return std::round(smallest * std::max(1.0f, screenHeight / kPresentReferenceHeight));
}

bool Theme::apply(const ThemeSettings& settings) {
    if (m_built && m_applied == settings) return false;
    const bool fontChanged = !m_built || m_applied.pixelRatio != settings.pixelRatio ||
                             m_applied.present != settings.present ||
                             m_applied.presentScreenHeight != settings.presentScreenHeight;
    m_scale = settings.pixelRatio;
    applyColours(settings);
    ImGui::GetStyle().ScaleAllSizes(m_scale);
    m_applied = settings;
    m_built = true;
    if (!fontChanged) return false;

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::optional<std::string_view> inter = est::fonts::find("Inter-Regular.otf");
    if (inter) {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false; // the bytes live in the binary's read-only data
        config.OversampleH = 2;
        config.OversampleV = 1;
        // The embedded font is subset to exactly these ranges (src/ui/CMakeLists.txt): change both together.
        static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20A0, 0x20CF,
                                          0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0};
        io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(inter->data()), static_cast<int>(inter->size()),
                                       kBaseFontPixels * m_scale, &config, kRanges);
        // The large font of headline figures (tiles, quick-size answers), rasterised at its own size.
        io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(inter->data()), static_cast<int>(inter->size()),
                                       kBaseFontPixels * kLargeFontFactor * m_scale, &config, kRanges);
        if (settings.present) {
            // Present's fonts exist only while presenting: at 64 px x devicePixelRatio 2 the full ranges would add
            // megabytes to the atlas. Latin-1, dashes and quotes, currency signs and arrows are what slides say.
            static const ImWchar kPresentRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x20A0, 0x20CF, 0x2190, 0x21FF, 0};
            ImFontConfig large = config;
            large.OversampleH = 1; // sharp enough at these sizes, and a quarter of the atlas
            for (PresentFont font : {PresentFont::Body, PresentFont::Title, PresentFont::Figure})
                io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(inter->data()), static_cast<int>(inter->size()),
                                               presentFontPixels(font, settings.presentScreenHeight) * m_scale, &large,
                                               kPresentRanges);
        }
    } else {
        ImFontConfig config;
        config.SizePixels = 13.0f * m_scale;
        io.Fonts->AddFontDefault(&config);
        config.SizePixels = 13.0f * kLargeFontFactor * m_scale;
        io.Fonts->AddFontDefault(&config);
        if (settings.present)
            for (PresentFont font : {PresentFont::Body, PresentFont::Title, PresentFont::Figure}) {
                config.SizePixels = presentFontPixels(font, settings.presentScreenHeight) * m_scale;
                io.Fonts->AddFontDefault(&config);
            }
    }
    io.Fonts->Build();
    return true;
}

} // namespace est::ui
