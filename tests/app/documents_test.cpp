// tests/app/documents_test.cpp - file actions: bad files never lose the current scenario; imports merge by id.
#include "app/documents.hpp"
#include "io/scenario_json.hpp"
#include "formats/xlsx_reader.hpp"
#include "model/engine.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace est::app;

namespace {

// Three VMs in RVTools 4.x vInfo shape (header cells verbatim from formats.md 1.2, trimmed to what is needed).
const char* kVInfo =
    "VM,Powerstate,Template,SRM Placeholder,CPUs,Memory,Provisioned MiB,In Use MiB,OS according to the configuration "
    "file,"
    "Host,Cluster,VM UUID\r\n"
    "web-01,poweredOn,False,False,2,\"8,192\",\"102,400\",\"51,200\",Microsoft Windows Server 2019 (64-bit),esx1,c1,"
    "4201-aaaa\r\n"
    "db-01,poweredOn,False,False,8,32768,512000,256000,Red Hat Enterprise Linux 8 (64-bit),esx1,c1,4201-bbbb\r\n"
    "old-01,poweredOff,False,False,1,2048,40960,1024,CentOS 7 (64-bit),esx2,c1,4201-cccc\r\n";
} // namespace

TEST_CASE("a scenario file that does not load leaves the current scenario and says why", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "keep me";
    const long revision = state.revision;
    const ActionOutcome out = openScenario(state, "{\"workloads\": [ {\"vcpu\": \"many\"", "broken.json");
    CHECK_FALSE(out.ok);
    CHECK(state.scenario.settings.name == "keep me");
    CHECK(state.revision == revision);
    REQUIRE(out.messages.size() >= 2);
    CHECK(out.messages[0].find("broken.json was not opened") == 0);
    CHECK(state.notices.back().level == Notice::Level::Error);
}

TEST_CASE("opening a saved scenario brings it back and undo returns to the previous one", "[app]") {
    AppState state = est::test::engineState();
    est::model::Scenario saved = state.defaults;
    saved.settings.name = "Round trip";
    const std::string json = est::io::saveScenario(saved);
    REQUIRE(openScenario(state, json, "rt.json").ok);
    CHECK(state.scenario.settings.name == "Round trip");
    REQUIRE(state.undo());
    CHECK(state.scenario.settings.name == state.defaults.settings.name);
}

TEST_CASE("an RVTools vInfo CSV imports into the estate as one undoable step", "[app]") {
    AppState state = est::test::engineState();
    const ActionOutcome out = importInventory(state, kVInfo, "vinfo.csv");
    INFO(out.messages.front());
    REQUIRE(out.ok);
    REQUIRE(state.scenario.workloads.size() == 3);
    CHECK(state.scenario.workloads[0].name == "web-01");
    CHECK(state.scenario.workloads[0].ramGb == 8.0); // "8,192" MiB / 1024
    CHECK(out.messages[0].find("imported 3 workloads") != std::string::npos);
    state.recomputeIfDirty();
    CHECK(state.result.ok());
    REQUIRE(state.undo());
    CHECK(state.scenario.workloads.empty());
}

TEST_CASE("importing the same inventory twice updates by id instead of duplicating", "[app]") {
    AppState state = est::test::engineState();
    REQUIRE(importInventory(state, kVInfo, "vinfo.csv").ok);
    state.edit("Set wave", EditScope::Workloads,
               [](est::model::Scenario& s) { s.workloads[1].disposition = est::model::Disposition::Retire; });
    REQUIRE(importInventory(state, kVInfo, "vinfo.csv").ok);
    CHECK(state.scenario.workloads.size() == 3);
    CHECK(state.scenario.workloads[1].disposition == est::model::Disposition::Retire); // kept by the merge
}

