// tests/app/explain_state_test.cpp - goal seek state, named snapshots and assumption effects as the panels use them.
#include "../model/test_scenarios.hpp"
#include "app/app_state.hpp"
#include "model/engine.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using Catch::Detail::Approx;
using est::app::AppState;
using est::app::EditScope;
namespace model = est::model;

namespace {

// The goal seek test's payback case: PaaS paying $14,000 a month, 10 workloads at $1,100 a month on AWS
// (A = $11,000 x (1 - enterprise discount)), $6,000 one-time each, no funding:
// cumulative(m) = -60,000 - A + (m - 6)(14,000 - A) for m >= 6, so payback is month 30 at no discount.
model::Scenario paybackScenario() {
    model::Scenario s = model::test::rulesPaasScenario();
    s.source.monthlyBillUsd = 14000.0;
    s.rules[static_cast<int>(model::Disposition::Rehost)].oneTimeUsdPerWorkload = 6000.0;
    s.program.assessPctOfArr = 0.0;
    s.program.mobilizePctOfArr = 0.0;
    s.program.migrateCreditPct = {0.0, 0.0, 0.0};
    s.source.paasOperationsFte = 0.0; // no operations labour after the move: the arithmetic stays on AWS spend
    return s;
}

AppState computedState(const model::Scenario& s) {
    AppState state = est::test::engineState(s);
    state.quick.dirty = false;
    state.recomputeIfDirty();
    return state;
}

} // namespace

TEST_CASE("goal seek runs on demand and its answer is applied as one undoable edit", "[app][goal_seek]") {
    AppState state = computedState(paybackScenario());
    REQUIRE(state.hasResult());
    REQUIRE(*state.result.tco.paybackMonth == 30);
    est::app::GoalSeekState& gs = state.goalSeek;
    gs.goal = {model::SeekOutput::PaybackMonth, model::GoalKind::AtMost, 18.0};
    gs.leverKey = "aws.enterpriseDiscountPct";
    CHECK_FALSE(gs.current(state.revision)); // nothing runs until asked
    est::app::runGoalSeek(state, gs);
    REQUIRE(gs.current(state.revision));
    REQUIRE(gs.last->status == model::SeekStatus::Found);
    // 108,000 - 13 A >= 0 with A = 11,000 (1 - d)  ->  d >= 35,000 / 143,000 = 0.24476
    CHECK(gs.last->value == Approx(35000.0 / 143000.0).margin(1e-6));

    REQUIRE(est::app::applyGoalSeek(state, gs));
    CHECK(state.scenario.aws.enterpriseDiscountPct == gs.last->value);
    CHECK(state.history().undoLabel().rfind("Goal seek: ", 0) == 0);
    CHECK_FALSE(est::app::applyGoalSeek(state, gs)); // applied once only
    state.recomputeIfDirty();
    CHECK(*state.result.tco.paybackMonth == 18);
    REQUIRE(state.undo());
    CHECK(state.scenario.aws.enterpriseDiscountPct == 0.0);
}

TEST_CASE("a goal seek answer is not applied to a scenario edited after the search", "[app][goal_seek]") {
    AppState state = computedState(paybackScenario());
    est::app::GoalSeekState& gs = state.goalSeek;
    gs.goal = {model::SeekOutput::PaybackMonth, model::GoalKind::AtMost, 18.0};
    est::app::runGoalSeek(state, gs);
    REQUIRE(gs.last->status == model::SeekStatus::Found);
    state.edit("name", EditScope::Settings, [](model::Scenario& s) { s.settings.name = "changed"; });
    CHECK_FALSE(gs.current(state.revision));
    CHECK_FALSE(est::app::applyGoalSeek(state, gs));
    CHECK(state.scenario.aws.enterpriseDiscountPct == 0.0);
}

TEST_CASE("goal seek reports an unreachable payback without offering to apply it", "[app][goal_seek]") {
    // At the domain's bound d = 0.99 payback is month 11 (see goal_seek_test): month 6 is out of reach.
    AppState state = computedState(paybackScenario());
    est::app::GoalSeekState& gs = state.goalSeek;
    gs.goal = {model::SeekOutput::PaybackMonth, model::GoalKind::AtMost, 6.0};
    est::app::runGoalSeek(state, gs);
    CHECK(gs.last->status == model::SeekStatus::NotReachable);
    CHECK(gs.last->boundOutput == 11.0);
    CHECK_FALSE(est::app::applyGoalSeek(state, gs));
    CHECK_FALSE(state.history().canUndo());
}

TEST_CASE("the lever list offers the tagging levers and every registry assumption", "[app][goal_seek]") {
    const auto& levers = est::app::leverChoices();
    REQUIRE(levers.size() >= 2);
    CHECK(levers[0].key == "lever.taggedShareBySpend");
    CHECK(levers[1].key == "lever.taggedShare");
    CHECK(levers.size() == 2 + model::assumptions().size());
    CHECK(est::app::defaultGoalKind(model::SeekOutput::PaybackMonth) == model::GoalKind::AtMost);
    CHECK(est::app::defaultGoalKind(model::SeekOutput::ProjectedArr) == model::GoalKind::AtLeast);
}

