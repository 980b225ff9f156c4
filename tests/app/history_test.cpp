// tests/app/history_test.cpp - snapshot undo/redo: steps, coalescing, estate sharing and the memory bound.
#include "app/history.hpp"

#include <catch2/catch.hpp>

using est::app::History;
using est::model::Scenario;
using est::model::Workload;

namespace {
Scenario withWorkloads(int n) {
    Scenario s;
    for (int i = 0; i < n; ++i) {
        Workload w;
        w.id = "w" + std::to_string(i);
        s.workloads.push_back(w);
    }
    return s;
}
} // namespace

TEST_CASE("undo restores the state before an edit and redo re-applies it", "[app]") {
    History h;
    Scenario s;
    s.settings.name = "before";
    h.recordBefore(s, "Rename", "");
    s.settings.name = "after";
    REQUIRE(h.undo(s));
    CHECK(s.settings.name == "before");
    REQUIRE(h.redo(s));
    CHECK(s.settings.name == "after");
    CHECK_FALSE(h.redo(s));
}

TEST_CASE("edits with the same coalesce key make one undo step until the gesture ends", "[app]") {
    History h;
    Scenario s;
    s.program.assessPctOfArr = 0.05;
    // A slider drag: three frames of edits with one key.
    for (double v : {0.06, 0.07, 0.08}) {
        h.recordBefore(s, "Set Assess %", "assess");
        s.program.assessPctOfArr = v;
    }
    CHECK(h.undoDepth() == 1);
    h.closeGesture();
    h.recordBefore(s, "Set Assess %", "assess");
    s.program.assessPctOfArr = 0.09;
    CHECK(h.undoDepth() == 2);
    REQUIRE(h.undo(s));
    CHECK(s.program.assessPctOfArr == 0.08);
    REQUIRE(h.undo(s));
    CHECK(s.program.assessPctOfArr == 0.05); // the whole drag undone at once
}

TEST_CASE("a new edit after undo clears the redo stack", "[app]") {
    History h;
    Scenario s;
    h.recordBefore(s, "a", "");
    s.settings.horizonYears = 3;
    h.undo(s);
    CHECK(h.canRedo());
    h.recordBefore(s, "b", "");
    CHECK_FALSE(h.canRedo());
}

TEST_CASE("an estate edit is undone even though settings edits share the estate snapshot", "[app]") {
    History h;
    Scenario s = withWorkloads(3);
    h.recordBefore(s, "Set wave", "");
    s.workloads[1].wave = 4;
    h.estateChanged();
    h.recordBefore(s, "Rename", "");
    s.settings.name = "x";
    REQUIRE(h.undo(s));
    CHECK(s.settings.name != "x");
    CHECK(s.workloads[1].wave == 4);
    REQUIRE(h.undo(s));
    CHECK(s.workloads[1].wave == 1);
    REQUIRE(h.redo(s));
    REQUIRE(h.redo(s));
    CHECK(s.workloads[1].wave == 4);
    CHECK(s.settings.name == "x");
}

TEST_CASE("the history keeps at most kMaxSteps steps, dropping the oldest", "[app]") {
    History h;
    Scenario s;
    for (std::size_t i = 0; i < History::kMaxSteps + 25; ++i) {
        h.recordBefore(s, "step", "");
        s.settings.startYear = static_cast<int>(2000 + i);
    }
    CHECK(h.undoDepth() == History::kMaxSteps);
}

TEST_CASE("huge estates are bounded by the held-workload budget", "[app]") {
    History h;
    // 50,000 workloads per estate copy: 400,000 / 50,000 = 8 distinct estates at most.
    Scenario s = withWorkloads(50000);
    for (int i = 0; i < 20; ++i) {
        h.recordBefore(s, "edit estate", "");
        s.workloads[0].wave = i + 2;
        h.estateChanged();
    }
    CHECK(h.undoDepth() <= 8);
    CHECK(h.undoDepth() >= 7);
}

TEST_CASE("a gesture is open from the first keyed edit until it is closed", "[app]") {
    est::app::History h;
    const est::model::Scenario s;
    CHECK_FALSE(h.gestureOpen());
    h.recordBefore(s, "Set name", {}); // an edit without a key opens none
    CHECK_FALSE(h.gestureOpen());
    h.recordBefore(s, "Set discount", "slider:discount");
    CHECK(h.gestureOpen());
    h.closeGesture();
    CHECK_FALSE(h.gestureOpen());
}
