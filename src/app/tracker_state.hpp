// app/tracker_state.hpp - the MAP credit tracker in the app: the billing files read (by file), their summary against
// the open scenario's plan, reading a file in chunks with progress and cancel, and undoable add / remove / clear.
#pragma once

#include "io/billing_stream.hpp"
#include "model/credit_tracker.hpp"
#include "model/result.hpp"
#include "model/tracker_outlook.hpp"
#include "model/scenario.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::app {

/// The outlook the tracker keeps beside its summary (the arithmetic is the model's; views reach it through
/// TrackerState::outlook()).
using TrackerOutlook = model::TrackerOutlook;

/// A billing file being read, for the progress bar.
struct TrackerLoadProgress {
    std::string fileName;
    int fileNumber = 1;           ///< this file's place in the batch the user dropped, from 1
    int fileCount = 1;            ///< files in that batch
    std::uint64_t rowsRead = 0;   ///< data rows read so far
    std::uint64_t bytesRead = 0;  ///< bytes of the file (as stored: compressed for .gz) taken so far
    std::uint64_t bytesTotal = 0; ///< the file's size; 0 when unknown
    bool cancelRequested = false; ///< the user pressed Cancel; the reading stops at the next chunk
    /// Bytes of the file not read yet (0 when the size is unknown).
    std::uint64_t bytesLeft() const { return bytesTotal > bytesRead ? bytesTotal - bytesRead : 0; }
};

/// What finishing (or failing, or cancelling) a file did, in words for the user.
struct TrackerFileOutcome {
    std::string fileName;
    bool added = false;            ///< the file's lines are in the tracker
    std::uint64_t rows = 0;        ///< data rows read
    std::vector<std::string> info; ///< what the file cannot tell, replaced or ignored months
    std::string error;             ///< why it was not added ("" when added or cancelled)
};

/// The tracker's data. Views read files(), result() and loading(); they change things only through the commands
/// below. Every change of the files is one undo step of the tracker's own (the scenario's undo is not involved: the
/// files are not part of the scenario). Not to be moved while a file is being read (the reader holds the tracker).
class TrackerState {
public:
    TrackerState();
    ~TrackerState();
    TrackerState(TrackerState&&) noexcept;
    TrackerState& operator=(TrackerState&&) noexcept;

    // ---- Reading -------------------------------------------------------------------------------------------
    /// Starts reading `fileName` (`totalBytes` long, 0 when unknown), file `fileNumber` of `fileCount` the user
    /// handed over together. A file still being read is cancelled first.
    void beginFile(const std::string& fileName, std::uint64_t totalBytes, int fileNumber = 1, int fileCount = 1);
    /// The next bytes of the file. Returns false when the caller should stop sending: the file failed (see
    /// finishFile) or the user asked to cancel (then call cancelFile).
    bool feed(std::string_view chunk);
    /// The file has ended: adds it to the tracker (one undo step, "Add <file>"), or says why it could not.
    TrackerFileOutcome finishFile();
    /// Drops the file being read; the tracker keeps what it had.
    void cancelFile();
    /// The Cancel button: the reader stops at the next chunk (the page then cancels the rest of the batch).
    void requestCancel();
    /// The file being read, or nothing.
    std::optional<TrackerLoadProgress> loading() const;
    /// Reads a whole file held in memory (a file opened through app::openFile, tests).
    TrackerFileOutcome readWhole(const std::string& fileName, std::string_view bytes);

    // ---- Files ---------------------------------------------------------------------------------------------
    /// The files the tracker holds, in the order they were added.
    std::vector<model::LoadedBillingFile> files() const;
    bool empty() const;
    /// Removes the file at `index` of files() (one undo step). False when there is no such file or a file is being
    /// read.
    bool removeFile(std::size_t index);
    /// Removes every file (one undo step). False when there was none or a file is being read.
    bool clear();
    bool undo();
    bool redo();
    std::string undoLabel() const; ///< "Remove report-1.csv.gz", "" when nothing to undo
    std::string redoLabel() const;

    // ---- Settings and result -------------------------------------------------------------------------------
    /// The MAP agreement's MPE ID the tracker checks tags and credits against ("12345" or "ABCDE12345"). Empty:
    /// taken from the open scenario's tag value (Funding > MAP tag), else any MPE ID counts.
    void setMpeId(std::string mpeId);
    const std::string& mpeId() const { return m_mpeId; }
    /// The MPE ID in effect: the one set, else the scenario's, else "".
    const std::string& effectiveMpeId() const { return m_settings.mpeId; }
    /// Recomputes the summary when the files, the settings or the scenario's result changed since the last call
    /// (`resultRevision` identifies the result; a result that is not ok gives no forecast). Call once per frame
    /// before drawing. Returns true when it recomputed.
    bool refresh(const model::Scenario& scenario, const model::Result& result, long resultRevision);
    /// The summary of every file under the current settings (empty before the first refresh or without files).
    const model::TrackerResult& result() const { return m_result; }
    /// Run rate, credits at stake and the re-forecast, of result() against the plan.
    const TrackerOutlook& outlook() const { return m_outlook; }
    /// True when the summary compares with a plan (a scenario with a valid result is open).
    bool hasForecast() const { return m_settings.forecast.has_value(); }
    /// True when result() is of the files as they are (refresh ran since the last change).
    bool resultCurrent() const { return m_summarizedGeneration == m_generation; }
    /// Bumped whenever the files change (views cache by it).
    long generation() const { return m_generation; }

private:
    struct Step;
    void recordStep(std::string label, std::optional<model::CreditTracker> before);
    void changed();

    model::CreditTracker m_tracker;
    std::unique_ptr<io::BillingStreamReader> m_reader;
    std::optional<model::CreditTracker> m_beforeFile; ///< the tracker before the file being read (its undo step)
    TrackerLoadProgress m_progress;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    std::string m_mpeId;
    model::TrackerSettings m_settings;
    model::TrackerResult m_result;
    TrackerOutlook m_outlook;
    long m_generation = 0;
    long m_summarizedGeneration = -1;
    long m_summarizedResultRevision = -2;
};

/// The MPE ID inside a map-migrated tag value ("mig12345" -> "12345", "comm_ec2_ABCDE12345" -> "ABCDE12345"),
/// "" when the value has none of the MAP prefixes.
std::string mpeIdOfTagValue(std::string_view tagValue);

} // namespace est::app
