// app/app_state.cpp - AppState's behaviour: undoable edits, replace/reset, recompute-when-dirty.
#include "app/app_state.hpp"

#include "io/business_case_summary.hpp"

#include <utility>

namespace est::app {

void AppState::changed() {
    ++revision;
    dirty = true;
}

void AppState::estateChanged() {
    m_history.estateChanged();
    m_estateStamp = model::newEstateStamp();
}

void AppState::edit(const std::string& label, EditScope scope, model::FunctionRef<void(model::Scenario&)> change,
                    const std::string& coalesceKey) {
    m_history.recordBefore(scenario, label, coalesceKey);
    change(scenario);
    // The history shares the estate with its last snapshot; an estate edit must break that sharing.
    if (scope == EditScope::Workloads) estateChanged();
    changed();
}

void AppState::replace(model::Scenario next, const std::string& label) {
    if (beforeReplace) beforeReplace(label);
    lastImport.reset(); // another estate: the import card no longer describes it
    m_history.closeGesture();
    m_history.recordBefore(scenario, label, {});
    scenario = std::move(next);
    estateChanged();
    m_history.closeGesture();
    changed();
}

void AppState::reset(model::Scenario next) {
    scenario = std::move(next);
    m_estateStamp = model::newEstateStamp();
    m_history.clear();
    compared.clear();
    changed();
}

bool AppState::undo() {
    if (!m_history.undo(scenario)) return false;
    m_estateStamp = model::newEstateStamp(); // the step undone may have been an estate edit
    changed();
    return true;
}

bool AppState::redo() {
    if (!m_history.redo(scenario)) return false;
    m_estateStamp = model::newEstateStamp();
    changed();
    return true;
}

bool AppState::recomputeIfDirty() {
    if (estimator) {
        if (quick.dirty) {
            quick.scenario = quickSizeScenario(defaults, quick.inputs);
            estimator(quick.scenario, quick.result);
            derive(quick.result, quick.derived);
            io::BusinessCaseSummary quickSummary = io::summarizeBusinessCase(quick.scenario, quick.result);
            quick.headline = std::move(quickSummary.headline);
            quick.notEligible = std::move(quickSummary.notEligible);
            quick.dirty = false;
        }
        for (ComparedScenario& c : compared)
            if (c.dirty) {
                estimator(c.scenario, c.result);
                c.dirty = false;
            }
    }
    const bool uncertaintyDue = uncertainty.requested || (uncertainty.live && uncertainty.revision != revision);
    if (!dirty && !uncertaintyDue) {
        tracker.refresh(scenario, result, resultRevision);
        return false;
    }
    bool ran = false;
    if (dirty) {
        dirty = false;
        if (!estimator && !estimateEdited) {
            tracker.refresh(scenario, result, resultRevision);
            return false;
        }
        if (estimateEdited)
            estimateEdited(scenario, result, m_estateStamp);
        else
            estimator(scenario, result);
        derive(result, derived);
        summary = io::summarizeBusinessCase(scenario, result);
        summary.turners = io::whatWouldTurnIt(scenario, result, 5000); // larger estates: Uncertainty ranks the levers
        resultRevision = revision;
        ++recomputeCount;
        ran = true;
    }
    if (uncertaintyDue && result.ok() && resultRevision == revision) {
        runUncertainty(scenario, uncertainty);
        uncertainty.revision = revision;
    }
    uncertainty.requested = false;
    tracker.refresh(scenario, result, resultRevision);
    return ran;
}

void AppState::compareVariants() {
    // Everything that moves goes one way; Retire and Retain stay as chosen or proposed.
    for (const model::Disposition target : {model::Disposition::Rehost, model::Disposition::Replatform}) {
        model::Scenario variant = scenario;
        for (std::size_t i = 0; i < variant.workloads.size(); ++i) {
            model::Workload& w = variant.workloads[i];
            const model::Disposition now = w.disposition ? *w.disposition
                                                         : (i < result.workloads.size() ? result.workloads[i].effective
                                                                                        : model::Disposition::Rehost);
            if (now != model::Disposition::Retire && now != model::Disposition::Retain) w.disposition = target;
        }
        pinForCompare(target == model::Disposition::Rehost ? "Rehost-heavy" : "Replatform-heavy", variant);
    }
}

void AppState::pinForCompare(const std::string& name, const model::Scenario& s) {
    if (compared.size() >= kMaxCompared) compared.erase(compared.begin());
    compared.push_back(ComparedScenario{name, s, {}, true});
}

void AppState::adoptQuickSize() {
    model::Scenario next = quickSizeScenario(defaults, quick.inputs);
    next.settings.name = "Quick size estate";
    replace(std::move(next), "Use quick-size answers");
}

void AppState::notify(Notice::Level level, std::string text) {
    notices.push_back(Notice{level, std::move(text)});
    // Keep the list short: the newest matter, the old ones were seen.
    constexpr std::size_t kMaxNotices = 20;
    if (notices.size() > kMaxNotices) notices.erase(notices.begin());
}

} // namespace est::app
