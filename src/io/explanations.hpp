// io/explanations.hpp - the words that explain a figure, worded once: a check's status and weight, what clears it,
// the run-rate savings band and its warning, where an assumption comes from. The workbook, the detailed appendix
// and the executive summary call these, in the words the app's panels show, so a reader never meets the same
// thing said two ways. (The reasons for money left on the table are model::leftOnTableLines, the checks' labels
// and clearing steps model's EligibilityCheck: one place each already.)
#pragma once

#include "model/assumptions.hpp"
#include "model/result.hpp"

#include <string>
#include <string_view>

namespace est::io {

/// "Pass", "Fail", "Unknown": a check's status column.
std::string_view checkStatusWord(model::CheckStatus status);

/// "blocks funding", or "guidance: does not block funding" (the app shows only the latter, under the check).
std::string_view checkWeightWord(bool blocking);

/// What would clear a check: "-" once it passes, else its clearing step.
std::string checkToClear(const model::EligibilityCheck& check);

/// One eligibility check in the words of every place that lists it (the Eligibility panel, the workbook's
/// Summary, the detailed appendix): the same label, status, weight and clearing step, each worded once.
struct CheckWords {
    std::string id;          ///< the check's id ("arr_min"), for matching a row to its check
    std::string label;       ///< what is checked
    std::string_view status; ///< checkStatusWord
    std::string_view weight; ///< checkWeightWord (the app and the appendix show it only for guidance)
    std::string toClear;     ///< checkToClear
};

/// `check` worded for a reader (see CheckWords).
CheckWords checkWords(const model::EligibilityCheck& check);

/// "Sourced range of run-rate savings: 20.0 % more costly to 47.0 % less (Hackett Group [13]; the lower edge is
/// our estimate)".
std::string savingsRangeText(const model::SanityBand& band);

/// "Check: Run-rate savings of 60.0 % are above ..." ("" inside the band), as the TCO panel words it.
std::string savingsCheckText(const model::SanityBand& band);

/// A result's warning as the panels word it: "Check: <text>" (the Funding panel's "Check: ..." lines), followed
/// by " (Analysis horizon)" when it concerns one assumption: its label, never its registry key.
std::string warningText(const model::ResultWarning& warning);

/// The warnings the Funding panel shows under the ladder, in its order.
inline constexpr const char* kFundingWarningIds[] = {"arr_differs_from_sized", "funding_above_typical"};

/// Where an assumption's default comes from, for a customer's eyes: the ledger's text, with the repository's
/// "Our inference, not sourced: a placeholder ..." said as what the figure is and who should replace it
/// ("Our planning figure, not a published one: replace it with your rate card or quote (...)"); a cost asks for
/// a rate card or quote, any other figure for the customer's own. "our inference" elsewhere reads "our estimate".
std::string sourceForReader(std::string_view ledgerSource, model::AssumptionUnit unit);

} // namespace est::io
