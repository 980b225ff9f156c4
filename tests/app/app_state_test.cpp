// tests/app/app_state_test.cpp - AppState: undoable edits, replace, recompute once when dirty, quick size, compare.
#include "app/app_state.hpp"
#include "app/compare.hpp"
#include "app/documents.hpp"
#include "model/engine.hpp"

#include <catch2/catch.hpp>

#include <vector>

using est::app::AppState;
using est::app::EditScope;

namespace {
// A fake engine that counts its runs and echoes the workload count as projected ARR.
struct CountingEngine {
    int* runs;
    void operator()(const est::model::Scenario& s, est::model::Result& out) const {
        ++*runs;
        out = est::model::Result{};
        out.months = 12;
        out.projectedArrUsd = static_cast<double>(s.workloads.size());
    }
};
} // namespace

TEST_CASE("the engine runs once per frame however many edits the frame made", "[app]") {
    int runs = 0;
    AppState state;
    state.estimator = CountingEngine{&runs};
    state.quick.dirty = false; // only the main scenario is counted here
    state.recomputeIfDirty();
    CHECK(runs == 1);
    state.edit("a", EditScope::Settings, [](est::model::Scenario& s) { s.settings.name = "a"; });
    state.edit("b", EditScope::Settings, [](est::model::Scenario& s) { s.settings.name = "b"; });
    CHECK(runs == 1); // nothing runs inside an edit
    CHECK(state.recomputeIfDirty());
    CHECK(runs == 2);
    CHECK_FALSE(state.recomputeIfDirty()); // clean: no run
    CHECK(runs == 2);
    CHECK(state.hasResult());
}

TEST_CASE("the scenario being edited is estimated with a new estate stamp after every change that may touch it",
          "[app]") {
    // The stamp tells the engine the workloads are those of its last estimate: only a settings edit may keep it.
    std::vector<est::model::EstateStamp> stamps;
    int otherRuns = 0; // quick size and compared scenarios: none here
    AppState state;
    state.estimator = CountingEngine{&otherRuns};
    state.estimateEdited = [&stamps](const est::model::Scenario&, est::model::Result& out,
                                     est::model::EstateStamp estate) {
        stamps.push_back(estate);
        out = est::model::Result{};
        out.months = 12;
    };
    state.quick.dirty = false;
    auto step = [&state](auto change) {
        change();
        state.recomputeIfDirty();
    };
    auto settingsEdit = [&state] {
        state.edit(
            "Set discount", EditScope::Settings, [](est::model::Scenario& s) { s.aws.enterpriseDiscountPct += 0.01; },
            "slider");
    };
    step([] {});
    step(settingsEdit);
    step(settingsEdit);
    step([&state] {
        state.edit("Add", EditScope::Workloads, [](est::model::Scenario& s) { s.workloads.emplace_back(); });
    });
    step(settingsEdit);
    step([&state] { state.undo(); });
    step([&state] { state.redo(); });
    step([&state] { state.replace(est::model::Scenario{}, "Open"); });
    step([&state] { state.reset(est::model::Scenario{}); });
    CHECK(otherRuns == 0);
    REQUIRE(stamps.size() == 9);
    CHECK(stamps[1] == stamps[0]); // settings edits: the same estate
    CHECK(stamps[2] == stamps[0]);
    CHECK(stamps[3] != stamps[2]); // a workloads edit
    CHECK(stamps[4] == stamps[3]);
    for (std::size_t i = 5; i < stamps.size(); ++i) { // undo, redo, replace, reset: each a new one
        INFO("step " << i);
        CHECK(stamps[i] != 0);
        for (std::size_t j = 0; j < i; ++j) CHECK(stamps[i] != stamps[j]);
    }
}

TEST_CASE("undo and redo of an edit change the revision and mark the result stale", "[app]") {
    int runs = 0;
    AppState state;
    state.estimator = CountingEngine{&runs};
    state.edit("Add", EditScope::Workloads, [](est::model::Scenario& s) { s.workloads.emplace_back(); });
    state.recomputeIfDirty();
    CHECK(state.result.projectedArrUsd == 1.0);
    const long before = state.revision;
    REQUIRE(state.undo());
    CHECK(state.revision == before + 1);
    CHECK_FALSE(state.hasResult());
    state.recomputeIfDirty();
    CHECK(state.result.projectedArrUsd == 0.0);
    REQUIRE(state.redo());
    state.recomputeIfDirty();
    CHECK(state.result.projectedArrUsd == 1.0);
}

