// ui/glossary.cpp - the glossary's entries and the hover / window views of them.
#include "ui/glossary.hpp"

#include "ui/widget_locator.hpp"

#include "model/format.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace est::ui {
namespace {

constexpr const char* kMapGuide = "AWS Migration Acceleration Program user guide, Amazon Web Services, "
                                  "https://docs.aws.amazon.com/MAP/latest/userguide/";
constexpr const char* kMapPage = "AWS Migration Acceleration Program, Amazon Web Services, "
                                 "https://aws.amazon.com/migration-acceleration-program/";
constexpr const char* kSevenRs =
    "Migration strategies (the 7 Rs), AWS Prescriptive Guidance, Amazon Web Services, "
    "https://docs.aws.amazon.com/prescriptive-guidance/latest/large-migration-guide/migration-strategies.html";

constexpr GlossaryTerm kTerms[] = {
    {"MAP",
     "The AWS Migration Acceleration Program: AWS funds part of a migration (partner services and credits) "
     "when the move will bring enough AWS spend and runs through an AWS partner in three phases: Assess, "
     "Mobilize, Migrate and Modernize.",
     kMapPage},
    {"MAP Lite",
     "The smaller form of MAP for moves with less AWS spend a year than full MAP needs: fewer phases "
     "and smaller amounts. Its minimum is not published; practitioners report figures that disagree, so "
     "the estimator shows the range and marks it unverified.",
     kMapPage},
    {"Assess",
     "MAP's first phase: the partner sizes the estate and builds the business case (this estimate is a "
     "first version of it). AWS may fund part of the partner's assessment.",
     kMapPage},
    {"Mobilize",
     "MAP's second phase: landing zone, skills and a pilot wave, funded in part by AWS through the "
     "partner, in tranches.",
     kMapPage},
    {"Migrate and Modernize",
     "MAP's third phase: the waves that move the workloads. AWS funds it with credits on "
     "the new spend of tagged resources.",
     kMapPage},
    {"credits",
     "AWS promotional credits that reduce your AWS bill. MAP credits are a share of the spend of "
     "migrated resources carrying the map-migrated tag, for a limited time after each goes live.",
     kMapGuide},
    {"map-migrated",
     "The tag (key map-migrated, value from your MAP agreement) that marks a migrated resource so "
     "its spend counts for MAP credits. Spend before a resource is tagged does not count, and tags "
     "cannot be back-dated.",
     kMapGuide},
    {"AWS spend per year",
     "What the moved workloads will cost on AWS in a year once live (often called projected "
     "ARR, annual recurring revenue, by AWS and partners). MAP funding is based on it.",
     kMapPage},
    {"projected ARR",
     "Projected annual recurring revenue to AWS: your AWS spend per year once the moved workloads "
     "are live. MAP funding is based on it.",
     kMapPage},
    {"Rehost", "Move a server as it is onto an EC2 instance (lift and shift).", kSevenRs},
    {"Replatform", "Move with a few changes, such as a database onto Amazon RDS, a managed service.", kSevenRs},
    {"Refactor", "Rebuild the application for the cloud: the largest effort, the lowest run cost.", kSevenRs},
    {"Repurchase", "Replace the application with a subscription (software as a service).", kSevenRs},
    {"Relocate", "Move VMware virtual machines as they are onto VMware Cloud Foundation hosts on AWS.", kSevenRs},
    {"Retain", "Keep the workload where it is, for now.", kSevenRs},
    {"Retire", "Switch the workload off: it is no longer needed.", kSevenRs},
    {"TCO",
     "Total cost of ownership: everything a workload costs to run (hardware, power, space, storage, "
     "licences, staff), today and on AWS.",
     ""},
    {"one-time cost",
     "What the move itself costs (migration labour, after any services discount), spread over "
     "each wave. Not AWS spend.",
     ""},
    {"dual running", "Months when a workload runs both today and on AWS, while it is tested and cut over.", ""},
    {"payback", "The month the savings since the start have repaid the one-time cost of the move.", ""},
    {"NPV",
     "Net present value: the savings over the horizon, each year discounted at the scenario's rate, less "
     "the one-time cost.",
     ""},
    {"Savings Plan",
     "An AWS commitment to a steady hourly spend for 1 or 3 years in exchange for lower compute "
     "rates. The estimator applies the Compute Savings Plan discount to EC2 only.",
     "Savings Plans, Amazon Web Services, https://aws.amazon.com/savingsplans/compute-pricing/"},
    {"licence included",
     "The AWS price already contains the software licence (Windows, SQL Server, Oracle SE2 on "
     "RDS): nothing is paid to the vendor.",
     ""},
    {"BYOL",
     "Bring your own licence: you keep paying the vendor for a licence you own and use it on AWS, under the "
     "vendor's cloud rules.",
     ""},
    {"Multi-AZ",
     "A database with a standby copy in a second data centre of the region: about twice the price, "
     "the default for production.",
     "Amazon RDS Multi-AZ, Amazon Web Services, https://aws.amazon.com/rds/features/multi-az/"},
    {"host share",
     "The part of a physical host a virtual machine occupies today: the larger of its share of the "
     "host's vCPUs and of its memory. Hardware, power and space follow it.",
     ""},
    {"p95",
     "The 95th percentile: the level a measure (such as CPU use) stays under 95 % of the time. Sizing on it "
     "ignores short peaks.",
     ""},
    {"P10 / P50 / P90",
     "Results of many random runs of the estimate with uncertain inputs: 10 % of runs came out "
     "below P10, half below P50 (the median), 90 % below P90.",
     ""},
    {"wave", "A group of workloads moved together, with its start month, length and dual-running months.", ""},
};

bool sameNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

void definition(const GlossaryTerm& t) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(t.term);
    ImGui::Separator();
    ImGui::TextUnformatted(t.definition);
    if (t.source[0] != '\0') ImGui::TextDisabled("Source: %s", t.source);
    ImGui::PopTextWrapPos();
}

} // namespace

