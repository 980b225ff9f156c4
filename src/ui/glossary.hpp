// ui/glossary.hpp - the words a buyer meets in the estimator, each defined once: hover definitions and Help > Glossary.
#pragma once

#include <span>
#include <string_view>

namespace est::ui {

struct GlossaryTerm {
    const char* term;       ///< as the panels print it ("MAP Lite", "p95")
    const char* definition; ///< one or two plain sentences
    const char* source;     ///< the public document it follows ("" = the estimator's own word)
};

/// Every term, in reading order (the program first, then costs, then statistics).
std::span<const GlossaryTerm> glossary();
/// The entry for `term` (exact, case-insensitive), or nullptr.
const GlossaryTerm* findTerm(std::string_view term);

/// The longest glossary term that appears in `text` as whole words ("3. Migrate & Modernize credits" ->
/// "credits"), or nullptr.
const GlossaryTerm* termIn(std::string_view text);

/// Shows `term`'s definition while the last item is hovered (a tooltip that wraps, with its source).
void defineLastItem(std::string_view term);
/// The same for the term found in `text` (termIn); returns true when a definition is shown.
bool defineLastItemIn(std::string_view text);
/// Text followed by a small "(?)" that defines `term` on hover: for labels that are the term itself.
void termLabel(const char* text, std::string_view term);

/// Help > Glossary: every term with a filter. `open` is cleared when the window is closed.
struct GlossaryWindow {
    bool open = false;    ///< shown; Help > Glossary sets it, the window's close button clears it
    char filter[64] = {}; ///< what the reader typed in "Find a term"
    void draw();
};

} // namespace est::ui
