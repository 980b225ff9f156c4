// app/requests.hpp - what the user asked for that only the platform can do (files, downloads, links), queued by views.
#pragma once

#include <string>

namespace est::app {

/// Report kinds the Share with your CFO and Export menus offer.
/// UntaggedResourcesCsv: the credit tracker's untagged resources, the CSV a cloud team feeds to a tagging script.
enum class ExportKind {
    ScenarioJson,
    ResultJson,
    SeriesCsv,
    Html,
    Xlsx,
    TaggingPlanCsv,
    ExecutiveSummary,
    UntaggedResourcesCsv
};

/// Requests set by the views during a frame and carried out by the platform after it. Cleared by take().
struct Requests {
    bool openScenario = false;     ///< show the file picker for a scenario (.json) or an inventory
    bool importInventory = false;  ///< show the file picker for an inventory (CSV / xlsx)
    bool pickLogo = false;         ///< show the file picker for the partner's logo (PNG, JPEG, SVG)
    bool openBillingFiles = false; ///< show the file picker for AWS billing exports (the credit tracker)
    bool saveScenario = false;     ///< download the scenario as JSON (Ctrl+S)
    bool exportReport = false;
    ExportKind exportKind = ExportKind::ScenarioJson;
    bool exportFromQuickSize = false; ///< export the quick size's answers, not the workspace's scenario
    bool shareLink = false;           ///< put the scenario in the URL fragment and copy the link
    bool shareFromQuickSize = false;  ///< the same with the quick size's answers, leaving the workspace alone
    std::string recoverKey;           ///< reopen the kept work stored under this key (File > Recover); "" = none
    std::string demo;                 ///< asset name of a demo scenario to open ("" = none)
    /// Returns the pending requests and clears them.
    Requests take() {
        Requests out = *this;
        *this = Requests{};
        return out;
    }
};

} // namespace est::app