std::span<const GlossaryTerm> glossary() { return kTerms; }

const GlossaryTerm* findTerm(std::string_view term) {
    for (const GlossaryTerm& t : kTerms)
        if (sameNoCase(t.term, term)) return &t;
    return nullptr;
}

const GlossaryTerm* termIn(std::string_view text) {
    auto wordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    const GlossaryTerm* best = nullptr;
    for (const GlossaryTerm& t : kTerms) {
        const std::string_view term(t.term);
        if (best != nullptr && term.size() <= std::string_view(best->term).size()) continue;
        for (std::size_t i = 0; i + term.size() <= text.size(); ++i) {
            if (!sameNoCase(text.substr(i, term.size()), term)) continue;
            const bool startsWord = i == 0 || !wordChar(text[i - 1]);
            const bool endsWord = i + term.size() == text.size() || !wordChar(text[i + term.size()]);
            if (startsWord && endsWord) {
                best = &t;
                break;
            }
        }
    }
    return best;
}

namespace {
bool showDefinition(const GlossaryTerm* t) {
    if (t == nullptr || !ImGui::IsItemHovered()) return false;
    ImGui::BeginTooltip();
    definition(*t);
    ImGui::EndTooltip();
    return true;
}
} // namespace

void defineLastItem(std::string_view term) { showDefinition(findTerm(term)); }

bool defineLastItemIn(std::string_view text) { return showDefinition(termIn(text)); }

void termLabel(const char* text, std::string_view term) {
    ImGui::TextUnformatted(text);
    defineLastItem(term);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.25f);
    ImGui::TextDisabled("(?)");
    defineLastItem(term);
}

void GlossaryWindow::draw() {
    if (!open) return;
    // At least half the screen wide: a narrow window wraps every definition into a column of short lines.
    const float width = std::max(ImGui::GetFontSize() * 34.0f, ImGui::GetIO().DisplaySize.x * 0.5f);
    ImGui::SetNextWindowSize(ImVec2(width, ImGui::GetFontSize() * 30.0f), ImGuiCond_Appearing);
    if (ImGui::Begin("Glossary", &open, ImGuiWindowFlags_NoCollapse)) {
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::InputTextWithHint("##filter", "Find a term", filter, sizeof filter);
        locateLastItem("glossary.filter");
        const std::string_view wanted(filter);
        for (const GlossaryTerm& t : kTerms) {
            if (!wanted.empty()) {
                const std::string haystack = std::string(t.term) + " " + t.definition;
                if (!model::containsIgnoreCase(haystack, wanted)) continue;
            }
            ImGui::Spacing();
            definition(t);
            locateLastItem(std::string("glossary.") + t.term);
        }
    }
    ImGui::End();
}

} // namespace est::ui
