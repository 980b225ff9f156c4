// ui/trace_view.hpp - "explain this number": a figure drawn as a link that opens its formula trace.
#pragma once

#include "model/result.hpp"
#include "ui/format.hpp"

#include <functional>
#include <string>

namespace est::ui {

/// A trace term's value as text in the display format: "USD" money, "USD/month" money + "/month", "%" a share
/// as percent, "" a flag (yes / no), anything else a number with its unit.
std::string traceTermText(const model::TraceTerm& term, const NumberFormat& f);

/// The trace as plain text for the clipboard: title, formula, one "label: value" line per term, the notes.
std::string traceText(const model::Trace& trace, const NumberFormat& f);

/// The body of a trace (title, formula, terms table, notes, Copy button), drawn inline. Items are named
/// `locatorPrefix` + ".formula" / ".copy" for tests when the prefix is not empty. `fixedWidth`: fixed column
/// widths (for auto-sized popups); otherwise the table and text fill the available width. `shown`, the figure
/// as displayed, makes the first line a sentence ("Mobilize funding is $26,400."); terms repeated in the trace
/// are listed once.
void drawTraceBody(const model::Trace& trace, const NumberFormat& f, const std::string& locatorPrefix = {},
                   bool fixedWidth = false, const std::string& shown = {});

/// `shown` as a clickable value (underlined on hover); a click opens a popup with the trace. Right-click copies
/// `shown` / `plain`. With an empty trace the value is plain copyable text. The value is named `locatorName` and
/// `locatorName` + ".trace" (the popup's items `locatorName` + ".trace.formula" / ".trace.copy").
/// `large` draws the value in the large font. Returns true on the frame the popup opens.
bool traceValue(const char* id, const std::string& shown, const std::string& plain, const model::Trace& trace,
                const NumberFormat& f, const char* locatorName = nullptr, bool large = false);

/// As traceValue, for a figure whose trace is costly to make (one per row of a table): `traceOf` is called only
/// on the click that opens the popup and while it is open, never for a figure nobody clicked. The value is always
/// a link. `traceOf` returns a trace the caller keeps (e.g. a TraceOnDemand) for as long as the popup is open.
bool traceValueOnDemand(const char* id, const std::string& shown, const std::string& plain,
                        const std::function<const model::Trace&()>& traceOf, const NumberFormat& f,
                        const char* locatorName = nullptr);

/// The one trace a table keeps for its open popup: made for `key` (a row) and a result revision, again only when
/// either changes. A table has at most one trace popup open, so one is enough.
class TraceOnDemand {
public:
    /// The trace of `key` as of `resultRevision`, made by `make` unless already held.
    const model::Trace& get(std::size_t key, long resultRevision, const std::function<model::Trace()>& make);

private:
    std::size_t m_key = static_cast<std::size_t>(-1);
    long m_resultRevision = -1;
    model::Trace m_trace;
};

} // namespace est::ui