TEST_CASE("replace is one undoable step and reset forgets the history", "[app]") {
    AppState state;
    state.scenario.settings.name = "mine";
    est::model::Scenario other;
    other.settings.name = "theirs";
    state.replace(other, "Open");
    CHECK(state.scenario.settings.name == "theirs");
    REQUIRE(state.undo());
    CHECK(state.scenario.settings.name == "mine");
    state.reset(other);
    CHECK_FALSE(state.history().canUndo());
}

TEST_CASE("a slider drag is one undo step in AppState", "[app]") {
    AppState state;
    for (int i = 1; i <= 30; ++i)
        state.edit(
            "Set discount", EditScope::Settings,
            [i](est::model::Scenario& s) { s.settings.discountRatePct = i / 100.0; }, "discount");
    state.endGesture();
    CHECK(state.history().undoDepth() == 1);
    state.undo();
    CHECK(state.scenario.settings.discountRatePct == est::model::Settings{}.discountRatePct);
}

TEST_CASE("the real engine answers the quick-size scenario and the answers follow the inputs", "[app]") {
    AppState state;
    state.estimator = [](const est::model::Scenario& s, est::model::Result& r) { est::model::estimateInto(s, r); };
    state.defaults = est::app::defaultScenario();
    state.quick.inputs = {est::model::SourceKind::Paas, 10, 2, 3, 9000.0};
    state.recomputeIfDirty();
    REQUIRE(state.quick.result.ok());
    CHECK(state.quick.scenario.workloads.size() == 12);
    CHECK(state.quick.scenario.source.monthlyBillUsd == 9000.0);
    const double arr10 = state.quick.result.projectedArrUsd;
    CHECK(arr10 > 0.0);
    state.quick.inputs.servers = 40;
    state.quick.dirty = true;
    state.recomputeIfDirty();
    CHECK(state.quick.result.projectedArrUsd > arr10); // more servers, more AWS spend
    state.adoptQuickSize();
    CHECK(state.scenario.workloads.size() == 42);
    REQUIRE(state.undo());
    CHECK(state.scenario.workloads.empty());
}

TEST_CASE("quick size opens on an example that qualifies and leads with a savings sentence", "[app]") {
    AppState state;
    state.estimator = [](const est::model::Scenario& s, est::model::Result& r) { est::model::estimateInto(s, r); };
    state.defaults = est::app::defaultScenario();
    REQUIRE(state.quick.inputs == est::app::QuickSizeInputs{}); // the example the screen labels as one
    state.recomputeIfDirty();
    REQUIRE(state.quick.result.ok());
    CHECK(state.quick.result.eligibility.verdict != est::model::Verdict::NotEligible);
    CHECK(state.quick.headline.rfind("Moving 46 workloads to AWS ", 0) == 0); // 40 servers + 6 databases
    CHECK(state.quick.headline.find("AWS funds $") != std::string::npos);
}

TEST_CASE("pinned comparisons are estimated at the next recompute and capped at four", "[app]") {
    int runs = 0;
    AppState state;
    state.estimator = CountingEngine{&runs};
    for (int i = 0; i < 6; ++i) state.pinForCompare("s" + std::to_string(i), state.scenario);
    CHECK(state.compared.size() == AppState::kMaxCompared);
    CHECK(state.compared.front().name == "s2");
    state.recomputeIfDirty();
    for (const auto& c : state.compared) CHECK_FALSE(c.dirty);
}

TEST_CASE("compare marks the scenario with the larger savings and each one's difference from the first", "[app]") {
    std::vector<est::app::ComparedScenario> compared(3);
    for (auto& c : compared) c.result.months = 60; // estimated (ok: no errors)
    compared[0].result.tco.horizonSavingsUsd = 100000.0;
    compared[0].result.tco.npvUsd = 80000.0;
    compared[1].result.tco.horizonSavingsUsd = 250000.0; // +150,000 on the first
    compared[1].result.tco.npvUsd = 60000.0;             // -20,000
    compared[2].result.tco.horizonSavingsUsd = 250000.0; // ties on savings, wins on NPV 90,000 > 60,000
    compared[2].result.tco.npvUsd = 90000.0;
    compared[2].result.funding.totalUsd = 5000.0;
    const est::app::CompareReading r = est::app::readComparison(compared);
    CHECK(r.better == 2);
    CHECK(r.savingsDeltaUsd == std::vector<double>{0.0, 150000.0, 150000.0});
    CHECK(r.npvDeltaUsd == std::vector<double>{0.0, -20000.0, 10000.0});
    CHECK(r.fundingDeltaUsd == std::vector<double>{0.0, 0.0, 5000.0});
    compared.resize(1); // one scenario: nothing to call better
    CHECK(est::app::readComparison(compared).better == -1);
}
