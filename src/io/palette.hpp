// io/palette.hpp - the one palette of the app, the Present slides, the HTML exports and the workbook's charts.
//
// Plain RGB, no ImGui types, so src/io (HTML, .xlsx) and src/ui (ImGui draw colours) read the same constants: a
// figure is the same colour on the screen, the slide, the printed summary and the Excel chart. Each meaning has its
// own hue (the funding phases too, not shades of one green); red is kept for failure only.
#pragma once

#include <cstdint>
#include <string>

namespace est::io::palette {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

// The sides of the business case.
inline constexpr Rgb kToday{100, 116, 139};    ///< slate: what the customer pays today
inline constexpr Rgb kAws{255, 153, 0};        ///< AWS orange: the AWS bill
inline constexpr Rgb kOneTime{124, 58, 237};   ///< violet: the one-time cost of the move
inline constexpr Rgb kSavings{77, 160, 40};    ///< green: savings, and a check that passes
inline constexpr Rgb kFunding{37, 99, 235};    ///< blue: AWS funding in total
inline constexpr Rgb kOtherRun{161, 140, 110}; ///< tan: other running costs after the move (SaaS, labour, licences)

// AWS funding by phase: one hue each, so a stacked chart reads without its legend's help.
inline constexpr Rgb kAssess{14, 165, 233};   ///< sky
inline constexpr Rgb kMobilize{13, 148, 136}; ///< teal-green
inline constexpr Rgb kCredits{37, 99, 235};   ///< blue (the largest part of funding: the funding colour)
inline constexpr Rgb kTraining{219, 39, 119}; ///< pink

// States.
inline constexpr Rgb kPass = kSavings;
inline constexpr Rgb kWarning{180, 83, 9}; ///< dark amber: borderline, a figure to replace, a check to look at
inline constexpr Rgb kFail{220, 38, 38};   ///< red: failure only
inline constexpr Rgb kInk{29, 36, 48};     ///< text on light backgrounds (badges, print)

/// 0xRRGGBB, the form the partner accent and the workbook charts use.
constexpr std::uint32_t packed(Rgb c) {
    return (static_cast<std::uint32_t>(c.r) << 16) | (static_cast<std::uint32_t>(c.g) << 8) | c.b;
}

/// "RRGGBB" in upper case (DrawingML's srgbClr val); prefix "#" for CSS.
inline std::string hexDigits(Rgb c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string s(6, '0');
    const std::uint32_t v = packed(c);
    for (int i = 0; i < 6; ++i) s[static_cast<std::size_t>(5 - i)] = kDigits[(v >> (4 * i)) & 0xF];
    return s;
}

/// "#RRGGBB" for CSS and SVG.
inline std::string cssHex(Rgb c) { return "#" + hexDigits(c); }

} // namespace est::io::palette
