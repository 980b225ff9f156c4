// tests/app/open_file_test.cpp - the one front door: each kind of dropped file reaches its reader (billing exports:
// tests/app/tracker_state_test.cpp).
#include "app/open_file.hpp"
#include "formats/zip_writer.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace est;

TEST_CASE("a dropped partner theme is applied and the estate is left alone", "[app][open]") {
    app::AppState state = test::engineState();
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened = app::openFile(state, R"({"partnerName":"Acme Cloud","accentColor":"#0073BB"})",
                                                 "acme.json", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::PartnerThemeJson);
    CHECK(opened.outcome.ok);
    CHECK(opened.touched == app::OpenedFile::Touched::Brand); // the view stays where it is
    CHECK_FALSE(opened.estateReplaced);
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
    CHECK(opened.touched == app::OpenedFile::Touched::Estate);
    CHECK_FALSE(opened.estateReplaced); // refused: the overview does not show a story that did not change
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

TEST_CASE("an inventory that brings an estate says so, for the view to show its story", "[app][open]") {
    app::AppState state = test::engineState();
    std::optional<app::PendingImport> pending;
    const std::string csv = "VM,CPUs,Memory MB,Provisioned MB,Powerstate,OS according to the VMware Tools\n"
                            "web-1,2,8192,102400,poweredOn,Ubuntu Linux (64-bit)\n";
    const app::OpenedFile opened = app::openFile(state, csv, "vinfo.csv", pending, "2026-12-06");
    REQUIRE(opened.outcome.ok);
    CHECK(opened.touched == app::OpenedFile::Touched::Estate);
    CHECK(opened.estateReplaced);
    CHECK(state.scenario.workloads.size() == 1);
}
