// tests/app/recompute_consistency_test.cpp - whatever AppState keeps between recomputes to spare work, every kind
// of edit leaves what the panels read (result, derived series, the business case in words, the tracker's outlook)
// equal to a fresh AppState computing the same scenario from nothing.
#include "app/app_state.hpp"
#include "model/assumptions.hpp"
#include "model/synthetic_estate.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using est::app::AppState;
using est::app::EditScope;
using est::model::Scenario;

namespace {

// What a panel reads after the frame's recompute, compared with a fresh state's first recompute of `state.scenario`.
void requireSameAsFreshRecompute(AppState& state) {
    state.recomputeIfDirty();
    REQUIRE(state.hasResult());
    AppState fresh = est::test::engineState(state.scenario);
    fresh.recomputeIfDirty();
    REQUIRE(fresh.hasResult());
    CHECK(state.result.tco.horizonSavingsUsd == fresh.result.tco.horizonSavingsUsd);
    CHECK(state.result.projectedArrUsd == fresh.result.projectedArrUsd);
    CHECK(state.result.funding.totalUsd == fresh.result.funding.totalUsd);
    CHECK(state.derived == fresh.derived);
    CHECK(state.summary.headline == fresh.summary.headline); // the first thing to differ, readable in a failure
    CHECK(state.summary == fresh.summary);
    CHECK(state.tracker.outlook().planned == fresh.tracker.outlook().planned);
    CHECK(state.tracker.outlook().creditRate == fresh.tracker.outlook().creditRate);
}

// A small synthetic estate (the page's loadSynthetic builds the same kind at 10,000 workloads).
AppState syntheticState(int workloads) {
    AppState state = est::test::engineState(est::model::makeSyntheticScenario(workloads, 7));
    state.recomputeIfDirty();
    return state;
}

void dragEnterpriseDiscount(AppState& state, double share) {
    const est::model::Assumption* edp = est::model::findAssumption("aws.enterpriseDiscountPct");
    REQUIRE(edp != nullptr);
    state.edit(
        "Set Enterprise discount", EditScope::Settings, [edp, share](Scenario& s) { edp->set(s, share); },
        "slider:aws.enterpriseDiscountPct");
}

} // namespace

TEST_CASE("every step of a slider drag leaves the panels' figures as a fresh recompute gives them", "[app]") {
    AppState state = syntheticState(300);
    for (const double share : {0.05, 0.12, 0.30, 0.0}) {
        dragEnterpriseDiscount(state, share);
        requireSameAsFreshRecompute(state);
    }
    state.endGesture();
    CHECK(state.history().undoDepth() == 1); // the drag is one step
}

TEST_CASE("a settings edit outside a drag (horizon, name) leaves the figures as a fresh recompute gives them",
          "[app]") {
    AppState state = syntheticState(300);
    state.edit("Set horizon", EditScope::Settings, [](Scenario& s) { s.settings.horizonYears = 3; });
    requireSameAsFreshRecompute(state);
    state.edit("Rename", EditScope::Settings, [](Scenario& s) { s.settings.customerName = "Example Corp"; });
    requireSameAsFreshRecompute(state);
}

TEST_CASE("workload edits (a disposition, a removal, an added copy) leave the figures as a fresh recompute gives "
          "them",
          "[app]") {
    AppState state = syntheticState(300);
    state.edit("Retire the first workload", EditScope::Workloads,
               [](Scenario& s) { s.workloads.front().disposition = est::model::Disposition::Retire; });
    requireSameAsFreshRecompute(state);
    CHECK(state.summary.retiringWorkloads >= 1);
    state.edit("Remove the last workload", EditScope::Workloads, [](Scenario& s) { s.workloads.pop_back(); });
    requireSameAsFreshRecompute(state);
    CHECK(state.result.workloads.size() == 299);
    state.edit("Copy a workload", EditScope::Workloads, [](Scenario& s) {
        est::model::Workload copy = s.workloads.front();
        copy.id += "-copy";
        s.workloads.push_back(copy);
    });
    requireSameAsFreshRecompute(state);
    CHECK(state.result.workloads.size() == 300);
}

TEST_CASE("undo and redo across settings and workload edits leave the figures as a fresh recompute gives them",
          "[app]") {
    AppState state = syntheticState(300);
    dragEnterpriseDiscount(state, 0.2);
    state.recomputeIfDirty();
    state.endGesture();
    state.edit("Retain the first 50", EditScope::Workloads, [](Scenario& s) {
        for (std::size_t i = 0; i < 50; ++i) s.workloads[i].disposition = est::model::Disposition::Retain;
    });
    requireSameAsFreshRecompute(state);
    REQUIRE(state.undo()); // the estate goes back
    requireSameAsFreshRecompute(state);
    REQUIRE(state.undo()); // the discount goes back
    requireSameAsFreshRecompute(state);
    REQUIRE(state.redo());
    requireSameAsFreshRecompute(state);
    REQUIRE(state.redo());
    requireSameAsFreshRecompute(state);
}

TEST_CASE("replacing the scenario (open, synthetic estate) leaves the figures as a fresh recompute gives them",
          "[app]") {
    AppState state = syntheticState(300);
    const long movingBefore = state.summary.movingWorkloads;
    state.replace(est::model::makeSyntheticScenario(120, 11), "Open synthetic estate");
    requireSameAsFreshRecompute(state);
    CHECK(state.summary.movingWorkloads != movingBefore);
    REQUIRE(state.undo());
    requireSameAsFreshRecompute(state);
    CHECK(state.summary.movingWorkloads == movingBefore);
}
