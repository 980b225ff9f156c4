// tests/app/tracker_state_test.cpp - the credit tracker in the app: files added whole or in chunks, removed, undone,
// cancelled and refused without losing what was there; the MPE ID from the scenario; the plan's forecast.
#include "app/open_file.hpp"
#include "app/tracker_state.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace est;

namespace {

const char* const kHeader =
    "bill/PayerAccountId,bill/BillingPeriodStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
    "lineItem/UsageStartDate,lineItem/ProductCode,lineItem/UsageType,lineItem/Operation,lineItem/ResourceId,"
    "lineItem/UnblendedCost,lineItem/LineItemDescription,product/productFamily,resourceTags/user:map-migrated,"
    "resourceTags/user:Name\n";

// January 2026, one account: a tagged EC2 instance (100), an untagged one (40), the tagged instance's data transfer (7,
// never eligible) and a MAP credit of 25 for agreement 12345. Eligible 100 + 40 = 140, of which tagged 100.
std::string january() {
    std::string csv(kHeader); // appended, not `std::string + literal`, which trips GCC 12's -Wrestrict false positive
    return csv +=
           "111122223333,2026-01-01T00:00:00Z,111122223333,Usage,2026-01-05T00:00:00Z,AmazonEC2,BoxUsage:m5.large,"
           "RunInstances,i-web,100,,Compute Instance,mig12345,web\n"
           "111122223333,2026-01-01T00:00:00Z,111122223333,Usage,2026-01-05T00:00:00Z,AmazonEC2,BoxUsage:m5.large,"
           "RunInstances,i-db,40,,Compute Instance,,db\n"
           "111122223333,2026-01-01T00:00:00Z,111122223333,Usage,2026-01-05T00:00:00Z,AmazonEC2,"
           "USE1-DataTransfer-Out-Bytes,RunInstances,i-web,7,,Data Transfer,mig12345,web\n"
           "111122223333,2026-01-01T00:00:00Z,111122223333,Credit,2026-01-31T00:00:00Z,AmazonEC2,,,,-25,"
           "AWS Migration Acceleration Program credit MPE12345,,,\n";
}

// February 2026: an untagged RDS database (60). With January: eligible 200, tagged 100, untagged 100.
std::string february() {
    std::string csv(kHeader);
    return csv += "111122223333,2026-02-01T00:00:00Z,111122223333,Usage,2026-02-03T00:00:00Z,AmazonRDS,"
                  "InstanceUsage:db.m5.large,CreateDBInstance,db-orders,60,,Database Instance,,orders\n";
}

app::TrackerState withJanuary(const std::string& mpe = "12345") {
    app::TrackerState tracker;
    tracker.setMpeId(mpe);
    REQUIRE(tracker.readWhole("jan.csv", january()).added);
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    return tracker;
}

} // namespace

TEST_CASE("a billing file read whole is one undo step, with its figures", "[app][tracker]") {
    app::TrackerState tracker = withJanuary();
    REQUIRE(tracker.files().size() == 1);
    CHECK(tracker.files()[0].identity.fileName == "jan.csv");
    const model::TrackerTotals& t = tracker.result().totals;
    CHECK(t.eligibleUsd == Approx(140.0)); // 100 + 40; the data transfer (7) is not eligible
    CHECK(t.taggedEligibleUsd == Approx(100.0));
    CHECK(t.untaggedEligibleUsd == Approx(40.0));
    CHECK(t.mapCreditsUsd == Approx(25.0)); // credits are positive
    REQUIRE(tracker.result().untaggedResources.size() == 1);
    CHECK(tracker.result().untaggedResources[0].resourceId == "i-db");
    CHECK(tracker.undoLabel() == "Add jan.csv");

    CHECK(tracker.undo());
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.empty());
    CHECK(tracker.result().totals.eligibleUsd == 0.0);
    CHECK(tracker.redoLabel() == "Add jan.csv");
    CHECK(tracker.redo());
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.result().totals.eligibleUsd == Approx(140.0));
}

