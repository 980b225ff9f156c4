// io/billing_stream.cpp - a billing export's bytes to the tracker: container (plain, gzip, ZIP) -> push tokenizer ->
// the format's row reader -> the file's aggregates, committed at the end only when everything read cleanly.
#include "io/billing_stream.hpp"

#include "formats/csv.hpp"
#include "formats/csv_push.hpp"
#include "formats/gzip_stream.hpp"
#include "formats/text.hpp"
#include "formats/zip_reader.hpp"
#include "io/billing_rows.hpp"
#include "io/map_rules_asset.hpp"

#include <optional>

namespace est::io {
namespace {

enum class Container { Unknown, Plain, Gzip, Zip };

constexpr std::string_view kParquetAdvice =
    "a Parquet file: the tracker reads CSV. Export CSV with GZIP compression instead (Data Exports: file format "
    "\"text or CSV\", compression \"GZIP\"; legacy CUR: compression GZIP or ZIP, without Athena integration, which "
    "forces Parquet)";

} // namespace

struct BillingStreamReader::Impl : formats::CsvRecordSink {
    model::CreditTracker& tracker;
    std::string fileName;
    BillingReadOptions options;
    BillingReadStatus status = BillingReadStatus::Reading;
    BillingReadProgress progress;
    std::string error;
    std::vector<std::string> notes;
    model::CommitReport commitReport;
    Container container = Container::Unknown;
    std::string head;     // the first bytes, until the container is known
    std::string zipBytes; // a .zip, held until finish()
    formats::GzipStream gzip;
    std::string decoded;
    formats::CsvPushTokenizer tokenizer;
    std::unique_ptr<billing::RowReader> rows;
    std::optional<model::BillingFileAggregate> aggregate;

    Impl(model::CreditTracker& t, std::string name, BillingReadOptions o)
        : tracker(t), fileName(std::move(name)), options(std::move(o)) {}

    void fail(std::string message) {
        if (status == BillingReadStatus::Failed) return;
        status = BillingReadStatus::Failed;
        error = fileName + ": " + std::move(message);
        aggregate.reset(); // a ZIP's bytes are released by the caller: the ZIP reader may still be reading them
    }

    void releaseZip() {
        zipBytes.clear();
        zipBytes.shrink_to_fit();
    }

    bool record(const std::vector<std::string_view>& fields, std::size_t columns, long line) override {
        if (tokenizer.unclosedQuote()) {
            fail("line " + std::to_string(line) + ": a quoted cell is never closed (the file is cut short?)");
            return false;
        }
        if (!rows) {
            const std::vector<std::string_view> header(fields.begin(),
                                                       fields.begin() + static_cast<std::ptrdiff_t>(columns));
            std::string why;
            rows = billing::makeRowReader(header, shippedMapRules(), why);
            if (!rows) {
                fail("line " + std::to_string(line) + ": " + why);
                return false;
            }
            model::DeliveryIdentity identity = model::deliveryFromPath(fileName, rows->format());
            if (!options.deliveryId.empty()) identity.deliveryId = options.deliveryId;
            aggregate.emplace(std::move(identity), shippedMapRules());
            tokenizer.setWanted(rows->wanted());
            return true;
        }
        ++progress.rowsRead;
        std::string why = rows->read(fields, *aggregate);
        if (!why.empty()) {
            fail("line " + std::to_string(line) + ", " + why);
            return false;
        }
        return true;
    }

    void tokenize(std::string_view csv) {
        progress.decodedBytes += csv.size();
        if (!tokenizer.push(csv, *this)) tokenizerStopped();
    }

    void tokenizerStopped() {
        if (status == BillingReadStatus::Failed) return;
        if (tokenizer.recordTooLong())
            fail("line " + std::to_string(tokenizer.line()) + ": a record longer than 1 MiB (a damaged file?)");
        else
            fail("line " + std::to_string(tokenizer.line()) + ": the file could not be read");
    }

    void drainGzip() {
        while (status == BillingReadStatus::Reading && !gzip.needsInput()) {
            decoded.clear();
            const std::string why = gzip.read(decoded, options.chunkBytes);
            if (!decoded.empty()) tokenize(decoded);
            if (!why.empty()) {
                fail("after line " + std::to_string(tokenizer.line()) + ": " + why);
                return;
            }
            if (decoded.empty()) return;
        }
    }

    void route(std::string_view chunk) {
        switch (container) {
        case Container::Plain:
            tokenize(chunk);
            break;
        case Container::Gzip:
            gzip.push(chunk);
            drainGzip();
            break;
        case Container::Zip:
            zipBytes.append(chunk);
            break;
        case Container::Unknown:
            break;
        }
    }

    // Decides the container from the first four bytes (or fewer, at the end of a tiny file).
    void decide(bool atEnd) {
        if (container != Container::Unknown || (head.size() < 4 && !atEnd)) return;
        if (formats::looksLikeGzip(head))
            container = Container::Gzip;
        else if (head.compare(0, 4, "PK\x03\x04") == 0)
            container = Container::Zip;
        else if (head.compare(0, 4, "PAR1") == 0) {
            fail(std::string(kParquetAdvice));
            return;
        } else
            container = Container::Plain;
        std::string first;
        first.swap(head);
        route(first);
    }

