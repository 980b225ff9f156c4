// tests/app/open_file_test.cpp - the one front door: each kind of dropped file reaches its reader; a billing export
// is named in a notice and changes nothing.
#include "app/open_file.hpp"
#include "formats/zip_writer.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace est;

TEST_CASE("a dropped CUR 2.0 export is named in a notice and changes nothing", "[app][open]") {
    app::AppState state = test::engineState();
    const model::Scenario before = state.scenario;
    const long revision = state.revision;
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened = app::openFile(
        state, "bill_payer_account_id,line_item_usage_account_id,line_item_unblended_cost\n111122223333,111122223333,1.5\n",
        "export-00001.csv", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::BillingCur2);
    CHECK_FALSE(opened.outcome.ok);
    CHECK_FALSE(pending); // before the sniff, this header opened the column-mapping editor
    CHECK(state.revision == revision);
    CHECK(state.scenario == before);
    REQUIRE_FALSE(state.notices.empty());
    CHECK(state.notices.back().level == app::Notice::Level::Info);
    CHECK(state.notices.back().text ==
          "export-00001.csv is an AWS billing export (CUR 2.0). This version of the estimator does not read billing "
          "exports yet: the MAP credit tracker will. Nothing was changed.");
}

TEST_CASE("the billing notice names the FOCUS version and the container", "[app][open]") {
    io::SniffResult focus{io::FileKind::BillingFocus, io::Container::Plain, "FOCUS 1.2"};
    CHECK(app::billingExportNotice("f.csv", focus).rfind("f.csv is an AWS billing export (FOCUS 1.2).", 0) == 0);
    io::SniffResult cur{io::FileKind::BillingCur, io::Container::Zip, {}};
    CHECK(app::billingExportNotice("r.csv.zip", cur).rfind("r.csv.zip is an AWS billing export (CUR, zipped).", 0) == 0);
}

TEST_CASE("a dropped partner theme is applied and the estate is left alone", "[app][open]") {
    app::AppState state = test::engineState();
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened =
        app::openFile(state, R"({"partnerName":"Acme Cloud","accentColor":"#0073BB"})", "acme.json", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::PartnerThemeJson);
    CHECK(opened.outcome.ok);
    CHECK(state.partner.name == "Acme Cloud");
    CHECK(state.notices.back().text == "Partner theme \"Acme Cloud\" applied.");
}

TEST_CASE("a .json the app does not know goes to the scenario reader, which says what is wrong", "[app][open]") {
    app::AppState state = test::engineState();
    const model::Scenario before = state.scenario;
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened = app::openFile(state, "[1, 2]", "list.json", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::Unknown);
    CHECK_FALSE(opened.outcome.ok);
    CHECK(state.scenario == before);
    CHECK_FALSE(opened.outcome.messages.empty());
}

TEST_CASE("a ZIP that is no workbook still reaches the inventory importer, which refuses it", "[app][open]") {
    app::AppState state = test::engineState();
    formats::ZipWriter zip;
    zip.add("notes.txt", "hello");
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened = app::openFile(state, zip.finish(), "notes.zip", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::Unknown);
    CHECK_FALSE(opened.outcome.ok);
    CHECK(state.scenario.workloads.empty());
}