TEST_CASE("removing a file takes its spend out, and undo brings it back", "[app][tracker]") {
    app::TrackerState tracker = withJanuary();
    REQUIRE(tracker.readWhole("feb.csv", february()).added);
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.result().totals.eligibleUsd == Approx(200.0));         // 140 + 60
    CHECK(tracker.result().totals.untaggedEligibleUsd == Approx(100.0)); // 40 + 60

    CHECK_FALSE(tracker.removeFile(2)); // no third file
    REQUIRE(tracker.removeFile(0));
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    REQUIRE(tracker.files().size() == 1);
    CHECK(tracker.files()[0].identity.fileName == "feb.csv");
    CHECK(tracker.result().totals.eligibleUsd == Approx(60.0));
    CHECK(tracker.result().totals.mapCreditsUsd == 0.0);
    CHECK(tracker.undoLabel() == "Remove jan.csv");

    REQUIRE(tracker.undo());
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.files().size() == 2);
    CHECK(tracker.result().totals.eligibleUsd == Approx(200.0));

    REQUIRE(tracker.clear());
    CHECK(tracker.empty());
    CHECK(tracker.undoLabel() == "Remove every billing file");
    CHECK(tracker.undo());
    CHECK(tracker.files().size() == 2);
}

TEST_CASE("Remove every file empties the tracker", "[app][tracker]") {
    app::TrackerState tracker = withJanuary();
    const long generation = tracker.generation();
    REQUIRE(tracker.clear());
    CHECK(tracker.empty());
    CHECK(tracker.generation() == generation + 1);
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.result().totals.eligibleUsd == 0.0);
    CHECK_FALSE(tracker.clear()); // nothing left to remove
}

TEST_CASE("a file that fails leaves the tracker as it was and names the file", "[app][tracker]") {
    app::TrackerState tracker = withJanuary();
    const long generation = tracker.generation();
    // A CUR header without any cost column.
    const app::TrackerFileOutcome bad = tracker.readWhole(
        "broken.csv", "bill/PayerAccountId,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/ProductCode\n"
                      "111122223333,111122223333,Usage,AmazonEC2\n");
    CHECK_FALSE(bad.added);
    CHECK(bad.error.find("broken.csv") != std::string::npos);
    CHECK(bad.error.find("cost column") != std::string::npos);
    CHECK(tracker.generation() == generation);
    CHECK(tracker.files().size() == 1);
    CHECK(tracker.undoLabel() == "Add jan.csv"); // no step for the file that failed
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.result().totals.eligibleUsd == Approx(140.0));
}

TEST_CASE("a file streamed in small chunks gives the figures of the whole file, progress counts rows and bytes",
          "[app][tracker]") {
    const std::string bytes = january();
    app::TrackerState tracker;
    tracker.setMpeId("12345");
    tracker.beginFile("jan.csv", bytes.size(), 2, 3);
    REQUIRE(tracker.loading());
    CHECK(tracker.loading()->fileNumber == 2);
    CHECK(tracker.loading()->fileCount == 3);
    CHECK(tracker.loading()->bytesLeft() == bytes.size());
    // 7-byte chunks cut rows, cells and numbers in the middle.
    for (std::size_t at = 0; at < bytes.size(); at += 7) REQUIRE(tracker.feed(std::string_view(bytes).substr(at, 7)));
    CHECK(tracker.loading()->bytesRead == bytes.size());
    CHECK(tracker.loading()->bytesLeft() == 0);
    const app::TrackerFileOutcome done = tracker.finishFile();
    CHECK(done.added);
    CHECK(done.rows == 4);
    CHECK_FALSE(tracker.loading());
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.result().totals.eligibleUsd == Approx(140.0));
    CHECK(tracker.result().totals.mapCreditsUsd == Approx(25.0));
}

TEST_CASE("Cancel drops the file being read and keeps the files read before it", "[app][tracker]") {
    app::TrackerState tracker = withJanuary();
    const std::string bytes = february();
    tracker.beginFile("feb.csv", bytes.size());
    REQUIRE(tracker.feed(std::string_view(bytes).substr(0, bytes.size() / 2)));
    tracker.requestCancel();
    CHECK(tracker.loading()->cancelRequested);
    CHECK_FALSE(tracker.feed(std::string_view(bytes).substr(bytes.size() / 2))); // the reader stops at the next chunk
    tracker.cancelFile();
    CHECK_FALSE(tracker.loading());
    tracker.refresh(model::Scenario{}, model::Result{}, 0);
    CHECK(tracker.files().size() == 1);
    CHECK(tracker.result().totals.eligibleUsd == Approx(140.0));
    CHECK(tracker.undoLabel() == "Add jan.csv");
}