    void finishZip() {
        std::vector<formats::InputProblem> problems;
        const std::optional<formats::ZipReader> zip = formats::ZipReader::open(zipBytes, problems);
        if (!zip) {
            fail("a damaged ZIP archive" + (problems.empty() ? std::string() : " (" + problems.front().message + ")"));
            return;
        }
        const formats::ZipEntry* entry = nullptr;
        for (const formats::ZipEntry& e : zip->entries())
            if (formats::text::endsWithIgnoreCase(e.name, ".csv")) {
                entry = &e;
                break;
            }
        if (entry == nullptr) {
            fail("a ZIP archive with no .csv inside");
            return;
        }
        const std::string why = zip->readChunked(*entry, options.chunkBytes, [&](std::string_view buffer, bool) {
            if (status == BillingReadStatus::Reading) tokenize(buffer);
            return buffer.size();
        });
        if (!why.empty() && status == BillingReadStatus::Reading) fail(entry->name + ": " + why);
    }
};

BillingStreamReader::BillingStreamReader(model::CreditTracker& tracker, std::string fileName,
                                         BillingReadOptions options)
    : m_impl(std::make_unique<Impl>(tracker, std::move(fileName), std::move(options))) {}

BillingStreamReader::~BillingStreamReader() = default;

BillingReadStatus BillingStreamReader::feed(std::string_view chunk) {
    Impl& m = *m_impl;
    if (m.status != BillingReadStatus::Reading) return m.status;
    m.progress.bytesConsumed += chunk.size();
    if (m.container == Container::Unknown) {
        m.head.append(chunk);
        m.decide(false);
    } else {
        m.route(chunk);
    }
    if (m.status == BillingReadStatus::Failed) m.releaseZip();
    return m.status;
}

BillingReadStatus BillingStreamReader::finish() {
    Impl& m = *m_impl;
    if (m.status != BillingReadStatus::Reading) return m.status;
    m.decide(true);
    if (m.status == BillingReadStatus::Reading && m.container == Container::Zip) {
        m.finishZip();
        m.releaseZip();
    }
    if (m.status == BillingReadStatus::Reading && m.container == Container::Gzip) {
        m.drainGzip();
        if (m.status == BillingReadStatus::Reading) {
            const std::string why = m.gzip.finish();
            if (!why.empty())
                m.fail("after line " + std::to_string(m.tokenizer.line()) + ": " + why + " (the file is cut short?)");
        }
    }
    if (m.status == BillingReadStatus::Reading && !m.tokenizer.finish(m)) m.tokenizerStopped();
    if (m.status != BillingReadStatus::Reading) return m.status;
    if (m.tokenizer.unclosedQuote()) {
        m.fail("line " + std::to_string(m.tokenizer.line()) +
               ": a quoted cell is never closed (the file is cut short?)");
        return m.status;
    }
    if (!m.rows) {
        m.fail("line 1: the file is empty");
        return m.status;
    }
    for (std::string& note : m.rows->notes()) {
        m.notes.push_back(note);
        m.aggregate->addNote(std::move(note));
    }
    m.commitReport = m.tracker.commit(std::move(*m.aggregate));
    m.aggregate.reset();
    m.status = BillingReadStatus::Done;
    return m.status;
}

void BillingStreamReader::cancel() {
    Impl& m = *m_impl;
    if (m.status == BillingReadStatus::Reading) m.fail("cancelled");
}

BillingReadStatus BillingStreamReader::status() const { return m_impl->status; }
const BillingReadProgress& BillingStreamReader::progress() const { return m_impl->progress; }
const std::string& BillingStreamReader::error() const { return m_impl->error; }
model::BillingFormat BillingStreamReader::format() const {
    return m_impl->rows ? m_impl->rows->format() : model::BillingFormat::Cur;
}
bool BillingStreamReader::headerRead() const { return m_impl->rows != nullptr; }
const std::vector<std::string>& BillingStreamReader::notes() const { return m_impl->notes; }
const model::CommitReport& BillingStreamReader::commitReport() const { return m_impl->commitReport; }

std::string readBillingStream(model::CreditTracker& tracker, const std::string& fileName, std::istream& in,
                              std::vector<std::string>& notes, BillingReadOptions options) {
    BillingStreamReader reader(tracker, fileName, options);
    std::string buffer(options.chunkBytes, '\0');
    while (in && reader.status() == BillingReadStatus::Reading) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        reader.feed(std::string_view(buffer.data(), got));
    }
    if (reader.finish() != BillingReadStatus::Done) return reader.error();
    for (const std::string& n : reader.notes()) notes.push_back(fileName + ": " + n);
    for (const std::string& r : reader.commitReport().replaced) notes.push_back(fileName + ": " + r);
    for (const std::string& r : reader.commitReport().ignored) notes.push_back(fileName + ": " + r);
    return {};
}

} // namespace est::io
