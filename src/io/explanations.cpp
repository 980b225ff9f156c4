// io/explanations.cpp - the words that explain a figure, worded once (see explanations.hpp).
#include "io/explanations.hpp"

#include "model/format.hpp"

#include <utility>

namespace est::io {
namespace {

constexpr std::string_view kPlaceholder =
    "Our inference, not sourced: a placeholder to replace with the customer's figure";
constexpr std::string_view kInference = "Our inference: ";
constexpr std::string_view kNotSourced = "our inference, not sourced";

bool isCost(model::AssumptionUnit unit) {
    return unit == model::AssumptionUnit::Usd || unit == model::AssumptionUnit::UsdPerKwh ||
           unit == model::AssumptionUnit::UsdPerGbMonth;
}

} // namespace

std::string_view checkStatusWord(model::CheckStatus status) {
    switch (status) {
    case model::CheckStatus::Pass:
        return "Pass";
    case model::CheckStatus::Fail:
        return "Fail";
    case model::CheckStatus::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

std::string_view checkWeightWord(bool blocking) {
    return blocking ? "blocks funding" : "guidance: does not block funding";
}

std::string checkToClear(const model::EligibilityCheck& check) {
    return check.status == model::CheckStatus::Pass ? std::string("-") : check.clearText;
}

CheckWords checkWords(const model::EligibilityCheck& check) {
    return {check.id, check.label, checkStatusWord(check.status), checkWeightWord(check.blocking), checkToClear(check)};
}

std::string savingsRangeText(const model::SanityBand& band) {
    return "Sourced range of run-rate savings: " + model::formatPct(-band.lowPct) + " more costly to " +
           model::formatPct(band.highPct) + " less (Hackett Group [13]; the lower edge is our estimate)";
}

std::string savingsCheckText(const model::SanityBand& band) {
    return band.outside && !band.warning.empty() ? "Check: " + band.warning + "." : std::string();
}

std::string warningText(const model::ResultWarning& warning) {
    const model::Assumption* about = warning.path.empty() ? nullptr : model::findAssumption(warning.path);
    return "Check: " + warning.text + (about != nullptr ? " (" + std::string(about->label) + ")" : std::string());
}

std::string sourceForReader(std::string_view source, model::AssumptionUnit unit) {
    const std::string replace =
        isCost(unit) ? "replace it with your rate card or quote" : "replace it with your own figure";
    if (source.substr(0, kPlaceholder.size()) == kPlaceholder) {
        std::string_view rest = source.substr(kPlaceholder.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        return "Our planning figure, not a published one: " + replace +
               (rest.empty() ? std::string() : " " + std::string(rest));
    }
    if (source.substr(0, kInference.size()) == kInference)
        return "Our estimate: " + std::string(source.substr(kInference.size()));
    std::string text(source);
    for (std::size_t at = text.find(kNotSourced); at != std::string::npos; at = text.find(kNotSourced, at))
        text.replace(at, kNotSourced.size(), "our planning figure, not a published one");
    // Elsewhere in a sentence: "our estimate", a word a customer reads without a second thought.
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"Our inference", "Our estimate"},
                                   {"our inference", "our estimate"}})
        for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at))
            text.replace(at, from.size(), to);
    return text;
}

} // namespace est::io
