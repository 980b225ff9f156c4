// app/tracker_state.cpp - the credit tracker's files, reading, undo and summary (the arithmetic is model's).
#include "app/tracker_state.hpp"

#include "io/map_rules_asset.hpp"
#include "model/credit_forecast.hpp"

#include <optional>
#include <type_traits>
#include <utility>

namespace est::app {

// An undo step keeps the whole tracker as it was: its aggregates are per month, account, service and resource, not
// per line, so a copy is small next to the files it came from.
struct TrackerState::Step {
    std::string label;
    model::CreditTracker tracker;
};

namespace {
// Undo steps kept; the oldest go first.
constexpr std::size_t kMaxTrackerSteps = 20;
} // namespace

TrackerState::TrackerState() = default;
TrackerState::~TrackerState() = default;
TrackerState::TrackerState(TrackerState&&) noexcept = default;
TrackerState& TrackerState::operator=(TrackerState&&) noexcept = default;

void TrackerState::beginFile(const std::string& fileName, std::uint64_t totalBytes, int fileNumber, int fileCount) {
    if (m_reader) cancelFile();
    m_beforeFile = m_tracker;
    m_reader = std::make_unique<io::BillingStreamReader>(m_tracker, fileName);
    m_progress = TrackerLoadProgress{};
    m_progress.fileName = fileName;
    m_progress.bytesTotal = totalBytes;
    m_progress.fileNumber = fileNumber;
    m_progress.fileCount = fileCount;
}

bool TrackerState::feed(std::string_view chunk) {
    if (!m_reader || m_progress.cancelRequested) return false;
    const io::BillingReadStatus status = m_reader->feed(chunk);
    m_progress.rowsRead = m_reader->progress().rowsRead;
    m_progress.bytesRead = m_reader->progress().bytesConsumed;
    return status == io::BillingReadStatus::Reading;
}

TrackerFileOutcome TrackerState::finishFile() {
    TrackerFileOutcome out;
    if (!m_reader) return out;
    out.fileName = m_progress.fileName;
    const io::BillingReadStatus status =
        m_reader->status() == io::BillingReadStatus::Failed ? io::BillingReadStatus::Failed : m_reader->finish();
    out.rows = m_reader->progress().rowsRead;
    if (status == io::BillingReadStatus::Done) {
        out.added = true;
        out.info = m_reader->notes();
        const model::CommitReport& report = m_reader->commitReport();
        out.info.insert(out.info.end(), report.replaced.begin(), report.replaced.end());
        out.info.insert(out.info.end(), report.ignored.begin(), report.ignored.end());
        m_reader.reset();
        recordStep("Add " + m_progress.fileName, std::move(m_beforeFile));
    } else {
        out.error = m_reader->error().empty() ? m_progress.fileName + ": could not be read" : m_reader->error();
        m_reader->cancel();
        m_reader.reset();
    }
    m_beforeFile.reset();
    return out;
}

void TrackerState::cancelFile() {
    if (m_reader) m_reader->cancel();
    m_reader.reset();
    m_beforeFile.reset();
}

void TrackerState::requestCancel() {
    if (m_reader) m_progress.cancelRequested = true;
}

std::optional<TrackerLoadProgress> TrackerState::loading() const {
    if (!m_reader) return std::nullopt;
    return m_progress;
}

TrackerFileOutcome TrackerState::readWhole(const std::string& fileName, std::string_view bytes) {
    beginFile(fileName, bytes.size());
    feed(bytes);
    return finishFile();
}

std::vector<model::LoadedBillingFile> TrackerState::files() const { return m_tracker.files(); }

bool TrackerState::empty() const { return m_tracker.empty(); }

bool TrackerState::removeFile(std::size_t index) {
    const std::vector<model::LoadedBillingFile> held = m_tracker.files();
    if (index >= held.size() || m_reader) return false;
    std::optional<model::CreditTracker> before = m_tracker;
    m_tracker.removeFile(index);
    recordStep("Remove " + held[index].identity.fileName, std::move(before));
    return true;
}

bool TrackerState::clear() {
    if (m_tracker.empty() || m_reader) return false;
    std::optional<model::CreditTracker> before = m_tracker;
    m_tracker.clear();
    recordStep("Remove every billing file", std::move(before));
    return true;
}

void TrackerState::recordStep(std::string label, std::optional<model::CreditTracker> before) {
    if (before) {
        m_undo.push_back(Step{std::move(label), std::move(*before)});
        if (m_undo.size() > kMaxTrackerSteps) m_undo.erase(m_undo.begin());
    }
    m_redo.clear();
    changed();
}

bool TrackerState::undo() {
    if (m_undo.empty() || m_reader) return false;
    Step step = std::move(m_undo.back());
    m_undo.pop_back();
    std::swap(step.tracker, m_tracker);
    m_redo.push_back(std::move(step));
    changed();
    return true;
}

bool TrackerState::redo() {
    if (m_redo.empty() || m_reader) return false;
    Step step = std::move(m_redo.back());
    m_redo.pop_back();
    std::swap(step.tracker, m_tracker);
    m_undo.push_back(std::move(step));
    changed();
    return true;
}

std::string TrackerState::undoLabel() const { return m_undo.empty() ? std::string() : m_undo.back().label; }
std::string TrackerState::redoLabel() const { return m_redo.empty() ? std::string() : m_redo.back().label; }

void TrackerState::setMpeId(std::string mpeId) {
    m_mpeId = std::move(mpeId);
    changed();
}

void TrackerState::changed() { ++m_generation; }

bool TrackerState::refresh(const model::Scenario& scenario, const model::Result& result, long resultRevision) {
    if (m_generation == m_summarizedGeneration && resultRevision == m_summarizedResultRevision) return false;
    m_summarizedGeneration = m_generation;
    m_summarizedResultRevision = resultRevision;
    m_settings.mpeId = m_mpeId.empty() ? mpeIdOfTagValue(scenario.program.tagValue) : m_mpeId;
    const bool planned = result.ok() && result.months > 0 && !scenario.workloads.empty();
    m_settings.forecast.reset();
    m_settings.workloads.clear();
    if (planned && !m_tracker.empty()) { // an empty tracker shows no plan: no pass over the estate on every edit
        m_settings.forecast = model::forecastFromPlan(scenario, result);
        m_settings.workloads = model::plannedWorkloads(scenario, result);
    }
    m_result =
        m_tracker.empty() ? model::TrackerResult{} : model::summarize(m_tracker, m_settings, io::shippedMapRules());
    m_outlook = model::trackerOutlook(m_result, scenario, result, planned);
    return true;
}

std::string mpeIdOfTagValue(std::string_view tagValue) {
    // Longest prefixes first: "comm_ec2_" before "comm", "mig_ec2_" before "mig" (the DB&A values).
    for (const std::string_view prefix : {"comm_ec2_", "mig_ec2_", "comm", "mig", "sap", "oracle"})
        if (tagValue.substr(0, prefix.size()) == prefix && tagValue.size() > prefix.size())
            return std::string(tagValue.substr(prefix.size()));
    return {};
}

} // namespace est::app
