// ui/widgets.hpp - small reusable widgets: copyable values, headline tiles, money and percent inputs.
#pragma once

#include "app/app_state.hpp"
#include "ui/format.hpp"

#include <string>
#include <vector>

namespace est::ui {

/// Attaches a right-click menu to the last item that copies `shown` or `plain` (a bare number) to the clipboard.
void copyMenu(const char* id, const std::string& shown, const std::string& plain);
/// Text that can be copied with a right click.
void copyableText(const char* id, const std::string& shown, const std::string& plain);
/// One headline figure of a row of tiles: small caption, large value, optional note under it.
struct Tile {
    const char* id = "";                 ///< ImGui id, unique in the row
    std::string caption;                 ///< wrapped to the tile's width, never cut ("..." would hide words)
    std::string value;                   ///< in the large font when it fits the tile, else the body font
    std::string plain;                   ///< the value as a bare number for right-click copy ("" = none)
    std::string note;                    ///< wrapped under the value ("" = none)
    const char* locatorName = nullptr;   ///< names the value for tests (see tileRow)
    const model::Trace* trace = nullptr; ///< non-empty: the value is a link that opens the trace (trace_view.hpp)
    unsigned int accent = 0;             ///< a colour key down the tile's left edge (0 = none)
};
/// `tiles` side by side sharing the region's width, all as tall as the one whose caption and note wrap to the
/// most lines, so every word reads at any window size. Right-click copies a value; a trace's terms are shown in
/// `format`. A tile with a locatorName is named `locatorName` (its value), `locatorName`.box (the tile),
/// `locatorName`.caption and `locatorName`.note (the wrapped text), so a test can check the text lies inside the
/// tile.
void tileRow(const std::vector<Tile>& tiles, const NumberFormat& format);
/// Money input in display currency (>= 0) with the app's separators ("$1,250,000"); `usd` is read and written
/// in USD; typed text may carry the symbol and separators. `decimals` places shown (2-3 for prices per kWh, GB or
/// hour). Returns true on a change this frame (not while the text does not read as a number).
bool inputMoney(const char* label, double& usd, const NumberFormat& f, int decimals = 0);
/// inputMoney for an amount that may be negative (a target net gain).
bool inputSignedMoney(const char* label, double& usd, const NumberFormat& f, int decimals = 0);
/// Moves the cursor so an item `width` pixels wide ends at the right edge of the region (a table cell).
void rightAlignNext(float width);
/// A table's header row (instead of ImGui::TableHeadersRow) with the labels of the columns whose bits are set in
/// `rightAligned` right-aligned over their right-aligned figures.
void tableHeaders(unsigned rightAligned);
/// `text` ending at the right edge of the region (a number in a table cell).
void rightAlignedText(const std::string& text);
/// Money in a table cell: right-aligned so amounts line up by their last digit, right-click copies `plain`.
void moneyCell(const char* id, const std::string& shown, const std::string& plain);
/// Percent input: `share` is a decimal (0.2), edited as 20 %. Returns true on a change this frame.
bool inputPercent(const char* label, double& share, double minPct = -100.0, double maxPct = 100.0);
/// A what-if slider over one registry assumption (percent units), edited as one undo step per drag.
/// Named `locatorName` for tests. Returns true while it changes the scenario.
bool assumptionSlider(app::AppState& state, const char* key, float minPct, float maxPct, const char* locatorName);
/// A help marker "(?)" with a wrapped tooltip.
void helpMarker(const char* text);
/// `text` wrapped to the region's width at spaces only: ImGui's own wrapping also breaks after '.' and ',', which
/// splits "$46.5K" or "$2,000,000" across two lines. `width` in pixels (0 = the region's). One group (named by the
/// caller's next locateLastItem).
void wrappedText(const std::string& text, float width = 0.0f);
/// The lines wrappedText draws for `text` at `width` pixels in the current font (a word wider than `width` keeps
/// a line of its own; "\n" breaks a line).
std::vector<std::string> wrapLines(const std::string& text, float width);
/// A one-sentence answer in the large font, wrapped to the region (the overview's and quick size's headline).
void headlineText(const std::string& text, const char* locatorName);
/// A button as wide as the region, named `locatorName`; its label's own extent is named `locatorName`.label, so a
/// test can check the label is not clipped by a narrow column.
bool wideButton(const char* label, const char* locatorName);
/// What a result that qualifies for nothing shows instead of funding figures: "Not eligible yet", the gap to MAP
/// Lite in dollars a year and the routes that close it (io::NotEligiblePath, the overview's words). The title is
/// named `locatorPrefix`.path, the gap `locatorPrefix`.gapPath, the routes `locatorPrefix`.route0, 1, ...
void notEligiblePath(const io::NotEligiblePath& path, const std::string& locatorPrefix);

/// Colours used by charts and panels, from the one palette of the app and the exports (io/palette.hpp): today /
/// AWS / funding / one-time / savings each their own hue; red means failure only (colourFail).
unsigned int colourToday();
unsigned int colourAws();
unsigned int colourFunding();
unsigned int colourOneTime();
unsigned int colourSavings();
/// Other running costs after the move (subscriptions, operations labour, licences kept).
unsigned int colourOtherRun();
/// AWS funding's phases, each its own hue (not shades of one colour).
enum class FundingPhase { Assess, Mobilize, Credits, Training };
unsigned int colourFundingPhase(FundingPhase phase);
unsigned int colourPass();
/// Borderline results and figures to look at (amber).
unsigned int colourWarning();
unsigned int colourFail();
/// Dark text on a light badge.
unsigned int colourInk();
unsigned int colourMuted();

} // namespace est::ui
