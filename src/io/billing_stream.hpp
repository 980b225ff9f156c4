// io/billing_stream.hpp - an AWS billing export read as it arrives: chunks in (from the browser's File stream or
// the CLI's file), lines folded into a model::CreditTracker at the end, memory flat in the file's size.
//
// Formats (recognised from the header row): legacy CUR, CUR 2.0 (Data Exports), FOCUS 1.0 / 1.2, the Cost Explorer
// "Download CSV", and the tracker's summary CSV (docs: the Athena query). Containers: plain CSV, gzip (.csv.gz),
// ZIP (.csv.zip: held compressed until finish(), because a ZIP's directory is at its end; the CSV inside still
// streams). Parquet is refused with the export setting that gives CSV + gzip.
//
// Use:
//     est::io::BillingStreamReader reader(tracker, "report-1.csv.gz");
//     for (each chunk) if (reader.feed(chunk) == BillingReadStatus::Failed) break;   // progress() for a bar
//     reader.finish();        // Done: the file's lines are in the tracker. Failed: error(), the tracker unchanged.
// cancel() (or destroying the reader before finish()) drops the file: the tracker keeps what it had.
#pragma once

#include "model/credit_tracker.hpp"

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace est::io {

struct BillingReadOptions {
    /// The S3 delivery the file belongs to (its folder: the assembly ID, or "BILLING_PERIOD=2024-09"), "" when
    /// unknown. Parts of one delivery add up; another delivery of the same month replaces (model/credit_tracker.hpp).
    /// The CLI passes the file's folder; the page passes the folder of a dropped directory's file, or "".
    std::string deliveryId;
    /// Bytes of CSV decoded per step (bounds memory; the tokenizer holds at most one record beyond it).
    std::size_t chunkBytes = std::size_t{1} << 16;
};

enum class BillingReadStatus {
    Reading, ///< feed more (or finish)
    Failed,  ///< error() says why; further feeds are ignored, finish() commits nothing
    Done,    ///< finish() committed the file
};

struct BillingReadProgress {
    std::uint64_t bytesConsumed = 0; ///< input bytes (as fed: compressed for .gz / .zip) taken so far
    std::uint64_t decodedBytes = 0;  ///< CSV bytes read so far (the MB/s figure)
    std::uint64_t rowsRead = 0;      ///< data rows (header excluded)
};

class BillingStreamReader {
public:
    /// `tracker` must outlive the reader; it is touched only by a successful finish().
    BillingStreamReader(model::CreditTracker& tracker, std::string fileName, BillingReadOptions options = {});
    ~BillingStreamReader();
    BillingStreamReader(const BillingStreamReader&) = delete;
    BillingStreamReader& operator=(const BillingStreamReader&) = delete;

    /// Hands over the next bytes of the file (any size, even 1 byte; not kept after the call, except a .zip's,
    /// which are held until finish()).
    BillingReadStatus feed(std::string_view chunk);
    /// The input has ended: reads what is left, checks the file ended cleanly (a truncated gzip fails) and commits
    /// the file into the tracker.
    BillingReadStatus finish();
    /// Drops the file; the tracker is left as it was.
    void cancel();

    BillingReadStatus status() const;
    const BillingReadProgress& progress() const;
    /// One line naming the file and the line or column: "report-1.csv.gz: line 1: no cost column
    /// (lineItem/UnblendedCost)".
    const std::string& error() const;
    /// The format, once the header row has been read (Cur until then; see headerRead()).
    model::BillingFormat format() const;
    bool headerRead() const;
    /// What the file cannot tell or what was assumed ("no resource IDs", "no LineItemType column: lines read as
    /// usage").
    const std::vector<std::string>& notes() const;
    /// What committing did (replaced or ignored months), after a successful finish().
    const model::CommitReport& commitReport() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Reads a whole stream through a BillingStreamReader (the CLI's path): "" on success, else the reader's error.
/// `notes` receives the reader's notes and commit report lines.
std::string readBillingStream(model::CreditTracker& tracker, const std::string& fileName, std::istream& in,
                              std::vector<std::string>& notes, BillingReadOptions options = {});

} // namespace est::io
