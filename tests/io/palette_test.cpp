// tests/io/palette_test.cpp - the one palette: every meaning its own colour, red kept for failure, and the forms
// the exports write (CSS custom properties, DrawingML hex) spelling the same RGB.
#include <catch2/catch.hpp>

#include "embedded_assets.hpp"
#include "io/business_case_summary.hpp"
#include "io/defaults_json.hpp"
#include "io/html_page.hpp"
#include "io/palette.hpp"
#include "io/scenario_json.hpp"
#include "model/engine.hpp"

#include <cmath>
#include <utility>
#include <vector>

using namespace est::io;

namespace {

double distance(palette::Rgb a, palette::Rgb b) {
    const double dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b;
    return std::sqrt(dr * dr + dg * dg + db * db);
}

} // namespace

TEST_CASE("each side of the business case and each funding phase has a colour of its own", "[io][palette]") {
    // Credits are the bulk of funding and share its colour on purpose; every other pair must differ visibly.
    const std::vector<std::pair<const char*, palette::Rgb>> meanings = {
        {"today", palette::kToday},       {"AWS", palette::kAws},           {"one-time", palette::kOneTime},
        {"savings", palette::kSavings},   {"funding", palette::kFunding},   {"Assess", palette::kAssess},
        {"Mobilize", palette::kMobilize}, {"Training", palette::kTraining}, {"other run", palette::kOtherRun},
        {"warning", palette::kWarning}};
    for (std::size_t i = 0; i < meanings.size(); ++i)
        for (std::size_t j = i + 1; j < meanings.size(); ++j) {
            INFO(meanings[i].first << " vs " << meanings[j].first);
            CHECK(distance(meanings[i].second, meanings[j].second) >= 60.0);
        }
    CHECK(palette::packed(palette::kCredits) == palette::packed(palette::kFunding));
    // Nothing but failure is red: red clearly dominates only the fail colour.
    for (const auto& [name, c] : meanings) {
        INFO(name);
        CHECK_FALSE((c.r > 180 && c.g < 90 && c.b < 90));
    }
    CHECK((palette::kFail.r > 180 && palette::kFail.g < 90 && palette::kFail.b < 90));
}

TEST_CASE("the palette's hex forms spell the same RGB", "[io][palette]") {
    // 255,153,0 = FF 99 00; 100,116,139 = 64 74 8B.
    CHECK(palette::hexDigits(palette::kAws) == "FF9900");
    CHECK(palette::cssHex(palette::kToday) == "#64748B");
    CHECK(palette::packed(palette::kAws) == 0xFF9900u);
    const std::string css = paletteCss();
    CHECK(css.rfind(":root{--today:#64748B;--aws:#FF9900;", 0) == 0);
    CHECK(css.back() == '}');
    CHECK(css.find("--training:" + palette::cssHex(palette::kTraining) + ";") != std::string::npos);
    // Every exported page carries it.
    CHECK(htmlPageStart("t", "body{}").find(css + "body{}</style>") != std::string::npos);
}

TEST_CASE("the funding phases of the summary (slides, overview) carry their palette colours", "[io][palette]") {
    const auto bytes = est::assets::find("demo_onprem-400-vm.json");
    REQUIRE(bytes);
    const ScenarioLoad load = loadScenario(*bytes, embeddedDefaults().scenario);
    REQUIRE(load.ok());
    const est::model::Result r = est::model::estimate(load.scenario);
    const BusinessCaseSummary sum = summarizeBusinessCase(load.scenario, r);
    REQUIRE(sum.fundingByPhase.size() >= 2);
    for (const SummaryPart& p : sum.fundingByPhase) {
        INFO(p.label);
        if (p.label == "Assess")
            CHECK(p.rgb == palette::packed(palette::kAssess));
        else if (p.label == "Mobilize")
            CHECK(p.rgb == palette::packed(palette::kMobilize));
        else
            CHECK(p.rgb == palette::packed(palette::kCredits));
    }
    CHECK(sum.fundingByPhase[0].rgb != sum.fundingByPhase[1].rgb);
}
