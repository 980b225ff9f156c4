// tests/bench/tracker_bench.cpp - the MAP credit tracker streaming a generated legacy CUR of 1,000,000 rows (.csv.gz)
// in 64 KiB chunks, as the page feeds a File's stream: MB/s of uncompressed CSV and peak heap above the baseline.
// Prints "BENCH <name> <value> <unit>"; never a timed test.
//
// The file is generated once (deterministic) under the system's temp folder and reused: the native run writes it,
// the wasm run (NODERAWFS) reads the same file, so the wasm heap holds no copy of it.
#include "bench_support.hpp"
#include "formats/inflate.hpp"
#include "io/billing_stream.hpp"
#include "io/map_rules_asset.hpp"

#include <malloc.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h> // Node's process.cpuUsage(): the wasm run's CPU time (a bench, not the app)
#endif

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using est::bench::kSuffix;

constexpr int kRows = 1000000;
constexpr int kResources = 20000;
constexpr std::size_t kFeedBytes = 64 * 1024;

// Seconds of CPU this process has used: on a shared, loaded machine the wall clock mostly measures the others.
double cpuSeconds() {
#ifdef __EMSCRIPTEN__
    return EM_ASM_DOUBLE({
        const u = process.cpuUsage();
        return (u.user + u.system) / 1e6;
    });
#else
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

std::size_t heapInUse() {
#ifdef __EMSCRIPTEN__
    return static_cast<std::size_t>(mallinfo().uordblks);
#else
    return mallinfo2().uordblks;
#endif
}

void putLittleEndian32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

// One gzip member (RFC 1952) around a raw deflate of `csv`; the file is a run of members, as some exporters write.
std::string gzipMember(const std::string& csv) {
    std::string deflated;
    if (!est::formats::deflateRaw(csv, deflated, 1).empty()) std::abort();
    std::string out("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\xFF", 10);
    out += deflated;
    putLittleEndian32(out, est::formats::crc32Of(csv));
    putLittleEndian32(out, static_cast<std::uint32_t>(csv.size()));
    return out;
}

// A month of an hourly CUR with resource IDs: 20,000 resources in 20 accounts; EC2, RDS, S3 (storage and requests),
// data transfer, SP-covered usage with its negation, a few credits; 60 % tagged mig12345, 10 % another MPE.
bool generate(const std::string& path) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (out == nullptr) return false;
    std::string csv =
        "identity/LineItemId,identity/TimeInterval,bill/InvoiceId,bill/BillingEntity,bill/BillType,bill/PayerAccountId,"
        "bill/BillingPeriodStartDate,bill/BillingPeriodEndDate,lineItem/UsageAccountId,lineItem/LineItemType,"
        "lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/ProductCode,lineItem/UsageType,lineItem/Operation,"
        "lineItem/AvailabilityZone,lineItem/ResourceId,lineItem/UsageAmount,lineItem/CurrencyCode,lineItem/"
        "UnblendedRate,"
        "lineItem/UnblendedCost,lineItem/NetUnblendedCost,lineItem/LineItemDescription,product/ProductName,"
        "product/productFamily,product/region,pricing/term,reservation/EffectiveCost,savingsPlan/"
        "SavingsPlanEffectiveCost,"
        "resourceTags/user:Name,resourceTags/user:map-migrated\n";
    std::uint64_t state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state >> 33);
    };
    char line[1024];
    for (int row = 0; row < kRows; ++row) {
        const std::uint32_t r = next();
        const int resource = static_cast<int>(r % kResources);
        const int account = resource % 20;
        const int hour = row % 720;
        const int day = hour / 24 + 1, h = hour % 24;
        const int kind = static_cast<int>(next() % 100);
        const char* type = "Usage";
        const char* product = "AmazonEC2";
        const char* usage = "BoxUsage:m5.large";
        const char* family = "Compute Instance";
        const char* productName = "Amazon Elastic Compute Cloud";
        char resourceId[32];
        std::snprintf(resourceId, sizeof resourceId, "i-%017x", resource * 2654435761u);
        double cost = 0.096 + (resource % 7) * 0.01;
        double sp = 0.0;
        const char* description = "$0.096 per On Demand Linux m5.large Instance Hour";
        if (kind < 15) {
            product = "AmazonRDS";
            usage = "InstanceUsage:db.r5.large";
            family = "Database Instance";
            productName = "Amazon Relational Database Service";
            std::snprintf(resourceId, sizeof resourceId, "db-%015d", resource);
            description = "$0.25 per RDS db.r5.large instance hour";
            cost = 0.25;
        } else if (kind < 25) {
            product = "AmazonS3";
            usage = kind < 22 ? "TimedStorage-ByteHrs" : "Requests-Tier1";
            family = kind < 22 ? "Storage" : "API Request";
            productName = "Amazon Simple Storage Service";
            std::snprintf(resourceId, sizeof resourceId, "bucket-%d", resource);
            description = "$0.023 per GB - first 50 TB / month of storage used";
            cost = 0.0123;
        } else if (kind < 30) {
            usage = "USE1-DataTransfer-Out-Bytes";
            family = "Data Transfer";
            description = "$0.09 per GB - first 10 TB / month data transfer out";
            cost = 0.018;
        } else if (kind < 40) {
            type = (row % 2 == 0) ? "SavingsPlanCoveredUsage" : "SavingsPlanNegation";
            sp = type[11] == 'C' ? cost * 0.7 : 0.0;
            if (type[11] == 'N') cost = -cost;
        } else if (kind == 99 && next() % 200 == 0) {
            type = "Credit";
            description = "MAP 2.0 Credit MPE12345";
            resourceId[0] = '\0';
            cost = -1.5;
        }
        const int tagRoll = resource % 10;
        const char* tag = tagRoll < 6 ? "mig12345" : tagRoll < 7 ? "mig99999" : "";
        const int n = std::snprintf(
            line, sizeof line,
            "%08x%08x,2026-03-%02dT%02d:00:00Z/2026-03-%02dT%02d:59:59Z,1234567890,AWS,Anniversary,999999999999,"
            "2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,1000000000%02d,%s,2026-03-%02dT%02d:00:00Z,2026-03-%02dT%02d:59:"
            "59Z,"
            "%s,%s,RunInstances,us-east-1a,%s,1.0,USD,%.4f,%.10f,%.10f,%s,%s,%s,us-east-1,OnDemand,,%s,app-%d,%s\n",
            next(), next(), day, h, day, h, account, type, day, h, day, h, product, usage, resourceId, cost, cost,
            cost * 0.95, description, productName, family, sp != 0.0 ? std::to_string(sp).c_str() : "", resource / 4,
            tag);
        csv.append(line, static_cast<std::size_t>(n));
        if (csv.size() >= (std::size_t{4} << 20) || row + 1 == kRows) {
            const std::string member = gzipMember(csv);
            std::fwrite(member.data(), 1, member.size(), out);
            csv.clear();
        }
    }
    return std::fclose(out) == 0;
}

} // namespace

