// platform/default_font.cpp - the web app's ImFontAtlas::AddFontDefault(): the embedded Inter, not ImGui's ProggyClean.
//
// ImGui links its built-in font (base85 inside imgui_draw.cpp, 9 KB of the gzipped wasm) for AddFontDefault(),
// which its atlas calls itself when no font was added. The app always adds the embedded Inter (ui/theme.cpp), so
// the web link wraps AddFontDefault (CMakeLists.txt, wasm-ld --wrap) with this one, and the unused font is not linked.
#include "embedded_fonts.hpp"

#include <imgui.h>

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas* atlas,
                                                                            const ImFontConfig* templateConfig) {
    const std::optional<std::string_view> inter = est::fonts::find("Inter-Regular.otf");
    if (!inter) return nullptr;
    ImFontConfig config = templateConfig != nullptr ? *templateConfig : ImFontConfig();
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary's read-only data
    const float pixels = config.SizePixels > 0.0f ? config.SizePixels : 13.0f; // ProggyClean's size
    return atlas->AddFontFromMemoryTTF(const_cast<char*>(inter->data()), static_cast<int>(inter->size()), pixels,
                                       &config);
}