TEST_CASE("snapshots are saved by name, replaced by the same name and deleted", "[app][snapshots]") {
    est::app::SnapshotStore store;
    model::Scenario s;
    s.settings.name = "one";
    CHECK(store.save("  Baseline ", s, {}) == "Baseline"); // trimmed
    s.settings.name = "two";
    CHECK(store.save("", s, {}) == "Snapshot 2"); // first free default name
    s.settings.name = "three";
    CHECK(store.save("Baseline", s, {}) == "Baseline"); // replaces, moves to the end
    REQUIRE(store.list().size() == 2);
    CHECK(store.list()[0].name == "Snapshot 2");
    CHECK(store.list()[1].scenario.settings.name == "three");
    CHECK(store.remove("Snapshot 2"));
    CHECK_FALSE(store.remove("Snapshot 2"));
    CHECK(store.find("Snapshot 2") == nullptr);
    REQUIRE(store.list().size() == 1);
    for (std::size_t i = 0; i < est::app::SnapshotStore::kMaxSnapshots + 3; ++i)
        store.save("s" + std::to_string(i), s, {});
    CHECK(store.list().size() == est::app::SnapshotStore::kMaxSnapshots); // the oldest went
    CHECK(store.find("Baseline") == nullptr);
}

TEST_CASE("comparing a snapshot with the current scenario lists changed inputs and moved outputs", "[app][snapshots]") {
    AppState state = computedState(model::test::rulesPaasScenario());
    REQUIRE(state.hasResult());
    state.snapshots.save("Before", state.scenario, state.result);
    // Mobilize 20 % (the default) -> 30 % of projected ARR $132,000 (10 workloads x $1,100 x 12).
    const double mobilizeBefore = state.result.funding.mobilize.amountUsd;
    state.edit("Mobilize", EditScope::Settings, [](model::Scenario& s) { s.program.mobilizePctOfArr = 0.3; });
    state.recomputeIfDirty();
    const est::app::SnapshotComparison* c =
        state.snapshots.compare("Before", "", state.scenario, state.result, state.revision);
    REQUIRE(c);
    REQUIRE(c->inputs.assumptions.size() == 1);
    CHECK(c->inputs.assumptions[0].key == "program.mobilizePctOfArr");
    CHECK(c->inputs.assumptions[0].before == 0.2);
    CHECK(c->inputs.assumptions[0].after == 0.3);
    bool mobilizeMoved = false;
    for (const model::FigureMove& m : c->outputs.moved)
        if (m.id == "funding.mobilize") {
            mobilizeMoved = true;
            CHECK(m.before == mobilizeBefore);
            CHECK(m.delta == Approx(state.result.funding.mobilize.amountUsd - mobilizeBefore));
        }
    CHECK(mobilizeMoved);
    REQUIRE(c->biggestMover());
    CHECK(c->biggestMover()->money);
    // Cached until a side changes.
    const int computed = state.snapshots.comparisonsComputed();
    state.snapshots.compare("Before", "", state.scenario, state.result, state.revision);
    CHECK(state.snapshots.comparisonsComputed() == computed);
    CHECK(state.snapshots.compare("Nope", "", state.scenario, state.result, state.revision) == nullptr);
    // A snapshot against itself: nothing changed, nothing moved.
    const est::app::SnapshotComparison* same =
        state.snapshots.compare("Before", "Before", state.scenario, state.result, state.revision);
    REQUIRE(same);
    CHECK(same->inputs.empty());
    CHECK(same->outputs.moved.empty());
}

TEST_CASE("an assumption's effect is the result now minus the result with it at its default", "[app][assumptions]") {
    const model::Scenario base = paybackScenario();
    AppState state = computedState(base);
    state.edit("EDP", EditScope::Settings, [](model::Scenario& s) { s.aws.enterpriseDiscountPct = 0.1; });
    state.recomputeIfDirty();
    CHECK(est::app::assumptionChanged("aws.enterpriseDiscountPct", state.scenario, state.defaults));
    CHECK_FALSE(est::app::assumptionChanged("program.assessPctOfArr", state.scenario, state.defaults));
    est::app::AssumptionEffects& fx = state.assumptionEffects;
    CHECK(fx.get("aws.enterpriseDiscountPct", state.revision) == nullptr); // queued, not computed in get()
    CHECK(fx.pending() == 1);
    int runs = 0;
    const auto engine = [&runs](const model::Scenario& sc, model::Result& out) {
        ++runs;
        model::estimateInto(sc, out);
    };
    CHECK(fx.update(state.scenario, state.result, state.defaults, state.revision, engine) == 1);
    CHECK(runs == 1);
    const est::app::AssumptionEffect* e = fx.get("aws.enterpriseDiscountPct", state.revision);
    REQUIRE(e);
    REQUIRE(e->ok);
    // A 10 % discount takes A from $11,000 to $9,900 a month, so savings rise; the effect must equal the current
    // figures minus a plain estimate of the scenario with the default (no) discount.
    const model::Result atDefault = model::estimate(base);
    CHECK(e->savingsDeltaUsd == Approx(state.result.tco.horizonSavingsUsd - atDefault.tco.horizonSavingsUsd));
    CHECK(e->npvDeltaUsd == Approx(state.result.tco.npvUsd - atDefault.tco.npvUsd));
    CHECK(e->savingsDeltaUsd > 0.0);
    CHECK(e->fundingDeltaUsd == 0.0); // no funding in this scenario
    // Cached for the revision; dropped after an edit.
    CHECK(fx.update(state.scenario, state.result, state.defaults, state.revision, engine) == 0);
    state.edit("name", EditScope::Settings, [](model::Scenario& s) { s.settings.name = "x"; });
    CHECK(fx.get("aws.enterpriseDiscountPct", state.revision) == nullptr);
}