int main() {
    const std::string path = (std::filesystem::temp_directory_path() / "est-bench-cur-1m-v1.csv.gz").string();
    if (!std::filesystem::exists(path) && !generate(path)) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        return 1;
    }
    (void)est::io::shippedMapRules(); // parsed once, before the baseline, as in the app
    std::vector<char> buffer(kFeedBytes);
    const std::size_t baseline = heapInUse();
    std::size_t peak = baseline;
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (in == nullptr) return 1;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    est::model::CreditTracker tracker;
    est::io::BillingStreamReader reader(tracker, "cur-1m-1.csv.gz");
    for (;;) {
        const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), in);
        if (got == 0) break;
        reader.feed(std::string_view(buffer.data(), got));
        peak = std::max(peak, heapInUse());
    }
    std::fclose(in);
    if (reader.finish() != est::io::BillingReadStatus::Done) {
        std::fprintf(stderr, "%s\n", reader.error().c_str());
        return 1;
    }
    peak = std::max(peak, heapInUse());
    const est::model::TrackerResult result = est::model::summarize(tracker, {}, est::io::shippedMapRules());
    const double seconds = est::bench::msSince(start) / 1000.0;
    peak = std::max(peak, heapInUse());
    const double mb = static_cast<double>(reader.progress().decodedBytes) / 1e6;
    std::printf("BENCH track_cur_1m_%s_mb_per_s %.1f MB/s\n", kSuffix, mb / seconds);
    std::printf("BENCH track_cur_1m_%s_peak_mb %.1f MB\n", kSuffix,
                static_cast<double>(peak - baseline) / (1024.0 * 1024.0));
    std::printf("BENCH track_cur_1m_%s_ms %.0f ms\n", kSuffix, seconds * 1000.0);
    // The same over the process's CPU time (Node's, under wasm).
    std::printf("BENCH track_cur_1m_%s_cpu_mb_per_s %.1f MB/s\n", kSuffix, mb / (cpuSeconds() - cpuStart));
    std::fprintf(stderr, "tracker bench: %.0f MB of CSV, %llu rows, %zu untagged resources, tagged %.0f of %.0f USD\n",
                 mb, static_cast<unsigned long long>(reader.progress().rowsRead), result.untaggedResources.size(),
                 result.totals.taggedEligibleUsd, result.totals.eligibleUsd);
    return 0;
}