TEST_CASE("the agreement comes from the scenario's MAP tag unless one is typed, another agreement earns nothing",
          "[app][tracker]") {
    app::TrackerState tracker;
    REQUIRE(tracker.readWhole("jan.csv", january()).added);
    model::Scenario scenario;
    scenario.program.tagValue = "mig12345";
    tracker.refresh(scenario, model::Result{}, 0);
    CHECK(tracker.effectiveMpeId() == "12345");
    CHECK(tracker.result().totals.taggedEligibleUsd == Approx(100.0));
    CHECK(tracker.result().totals.mapCreditsUsd == Approx(25.0));

    tracker.setMpeId("99999");
    CHECK(tracker.refresh(scenario, model::Result{}, 0));
    CHECK(tracker.effectiveMpeId() == "99999");
    CHECK(tracker.result().totals.taggedEligibleUsd == 0.0); // mig12345 is another agreement's value
    CHECK(tracker.result().totals.untaggedEligibleUsd == Approx(140.0));
    CHECK(tracker.result().totals.mapCreditsUsd == 0.0);
    CHECK(tracker.result().totals.otherCreditsUsd == Approx(25.0));
    CHECK_FALSE(tracker.refresh(scenario, model::Result{}, 0)); // nothing changed: not summarised again
}

TEST_CASE("the MPE ID inside a MAP tag value", "[app][tracker]") {
    CHECK(app::mpeIdOfTagValue("mig12345") == "12345");
    CHECK(app::mpeIdOfTagValue("migABCDE12345") == "ABCDE12345");
    CHECK(app::mpeIdOfTagValue("comm_ec2_12345") == "12345");
    CHECK(app::mpeIdOfTagValue("mig_ec2_12345") == "12345");
    CHECK(app::mpeIdOfTagValue("sap12345") == "12345");
    CHECK(app::mpeIdOfTagValue("mig").empty());
    CHECK(app::mpeIdOfTagValue("d-server-abc").empty());
}

TEST_CASE("with a scenario open the tracker compares with the plan's forecast", "[app][tracker]") {
    app::AppState state = test::engineState();
    state.scenario.settings.startYear = 2026;
    state.scenario.settings.startQuarter = 1;
    REQUIRE(state.tracker.readWhole("jan.csv", january()).added);
    state.recomputeIfDirty();
    REQUIRE(state.hasResult());
    CHECK(state.tracker.hasForecast() == !state.scenario.workloads.empty());
    if (state.scenario.workloads.empty()) return; // the default scenario holds no estate: no plan to compare
    CHECK(state.tracker.outlook().planned);
    CHECK(state.tracker.outlook().planCreditsUsd == state.result.funding.creditsUsd);
}

TEST_CASE("a billing export opened as a file goes to the tracker and says what was read", "[app][open][tracker]") {
    app::AppState state = test::engineState();
    const model::Scenario before = state.scenario;
    std::optional<app::PendingImport> pending;
    const app::OpenedFile opened = app::openFile(state, january(), "jan.csv", pending, "2026-12-06");
    CHECK(opened.sniffed.kind == io::FileKind::BillingCur);
    CHECK(opened.outcome.ok);
    CHECK_FALSE(pending);
    CHECK(state.scenario == before); // the estate is not touched
    CHECK(state.tracker.files().size() == 1);
    REQUIRE_FALSE(state.notices.empty());
    bool said = false;
    for (const app::Notice& n : state.notices)
        said = said || n.text == "jan.csv: 4 billing lines read into the credit tracker.";
    CHECK(said);

    const app::OpenedFile bad = app::openFile(state, std::string(kHeader) + "x\n", "bad.csv", pending, "2026-12-06");
    CHECK_FALSE(bad.outcome.ok);
    CHECK(state.notices.back().level == app::Notice::Level::Error);
    CHECK(state.notices.back().text.rfind("bad.csv", 0) == 0);
    CHECK(state.tracker.files().size() == 1); // the tracker keeps what it had
}