TEST_CASE("an import's card counts what came in, what was skipped and why, and the retirements it proposes", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "before";
    // kVInfo plus a template (not a workload) and a row whose CPU count is not a number (skipped with its line).
    const std::string file = std::string(kVInfo) +
                             "tmpl-01,poweredOff,True,False,2,4096,40960,0,CentOS 7 (64-bit),esx1,c1,4201-dddd\r\n"
                             "bad-01,poweredOn,False,False,many,4096,40960,0,CentOS 7 (64-bit),esx1,c1,4201-eeee\r\n";
    REQUIRE(importInventory(state, file, "RVTools_export_vInfo.csv").ok);
    // The estate was empty: the scenario takes the file's name, without its extension.
    CHECK(state.scenario.settings.name == "RVTools export vInfo");
    CHECK(state.notices.size() == 1); // the summary line; the details are on the card
    REQUIRE(state.lastImport);
    const ImportSummary& card = *state.lastImport;
    CHECK(card.fileName == "RVTools_export_vInfo.csv");
    CHECK(card.added == 3);
    CHECK(card.imported() == 3);
    CHECK(card.skipped == 2); // the template and the bad row
    REQUIRE(card.skippedReasons.size() == 2);
    CHECK(card.skippedReasons[0].find("line 6") == 0); // header = line 1, bad-01 is the 5th data row
    CHECK(card.skippedReasons[1] == "1 VM template (not a workload)");
    state.recomputeIfDirty();
    // old-01 is powered off: the engine proposes to retire it; web-01 and db-01 move.
    const ProposedRetirements retire = proposedRetirements(card, state.scenario, state.result);
    CHECK(retire.poweredOff == 1);
    CHECK(retire.idle == 0);
    // A second import into the estate keeps the scenario's name; undoing it drops below the card's depth.
    state.scenario.settings.name = "Acme estate";
    REQUIRE(importInventory(state, kVInfo, "other.csv").ok);
    CHECK(state.scenario.settings.name == "Acme estate");
    const std::size_t depth = state.lastImport->undoDepth;
    REQUIRE(state.undo());
    CHECK(state.history().undoDepth() < depth);
    // Another estate replaces the card.
    state.replace(state.defaults, "New scenario");
    CHECK_FALSE(state.lastImport);
}

TEST_CASE("a scenario is named after the imported file without its folder or extension", "[app]") {
    CHECK(scenarioNameFromFile("RVTools_export_vInfo.csv") == "RVTools export vInfo"); // underscores read as spaces
    CHECK(scenarioNameFromFile("C:\\exports\\estate.2026.xlsx") == "estate.2026");
    CHECK(scenarioNameFromFile(".csv") == ".csv"); // a name that is only an extension is kept whole
    CHECK(scenarioNameFromFile("") == "Imported estate");
}

