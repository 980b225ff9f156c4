// app/import_summary.cpp - the import card's facts: counts, skipped rows with reasons, notes, proposed retirements.
#include "app/import_summary.hpp"

#include <algorithm>

#include <unordered_set>

namespace est::app {
std::string problemLine(const formats::InputProblem& p) {
    return p.where.empty() ? p.message : p.where + ": " + p.message;
}

void listProblems(const std::vector<formats::InputProblem>& problems, std::size_t limit, std::string_view prefix,
                  std::vector<std::string>& out, std::string_view moreNoun) {
    for (std::size_t i = 0; i < problems.size() && i < limit; ++i)
        out.push_back(std::string(prefix) + problemLine(problems[i]));
    if (problems.size() <= limit) return;
    std::string more = "... and " + std::to_string(problems.size() - limit) + " more";
    if (!moreNoun.empty()) more += " " + std::string(moreNoun);
    out.push_back(std::move(more));
}

std::string countedText(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

ImportSummary summarizeImport(const std::string& fileName, const std::string& source,
                              const io::InventoryImport& inventory, const io::MergeReport& merged) {
    ImportSummary s;
    s.fileName = fileName;
    s.source = source;
    s.added = merged.added;
    s.updated = merged.updated;
    s.unchanged = merged.unchanged;
    s.skipped = merged.skipped;
    listProblems(inventory.problems, kImportLinesListed, "", s.skippedReasons);
    if (inventory.excludedTemplates > 0)
        s.skippedReasons.push_back(
            countedText(inventory.excludedTemplates, "VM template (not a workload)", "VM templates (not workloads)"));
    if (inventory.excludedPlaceholders > 0)
        s.skippedReasons.push_back(countedText(inventory.excludedPlaceholders, "disaster-recovery placeholder",
                                               "disaster-recovery placeholders") +
                                   " (Site Recovery Manager copies of VMs listed elsewhere)");
    listProblems(inventory.notes, kImportLinesListed, "", s.notes);
    s.workloadIds.reserve(inventory.workloads.size());
    for (const io::ImportedWorkload& w : inventory.workloads) s.workloadIds.push_back(w.workload.id);
    return s;
}

ProposedRetirements proposedRetirements(const ImportSummary& summary, const model::Scenario& scenario,
                                        const model::Result& result) {
    ProposedRetirements out;
    if (result.workloads.size() != scenario.workloads.size()) return out;
    const std::unordered_set<std::string> imported(summary.workloadIds.begin(), summary.workloadIds.end());
    for (std::size_t i = 0; i < scenario.workloads.size(); ++i) {
        const model::WorkloadResult& wr = result.workloads[i];
        if (wr.dispositionFromUser || wr.effective != model::Disposition::Retire) continue;
        if (!imported.count(scenario.workloads[i].id)) continue;
        if (wr.reason == model::RecommendationReason::PoweredOff)
            ++out.poweredOff;
        else if (wr.reason == model::RecommendationReason::Idle)
            ++out.idle;
    }
    return out;
}

std::string scenarioNameFromFile(const std::string& fileName) {
    const std::size_t slash = fileName.find_last_of("/\\");
    std::string name = slash == std::string::npos ? fileName : fileName.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    if (dot != std::string::npos && dot > 0) name.erase(dot);
    // A scenario name is read by the customer: "azure_migrate_import" reads "azure migrate import".
    std::replace(name.begin(), name.end(), '_', ' ');
    return name.empty() ? "Imported estate" : name;
}

} // namespace est::app