TEST_CASE("an Azure Migrate import names its format once, and the scenario reads without underscores", "[app]") {
    std::ifstream in(std::string(EST_IO_TEST_DATA) + "/azure_migrate_import.csv", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    AppState state = est::test::engineState();
    const ActionOutcome out = importInventory(state, bytes.str(), "azure_migrate_import.csv");
    REQUIRE(out.ok);
    REQUIRE_FALSE(out.messages.empty());
    // "(Azure Migrate import, Azure Migrate import CSV)" said the format twice.
    CHECK(out.messages.front().find("(Azure Migrate import)") != std::string::npos);
    CHECK(state.scenario.settings.name == "azure migrate import");
}

TEST_CASE("a file that is not an inventory is refused and the estate is unchanged", "[app]") {
    AppState state = est::test::engineState();
    const ActionOutcome out = importInventory(state, "just some words\nno columns here\n", "notes.txt");
    CHECK_FALSE(out.ok);
    CHECK(state.scenario.workloads.empty());
    CHECK_FALSE(state.history().canUndo());
}

TEST_CASE("exports carry the scenario name in the file name and refuse an invalid scenario", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "Acme: move 2027!";
    std::vector<std::string> messages;
    const Download json = exportFile(state, ExportKind::ScenarioJson, messages);
    CHECK(json.fileName == "acme-move-2027.json");
    CHECK(json.bytes.find("Acme: move 2027!") != std::string::npos);
    state.scenario.settings.horizonYears = -1;
    state.dirty = true;
    state.recomputeIfDirty();
    const Download html = exportFile(state, ExportKind::Html, messages);
    CHECK(html.bytes.empty());
    CHECK_FALSE(messages.empty());
}

TEST_CASE("the business case exports as a workbook with its five sheets", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "Acme";
    std::vector<std::string> messages;
    const Download xlsx = exportFile(state, ExportKind::Xlsx, messages);
    CHECK(messages.empty());
    CHECK(xlsx.fileName == "acme-business-case.xlsx");
    CHECK(xlsx.mime == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    std::vector<est::formats::InputProblem> problems;
    const std::vector<std::string> sheets = est::formats::readXlsxSheetNames(xlsx.bytes, problems);
    CHECK(problems.empty());
    CHECK(sheets ==
          std::vector<std::string>{"Summary", "Estate", "Series", "Assumptions", "Waves", "Tagging plan", "Sources"});
}

TEST_CASE("the executive summary carries the partner theme and the date it was made", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "Acme";
    state.scenario.settings.customerName = "Acme Retail";
    PartnerTheme theme;
    theme.name = "Partner & Co";
    state.setPartner(theme);
    std::vector<std::string> messages;
    const Download summary = exportFile(state, ExportKind::ExecutiveSummary, messages, "2026-12-02");
    CHECK(messages.empty());
    CHECK(summary.fileName == "acme-executive-summary.html");
    CHECK(summary.mime == "text/html");
    CHECK(summary.bytes.find("Prepared for Acme Retail by Partner &amp; Co on 2 December 2026") != std::string::npos);
}

TEST_CASE("the quick size's summary is made from its answers and leaves the workspace alone", "[app]") {
    AppState state = est::test::engineState();
    state.recomputeIfDirty();
    const std::size_t workloadsBefore = state.scenario.workloads.size();
    const long revisionBefore = state.revision;
    std::vector<std::string> messages;
    const Download summary = exportQuickSizeSummary(state, messages, "2026-12-02");
    CHECK(messages.empty());
    CHECK(summary.fileName == "quick-size-executive-summary.html");
    REQUIRE_FALSE(state.quick.headline.empty());
    CHECK(summary.bytes.find("Add your estate") == std::string::npos);
    CHECK(state.scenario.workloads.size() == workloadsBefore);
    CHECK(state.revision == revisionBefore);
}

TEST_CASE("the summary's download notice says it is a web page to print, never a page count", "[app]") {
    const Download summary{"quick-size-executive-summary.html", "text/html", "<html></html>"};
    const std::string notice = downloadNotice(summary, ExportKind::ExecutiveSummary);
    CHECK(notice.find("quick-size-executive-summary.html") != std::string::npos);
    CHECK(notice.find("web page") != std::string::npos);
    CHECK(notice.find("print it to PDF") != std::string::npos);
    CHECK(notice.find("page") == notice.find("web page") + 4); // "two pages" or "one page" would be a second "page"
    CHECK(downloadNotice({"acme.csv", "text/csv", "x"}, ExportKind::SeriesCsv) == "Downloaded acme.csv.");
}

TEST_CASE("the quick size's share link carries its answers and leaves the workspace alone", "[app]") {
    AppState state = est::test::engineState();
    state.quick.inputs.servers = 7;
    state.quick.inputs.databases = 2;
    state.recomputeIfDirty();
    const std::size_t workloadsBefore = state.scenario.workloads.size();
    const long revisionBefore = state.revision;
    const est::io::ScenarioLoad shared = est::io::loadScenario(quickSizeShareJson(state));
    REQUIRE(shared.ok());
    CHECK(shared.scenario.workloads.size() == 9); // 7 servers + 2 databases
    CHECK(state.scenario.workloads.size() == workloadsBefore);
    CHECK(state.revision == revisionBefore);
}

TEST_CASE("every demo scenario in the menu opens and estimates without errors", "[app]") {
    AppState state = est::test::engineState();
    const auto demos = demoScenarios();
    CHECK(demos.size() == 3);
    for (const auto& [file, title] : demos) {
        INFO(file);
        const ActionOutcome out = openDemo(state, file);
        INFO((out.messages.empty() ? std::string() : out.messages.front()));
        REQUIRE(out.ok);
        state.recomputeIfDirty();
        CHECK(state.result.ok());
        CHECK_FALSE(state.scenario.workloads.empty());
    }
}

TEST_CASE("the MAP tagging plan exports as CSV, most expensive workload first", "[app]") {
    AppState state = est::test::engineState();
    state.scenario.settings.name = "Acme";
    std::vector<std::string> messages;
    const Download csv = exportFile(state, ExportKind::TaggingPlanCsv, messages);
    CHECK(messages.empty());
    CHECK(csv.fileName == "acme-tagging-plan.csv");
    CHECK(csv.mime == "text/csv");
    CHECK(csv.bytes.rfind("resource,workload_id,wave,", 0) == 0);
}
