// tests/io/billing_stream_test.cpp - billing exports streamed into the credit tracker: the same charges written as
// legacy CUR, CUR 2.0, FOCUS, the summary CSV and Cost Explorer give the same totals; chunk sizes change nothing;
// containers; re-deliveries; every kind of bad input; the public samples and tagged variants derived from them.
#include "../shared_samples.hpp"
#include "formats/inflate.hpp"
#include "formats/zip_writer.hpp"
#include "io/billing_stream.hpp"
#include "io/map_rules_asset.hpp"
#include "io/sniff.hpp"
#include "io/tracker_report.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>

using namespace est;

namespace {

// ---- The same charges, written in each format ----------------------------------------------------------------------

struct Charge {
    const char* month; // "2024-09"
    const char* account;
    const char* type; // CUR line item type
    const char* product;
    const char* usageType;
    const char* resource;
    const char* name;        // Name tag
    const char* tag;         // map-migrated value
    const char* nearMissTag; // value under the key "Map-Migrated"
    const char* description;
    double unblended;
    double spEffective; // SavingsPlanCoveredUsage only
};

// Worked by hand, with --mpe 12345:
//   eligible: EC2 i-aaa 100 (Sep) + EC2 i-bbb 40 (Sep) + RDS db-ccc 25 (Oct) + EC2 i-aaa SP-covered 6 (Nov) = 171
//   tagged:   100 + 6 = 106; untagged 171 - 106 = 65 (i-bbb 40, db-ccc 25 whose key is Map-Migrated)
//   excluded: data transfer 5 + tax 3 + S3 requests 2 (S3 counts storage only) + Amazon Connect 8 (not listed) = 18
//   credits:  MAP 20 (description names MPE12345); other 7.50
//   quarters: 2024-Q3 tagged 100 of 140 eligible; 2024-Q4 tagged 6 of 31, MAP credits 20
const Charge kCharges[] = {
    {"2024-09", "111111111111", "Usage", "AmazonEC2", "BoxUsage:m5.large", "i-aaa", "app-01", "mig12345", "", "", 100.0,
     0},
    {"2024-09", "111111111111", "Usage", "AmazonEC2", "BoxUsage:m5.large", "i-bbb", "web-01", "", "", "", 40.0, 0},
    {"2024-10", "222222222222", "Usage", "AmazonRDS", "InstanceUsage:db.m5.large", "db-ccc", "", "", "mig12345", "",
     25.0, 0},
    {"2024-10", "111111111111", "Usage", "AmazonEC2", "USE1-DataTransfer-Out-Bytes", "i-aaa", "app-01", "mig12345", "",
     "", 5.0, 0},
    {"2024-10", "111111111111", "Tax", "AmazonEC2", "", "", "", "", "", "Tax for product code AmazonEC2", 3.0, 0},
    {"2024-11", "111111111111", "Credit", "AmazonEC2", "", "", "", "", "", "MAP 2.0 Credit MPE12345", -20.0, 0},
    {"2024-11", "111111111111", "Credit", "AmazonEC2", "", "", "", "", "", "AWS Promotional Credit", -7.5, 0},
    {"2024-11", "111111111111", "SavingsPlanCoveredUsage", "AmazonEC2", "BoxUsage:m5.large", "i-aaa", "app-01",
     "mig12345", "", "", 10.0, 6.0},
    {"2024-11", "111111111111", "SavingsPlanNegation", "AmazonEC2", "BoxUsage:m5.large", "i-aaa", "app-01", "mig12345",
     "", "", -10.0, 0},
    {"2024-11", "111111111111", "Usage", "AmazonS3", "USE1-Requests-Tier1", "bucket-a", "", "mig12345", "", "", 2.0, 0},
    {"2024-12", "111111111111", "Usage", "AmazonConnect", "USE1-chat-message", "connect-1", "", "mig12345", "", "", 8.0,
     0},
};

std::string number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string legacyCur() {
    std::string csv =
        "identity/LineItemId,bill/PayerAccountId,bill/BillingEntity,bill/BillingPeriodStartDate,"
        "lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/ProductCode,"
        "lineItem/UsageType,lineItem/Operation,lineItem/ResourceId,lineItem/UnblendedCost,"
        "lineItem/NetUnblendedCost,lineItem/LineItemDescription,lineItem/CurrencyCode,product/productFamily,"
        "savingsPlan/SavingsPlanEffectiveCost,resourceTags/user:Map-Migrated,resourceTags/user:Name,"
        "resourceTags/user:map-migrated\n";
    int id = 0;
    for (const Charge& c : kCharges) {
        csv += "id" + std::to_string(++id) + ",999999999999,AWS," + c.month + "-01T00:00:00Z," + c.account + "," +
               c.type + "," + c.month + "-05T10:00:00Z," + c.product + "," + c.usageType + ",RunInstances," +
               c.resource + "," + number(c.unblended) + ",,\"" + c.description + "\",USD,," +
               (c.spEffective != 0 ? number(c.spEffective) : "") + "," + c.nearMissTag + "," + c.name + "," + c.tag +
               "\n";
    }
    return csv;
}

// CUR 2.0: tags in the resource_tags map; the cell alternates JSON and the {k=v, ...} text.
std::string cur2() {
    std::string csv =
        "bill_payer_account_id,bill_billing_entity,bill_billing_period_start_date,line_item_usage_account_id,"
        "line_item_line_item_type,line_item_usage_start_date,line_item_product_code,line_item_usage_type,"
        "line_item_operation,line_item_resource_id,line_item_unblended_cost,line_item_line_item_description,"
        "line_item_currency_code,savings_plan_savings_plan_effective_cost,resource_tags\r\n";
    bool json = true;
    for (const Charge& c : kCharges) {
        std::string tags;
        std::vector<std::pair<std::string, std::string>> kv;
        if (*c.tag) kv.emplace_back("user_map_migrated", c.tag);
        if (*c.nearMissTag) kv.emplace_back("user_Map_Migrated", c.nearMissTag);
        if (*c.name) kv.emplace_back("user_name", c.name);
        if (json) {
            tags = "\"{";
            for (std::size_t i = 0; i < kv.size(); ++i)
                tags += (i ? "," : "") + std::string("\"\"") + kv[i].first + "\"\":\"\"" + kv[i].second + "\"\"";
            tags += "}\"";
        } else {
            tags = "\"{";
            for (std::size_t i = 0; i < kv.size(); ++i) tags += (i ? ", " : "") + kv[i].first + "=" + kv[i].second;
            tags += "}\"";
        }
        json = !json;
        csv += std::string("999999999999,AWS,") + c.month + "-01T00:00:00.000Z," + c.account + "," + c.type + "," +
               c.month + "-05T10:00:00.000Z," + c.product + "," + c.usageType + ",RunInstances," + c.resource + "," +
               number(c.unblended) + "," + c.description + ",USD," + (c.spEffective != 0 ? number(c.spEffective) : "") +
               "," + tags + "\r\n";
    }
    return csv;
}

// FOCUS 1.2: SP-covered usage is one Usage row (BilledCost 0, EffectiveCost 6); no negation row.
std::string focus() {
    std::string csv = "BillingAccountId,SubAccountId,ChargeCategory,ChargePeriodStart,BillingPeriodStart,x_ServiceCode,"
                      "ServiceName,x_UsageType,x_Operation,ResourceId,BilledCost,EffectiveCost,ChargeDescription,"
                      "BillingCurrency,ProviderName,Tags,CommitmentDiscountStatus,InvoiceId\n";
    for (const Charge& c : kCharges) {
        const std::string type = c.type;
        if (type == "SavingsPlanNegation") continue;
        std::string category = type == "Tax" ? "Tax" : type == "Credit" ? "Credit" : "Usage";
        double billed = c.unblended, effective = c.unblended;
        std::string status = "NULL";
        if (type == "SavingsPlanCoveredUsage") {
            billed = 0;
            effective = c.spEffective;
            status = "Used";
        }
        std::string tags = "{";
        if (*c.tag) tags += std::string("\"\"user:map-migrated\"\": \"\"") + c.tag + "\"\"";
        if (*c.nearMissTag)
            tags +=
                std::string(tags.size() > 1 ? ", " : "") + "\"\"user:Map-Migrated\"\": \"\"" + c.nearMissTag + "\"\"";
        if (*c.name) tags += std::string(tags.size() > 1 ? ", " : "") + "\"\"user:Name\"\": \"\"" + c.name + "\"\"";
        tags += "}";
        csv += std::string("999999999999,") + c.account + "," + category + "," + c.month + "-05 10:00:00," + c.month +
               "-01 00:00:00," + c.product + ",Some Service," + c.usageType + ",RunInstances," +
               (*c.resource ? c.resource : "NULL") + "," + number(billed) + "," + number(effective) + ",\"" +
               c.description + "\",USD,AWS,\"" + (tags == "{}" ? std::string("NULL") : tags) + "\"," + status +
               ",INV1\n";
    }
    return csv;
}

// The summary CSV (the Athena query's output): near-miss keys cannot be shown there, so db-ccc is simply untagged.
std::string summaryCsv() {
    std::string csv =
        "month,account_id,line_item_type,product_code,product_family,usage_type,operation,resource_id,"
        "tag_map_migrated,tag_name,description,unblended_cost,net_unblended_cost,reservation_effective_cost,"
        "savings_plan_effective_cost\n";
    for (const Charge& c : kCharges)
        csv += std::string(c.month) + "," + c.account + "," + c.type + "," + c.product + ",," + c.usageType +
               ",RunInstances," + c.resource + "," + c.tag + "," + c.name + ",\"" + c.description + "\"," +
               number(c.unblended) + ",,," + (c.spEffective != 0 ? number(c.spEffective) : "") + "\n";
    return csv;
}

// Cost Explorer grouped by the map-migrated tag, filtered to included services and charge type Usage (the only way
// it can give these totals): per month, the tagged and untagged eligible spend.
const char* kCostExplorerByTag =
    "\"Tag\",\"map-migrated$mig12345($)\",\"No tag key: map-migrated($)\",\"Total costs($)\"\n"
    "\"Tag total\",106,65,171\n"
    "\"2024-09-01\",100,40,140\n"
    "\"2024-10-01\",,25,25\n"
    "\"2024-11-01\",6,,6\n";

// ---- Feeding
// ---------------------------------------------------------------------------------------------------------

struct Fed {
    io::BillingReadStatus status;
    std::string error;
    std::vector<std::string> notes;
};

Fed feed(model::CreditTracker& tracker, const std::string& name, const std::string& bytes, std::size_t chunk,
         io::BillingReadOptions options = {}) {
    io::BillingStreamReader reader(tracker, name, options);
    for (std::size_t at = 0; at < bytes.size() && reader.status() == io::BillingReadStatus::Reading; at += chunk)
        reader.feed(std::string_view(bytes).substr(at, chunk));
    reader.finish();
    return {reader.status(), reader.error(), reader.notes()};
}

model::TrackerResult summary(const model::CreditTracker& tracker, const std::string& mpe = "12345") {
    model::TrackerSettings settings;
    settings.mpeId = mpe;
    return model::summarize(tracker, settings, io::shippedMapRules());
}

void putLittleEndian32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
}

// One gzip member (RFC 1952) around the project's raw deflate.
std::string gzip(const std::string& data) {
    std::string deflated;
    REQUIRE(formats::deflateRaw(data, deflated).empty());
    std::string out("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\xFF", 10);
    out += deflated;
    putLittleEndian32(out, formats::crc32Of(data));
    putLittleEndian32(out, static_cast<std::uint32_t>(data.size()));
    return out;
}

std::string zip(const std::string& entryName, const std::string& data) {
    formats::ZipWriter writer;
    writer.add(entryName, data);
    return writer.finish();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void checkHandWorkedTotals(const model::TrackerResult& r) {
    CHECK(r.totals.eligibleUsd == Approx(171.0));
    CHECK(r.totals.taggedEligibleUsd == Approx(106.0));
    CHECK(r.totals.untaggedEligibleUsd == Approx(65.0));
    REQUIRE(r.quarters.size() == 2);
    CHECK(r.quarters[0].quarter == "2024-Q3");
    CHECK(r.quarters[0].taggedEligibleUsd == Approx(100.0));
    CHECK(r.quarters[1].quarter == "2024-Q4");
    CHECK(r.quarters[1].taggedEligibleUsd == Approx(6.0));
}

} // namespace

TEST_CASE("the same charges as legacy CUR, CUR 2.0, FOCUS and the summary CSV give the same figures", "[io][billing]") {
    const std::pair<const char*, std::string> files[] = {{"report-1.csv", legacyCur()},
                                                         {"export-00001.csv", cur2()},
                                                         {"focus-00001.csv", focus()},
                                                         {"summary.csv", summaryCsv()}};
    const char* formats[] = {"cur", "cur2", "focus", "summary"};
    for (std::size_t i = 0; i < 4; ++i) {
        INFO(files[i].first);
        model::CreditTracker tracker;
        const Fed fed = feed(tracker, files[i].first, files[i].second, 1 << 16);
        REQUIRE(fed.error.empty());
        const model::TrackerResult r = summary(tracker);
        CHECK(r.format == formats[i]);
        checkHandWorkedTotals(r);
        CHECK(r.totals.mapCreditsUsd == Approx(20.0));
        CHECK(r.totals.otherCreditsUsd == Approx(7.5));
        CHECK(r.totals.excludedUsd == Approx(18.0)); // 5 + 3 + 2 + 8
        CHECK(r.quarters[1].mapCreditsUsd == Approx(20.0));
        REQUIRE(r.untaggedResources.size() == 2);
        CHECK(r.untaggedResources[0].resourceId == "i-bbb");
        CHECK(r.untaggedResources[0].eligibleUsd == Approx(40.0));
        CHECK(r.untaggedResources[0].account == "111111111111");
        CHECK(r.untaggedResources[0].tagValueToApply == "mig12345");
        CHECK(r.untaggedResources[1].resourceId == "db-ccc");
        CHECK(r.untaggedResources[1].eligibleUsd == Approx(25.0));
        REQUIRE(r.tagValues.size() == 1);
        CHECK(r.tagValues[0].value == "mig12345");
        CHECK(r.tagValues[0].usd == Approx(106.0));
        if (i < 3) { // the summary CSV cannot carry a near-miss key
            REQUIRE(r.nearMissKeys.size() == 1);
            CHECK(r.nearMissKeys[0].eligibleUsd == Approx(25.0));
        }
        REQUIRE(r.accounts.size() == 2);
        CHECK(r.accounts[1].account == "222222222222");
        CHECK(r.accounts[1].untaggedEligibleUsd == Approx(25.0));
    }
}

TEST_CASE("a Cost Explorer download grouped by the tag gives the same totals, and says what it cannot tell",
          "[io][billing]") {
    model::CreditTracker tracker;
    const Fed fed = feed(tracker, "costs.csv", kCostExplorerByTag, 1 << 16);
    REQUIRE(fed.error.empty());
    const model::TrackerResult r = summary(tracker);
    CHECK(r.format == "cost-explorer");
    checkHandWorkedTotals(r);
    CHECK(r.untaggedResources.empty());
    CHECK_FALSE(r.hasResourceIds);
    CHECK(fed.notes.front().find("totals only") != std::string::npos);
    // Grouped by service: $140 of EC2 in September counts as eligible but nothing as tagged.
    model::CreditTracker byService;
    REQUIRE(feed(byService, "services.csv",
                 "\"Service\",\"EC2-Instances($)\",\"Tax($)\",\"Total costs($)\"\n\"Service total\",140,3,143\n"
                 "\"2024-09-01\",140,3,143\n",
                 1 << 16)
                .error.empty());
    const model::TrackerResult s = summary(byService);
    CHECK(s.totals.eligibleUsd == Approx(140.0));
    CHECK(s.totals.taggedEligibleUsd == 0.0);
    CHECK(s.totals.excludedUsd == Approx(3.0));
}

TEST_CASE("1-byte and 7-byte chunks give the same result as one chunk, plain, gzip and zip", "[io][billing][stream]") {
    const std::string csv = legacyCur();
    const std::pair<std::string, std::string> containers[] = {
        {"report-1.csv", csv}, {"report-1.csv.gz", gzip(csv)}, {"report-1.csv.zip", zip("report-1.csv", csv)}};
    for (const auto& [name, bytes] : containers) {
        INFO(name);
        model::CreditTracker whole;
        REQUIRE(feed(whole, name, bytes, bytes.size()).error.empty());
        const std::string expected = io::trackerJson(summary(whole));
        for (std::size_t chunk : {std::size_t{1}, std::size_t{7}}) {
            model::CreditTracker tracker;
            REQUIRE(feed(tracker, name, bytes, chunk).error.empty());
            CHECK(io::trackerJson(summary(tracker)) == expected);
        }
    }
    // CUR 2.0 and FOCUS hold quoted cells with doubled quotes (their tag maps): cut anywhere, they read the same.
    for (const std::string& text : {cur2(), focus()}) {
        model::CreditTracker whole, bytes1, bytes7;
        REQUIRE(feed(whole, "f.csv", text, text.size()).error.empty());
        REQUIRE(feed(bytes1, "f.csv", text, 1).error.empty());
        REQUIRE(feed(bytes7, "f.csv", text, 7).error.empty());
        CHECK(io::trackerJson(summary(bytes1)) == io::trackerJson(summary(whole)));
        CHECK(io::trackerJson(summary(bytes7)) == io::trackerJson(summary(whole)));
    }
}

TEST_CASE("a re-delivered month counts once, the parts of one delivery add up", "[io][billing]") {
    // September delivered on the 5th (two parts: 100 + 40 of EC2) and again on the 20th (one part, cumulative: 300).
    auto cur = [](const char* day, const char* resource, double usd) {
        return std::string(
                   "bill/PayerAccountId,bill/BillingPeriodStartDate,lineItem/UsageAccountId,lineItem/LineItemType,"
                   "lineItem/UsageStartDate,lineItem/ProductCode,lineItem/ResourceId,lineItem/UnblendedCost,"
                   "resourceTags/user:map-migrated\n") +
               "999999999999,2024-09-01T00:00:00Z,111111111111,Usage,2024-09-" + day + "T00:00:00Z,AmazonEC2," +
               resource + "," + number(usd) + ",mig12345\n";
    };
    model::CreditTracker tracker;
    io::BillingReadOptions first;
    first.deliveryId = "map-report/20240901-20241001/aaaa";
    REQUIRE(feed(tracker, "map-report-1.csv.gz", gzip(cur("05", "i-1", 100)), 4096, first).error.empty());
    REQUIRE(feed(tracker, "map-report-2.csv.gz", gzip(cur("04", "i-2", 40)), 4096, first).error.empty());
    CHECK(summary(tracker).totals.taggedEligibleUsd == Approx(140.0)); // 100 + 40: parts add
    io::BillingReadOptions second;
    second.deliveryId = "map-report/20240901-20241001/bbbb";
    io::BillingStreamReader reader(tracker, "map-report-1.csv.gz", second);
    reader.feed(gzip(cur("20", "i-1", 300)));
    REQUIRE(reader.finish() == io::BillingReadStatus::Done);
    CHECK(reader.commitReport().replaced.size() == 1);
    CHECK(summary(tracker).totals.taggedEligibleUsd == Approx(300.0)); // not 440
    // The same file dropped again (no folder known): still 300.
    REQUIRE(feed(tracker, "map-report-1.csv.gz", gzip(cur("20", "i-1", 300)), 4096, second).error.empty());
    CHECK(summary(tracker).totals.taggedEligibleUsd == Approx(300.0));
}

TEST_CASE("bad input: one error naming the file and the line or column, the tracker keeps what it had",
          "[io][billing][errors]") {
    model::CreditTracker tracker;
    REQUIRE(feed(tracker, "good.csv", legacyCur(), 4096).error.empty());
    const std::string before = io::trackerJson(summary(tracker));
    const std::string csv = legacyCur();
    const std::string gz = gzip(csv);

    struct Case {
        const char* name;
        std::string bytes;
        const char* expected;
    };
    std::string noCost = csv;
    noCost.replace(noCost.find("lineItem/UnblendedCost"), 22, "lineItem/SomethingElse");
    std::string badNumber = csv;
    badNumber.replace(badNumber.find(",100,"), 5, ",1OO,");
    std::string negative = csv;
    negative.replace(negative.find(",100,"), 5, ",-100,");
    std::string huge = csv;
    huge.replace(huge.find(",100,"), 5, ",1e300,");
    std::string euro = csv;
    euro.replace(euro.find(",USD,"), 5, ",EUR,");
    const Case cases[] = {
        {"cut.csv.gz", gz.substr(0, gz.size() / 2), "cut.csv.gz: after line "},
        {"nocost.csv", noCost, "nocost.csv: line 1: no cost column (lineItem/UnblendedCost)"},
        {"other.csv", "name,vcpu,memory\nvm1,2,4\n", "other.csv: line 1: not a billing export"},
        {"bad.csv", badNumber, "bad.csv: line 2, column lineItem/UnblendedCost: \"1OO\" is not a number"},
        {"negative.csv", negative,
         "negative.csv: line 2, column lineItem/UnblendedCost: \"-100\" is a negative cost on a usage line"},
        {"huge.csv", huge, "huge.csv: line 2, column lineItem/UnblendedCost: \"1e300\" is out of range"},
        {"euro.csv", euro, "euro.csv: line 2, column lineItem/CurrencyCode: \"EUR\" is not USD"},
        {"export.parquet", std::string("PAR1\x15\x04", 6) + "rest", "export.parquet: a Parquet file"},
        {"broken.csv.zip", std::string("PK\x03\x04", 4) + "not really a zip", "broken.csv.zip: a damaged ZIP archive"},
        {"open.csv", csv + "id,\"unterminated", "open.csv: line 13: a quoted cell is never closed"},
        {"empty.csv", "", "empty.csv: line 1: the file is empty"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        for (std::size_t chunk : {std::size_t{3}, std::size_t{1 << 16}}) {
            const Fed fed = feed(tracker, c.name, c.bytes, chunk);
            CHECK(fed.status == io::BillingReadStatus::Failed);
            CHECK(fed.error.rfind(c.expected, 0) == 0);
            CHECK(fed.error.find('\n') == std::string::npos); // one line
        }
    }
    // The truncated gzip says why.
    CHECK(feed(tracker, "cut.csv.gz", gz.substr(0, gz.size() / 2), 4096).error.find("gzip") != std::string::npos);
    // The Parquet message names the export setting that gives CSV + gzip.
    CHECK(feed(tracker, "x.parquet", "PAR1xxxx", 8).error.find("compression \"GZIP\"") != std::string::npos);
    CHECK(io::trackerJson(summary(tracker)) == before);
    // A cancelled read adds nothing either.
    io::BillingStreamReader reader(tracker, "later.csv", {});
    reader.feed(csv);
    reader.cancel();
    CHECK(reader.finish() == io::BillingReadStatus::Failed);
    CHECK(io::trackerJson(summary(tracker)) == before);
}

TEST_CASE("damaged files never crash the reader and never give a negative or non-finite spend",
          "[io][billing][errors]") {
    // 600 deterministic mutations (a byte replaced, dropped or doubled) of each format, fed in chunks of 1-97 bytes.
    const std::string sources[] = {legacyCur(), cur2(), focus(), summaryCsv(), gzip(legacyCur())};
    const char alphabet[] = ",\"\n\r0123456789-.eE{}=:aZ\x1f\xff";
    std::uint64_t state = 7;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33);
    };
    int done = 0, failed = 0;
    for (int i = 0; i < 600; ++i) {
        std::string bytes = sources[i % 5];
        const std::size_t at = next() % bytes.size();
        switch (next() % 3) {
        case 0:
            bytes[at] = alphabet[next() % (sizeof alphabet - 1)];
            break;
        case 1:
            bytes.erase(at, 1);
            break;
        default:
            bytes.insert(at, 1, bytes[at]);
            break;
        }
        model::CreditTracker tracker;
        const Fed fed = feed(tracker, "m.csv", bytes, 1 + next() % 97);
        REQUIRE((fed.status == io::BillingReadStatus::Done || fed.status == io::BillingReadStatus::Failed));
        if (fed.status == io::BillingReadStatus::Failed) {
            ++failed;
            CHECK(fed.error.rfind("m.csv: ", 0) == 0);
            continue;
        }
        ++done;
        const model::TrackerResult r = summary(tracker);
        INFO(bytes);
        CHECK(std::isfinite(r.totals.eligibleUsd));
        CHECK(r.totals.eligibleUsd >= -1e-9);
        CHECK(r.totals.taggedEligibleUsd >= -1e-9);
        CHECK(r.totals.taggedEligibleUsd <= r.totals.eligibleUsd + 1e-9);
        for (const model::UntaggedResource& u : r.untaggedResources) CHECK(u.eligibleUsd > 0.0);
    }
    CHECK(done > 0);   // most single-byte changes still read
    CHECK(failed > 0); // and some are refused
}

TEST_CASE("the tag key is matched exactly: a trailing space or another case is a near miss", "[io][billing]") {
    // Two EC2 hours of 10 each: one under "map-migrated " (trailing space), one under "MAP-MIGRATED": no credit for
    // either, both reported as near misses.
    const std::string csv = "lineItem/UsageStartDate,lineItem/ProductCode,lineItem/ResourceId,lineItem/UnblendedCost,"
                            "resourceTags/user:map-migrated ,resourceTags/user:MAP-MIGRATED\n"
                            "2024-09-01T00:00:00Z,AmazonEC2,i-1,10,mig12345,\n"
                            "2024-09-01T00:00:00Z,AmazonEC2,i-2,10,,mig12345\n";
    model::CreditTracker tracker;
    REQUIRE(feed(tracker, "keys.csv", csv, 11).error.empty());
    const model::TrackerResult r = summary(tracker);
    CHECK(r.totals.eligibleUsd == Approx(20.0));
    CHECK(r.totals.taggedEligibleUsd == 0.0);
    REQUIRE(r.nearMissKeys.size() == 2);
    CHECK(r.nearMissKeys[0].key == "user:MAP-MIGRATED");
    CHECK(r.nearMissKeys[1].key == "user:map-migrated ");
}

TEST_CASE("sniff recognises the tracker's summary CSV by its exact header", "[io][billing][sniff]") {
    CHECK(io::sniff(summaryCsv(), "s.csv").kind == io::FileKind::BillingSummary);
    std::string reordered = summaryCsv();
    reordered.replace(0, 16, "account_id,month");
    CHECK(io::sniff(reordered, "s.csv").kind != io::FileKind::BillingSummary);
}

TEST_CASE("the shipped MAP rules carry their date and source and the list's services", "[io][billing][rules]") {
    const model::MapRules& rules = io::shippedMapRules();
    CHECK(rules.listDate == "Last Updated 6 April 2026");
    CHECK(rules.title == "AWS Migrations Included Services List");
    CHECK(rules.address.find("sample-auto-map-tagger") != std::string::npos);
    CHECK(rules.services.size() == 128); // the transcription's rows
    REQUIRE(rules.find("AmazonS3") != nullptr);
    CHECK(rules.find("AmazonS3")->scope == "storage-only");
    CHECK(rules.find("AmazonDAX")->eligibleFrom == "2026-03-27");
    CHECK(rules.find("AmazonConnect") == nullptr);
    model::MapRules untouched = rules;
    CHECK_FALSE(io::parseMapRules("{\"format\":\"other\"}", untouched).empty());
    CHECK(untouched.services.size() == 128);
}

// ---- The public samples (../shared/data/billing/samples) and tagged variants derived from them ----------------------

TEST_CASE("public samples: the sbroenne pair imports to identical totals, and so do tagged variants of it",
          "[io][billing][samples]") {
    const std::string root = std::string(EST_SHARED_DATA_DIR) + "/billing/samples/";
    if (!test::samplePresent(root + "pair-legacy_sbroenne.csv") ||
        !test::samplePresent(root + "pair-cur20_sbroenne.csv"))
        return;
    const std::string legacy = readFile(root + "pair-legacy_sbroenne.csv");
    const std::string cur20 = readFile(root + "pair-cur20_sbroenne.csv");
    for (const std::string* text : {&legacy, &cur20}) {
        model::CreditTracker tracker;
        const Fed fed = feed(tracker, "pair.csv", *text, 5);
        REQUIRE(fed.error.empty());
        const model::TrackerResult r = summary(tracker);
        // 0.0104 + 0.0104 + 0.034 + 0.0104 = 0.0652, none tagged (the files have no tag column).
        CHECK(r.totals.eligibleUsd == Approx(0.0652));
        CHECK(r.totals.taggedEligibleUsd == 0.0);
        REQUIRE(r.untaggedResources.size() == 2);
        CHECK(r.untaggedResources[0].resourceId == "db-ABCDEFGHIJKLMN"); // 0.034
        CHECK(r.untaggedResources[1].eligibleUsd == Approx(0.0312));     // 3 x 0.0104
        CHECK(std::any_of(fed.notes.begin(), fed.notes.end(), [](const std::string& n) {
            return n.find("every line read as usage") != std::string::npos;
        }));
    }
    // Tagged variants: the first two EC2 hours carry mig12345, the RDS hour another agreement's mig99999.
    auto tag = [](const std::string& text, const std::string& column, const std::vector<std::string>& cells) {
        std::istringstream in(text);
        std::string line, out;
        std::getline(in, line);
        out = line + "," + column + "\n";
        for (std::size_t i = 0; std::getline(in, line); ++i) out += line + "," + cells[i] + "\n";
        return out;
    };
    const std::string taggedLegacy =
        tag(legacy, "resourceTags/user:map-migrated", {"mig12345", "mig12345", "mig99999", ""});
    const std::string taggedCur20 = tag(cur20, "resource_tags",
                                        {"\"{\"\"user_map_migrated\"\":\"\"mig12345\"\"}\"",
                                         "{user_map_migrated=mig12345}", "{user_map_migrated=mig99999}", "{}"});
    for (const std::string* text : {&taggedLegacy, &taggedCur20}) {
        model::CreditTracker tracker;
        REQUIRE(feed(tracker, "tagged.csv", *text, 7).error.empty());
        const model::TrackerResult r = summary(tracker);
        // With MPE 12345: tagged 0.0104 x 2 = 0.0208; untagged 0.0652 - 0.0208 = 0.0444 (RDS 0.034 other MPE, EC2
        // 0.0104).
        CHECK(r.totals.taggedEligibleUsd == Approx(0.0208));
        CHECK(r.totals.untaggedEligibleUsd == Approx(0.0444));
        REQUIRE(r.untaggedResources.size() == 2);
        CHECK(r.untaggedResources[0].resourceId == "db-ABCDEFGHIJKLMN");
        CHECK(r.untaggedResources[0].tagValueSeen == "mig99999");
        CHECK(r.untaggedResources[1].eligibleUsd == Approx(0.0104));
        // Without an MPE both values are well formed: 0.0208 + 0.034 = 0.0548 tagged.
        CHECK(summary(tracker, "").totals.taggedEligibleUsd == Approx(0.0548));
    }
}

TEST_CASE("public samples: containers, FOCUS credits and other clouds, CUR tax lines", "[io][billing][samples]") {
    const std::string root = std::string(EST_SHARED_DATA_DIR) + "/billing/samples/";
    const std::string zipFile = root + "legacy-cur-mock_keboola-00001.csv.zip";
    const std::string gzFile = root + "cur2-mock_keboola-00001.csv.gz";
    const std::string focusFile = root + "focus-1.0_sample-1000_finops-foundation.csv";
    const std::string curFile = root + "legacy-cur_usage-tax_focus-converters.csv";
    for (const std::string& f : {zipFile, gzFile, focusFile, curFile})
        if (!test::samplePresent(f)) return;
    {
        model::CreditTracker tracker;
        REQUIRE(feed(tracker, "legacy-cur-mock_keboola-00001.csv.zip", readFile(zipFile), 100).error.empty());
        CHECK(tracker.files().front().identity.format == model::BillingFormat::Cur);
        CHECK(tracker.files().front().lines == 3);
    }
    {
        model::CreditTracker tracker;
        REQUIRE(feed(tracker, "cur2-mock_keboola-00001.csv.gz", readFile(gzFile), 64).error.empty());
        CHECK(tracker.files().front().identity.format == model::BillingFormat::Cur2);
        CHECK(tracker.files().front().lines == 4);
        CHECK(tracker.files().front().months == std::vector<std::string>{"2024-09"});
    }
    {
        model::CreditTracker tracker;
        const Fed fed = feed(tracker, "focus.csv", readFile(focusFile), 1 << 16);
        REQUIRE(fed.error.empty());
        const model::TrackerResult r = summary(tracker);
        // The one AWS credit: BilledCost -2.6137, a promotional credit (no MPE): other credits, positive.
        CHECK(r.totals.otherCreditsUsd == Approx(2.6137));
        CHECK(r.totals.mapCreditsUsd == 0.0);
        // 1,000 rows: 942 AWS; Microsoft 51 + Oracle 7 = 58 left out.
        CHECK(tracker.files().front().lines == 942);
        CHECK(std::any_of(fed.notes.begin(), fed.notes.end(), [](const std::string& n) {
            return n.find("58 lines of other clouds") != std::string::npos;
        }));
    }
    {
        model::CreditTracker tracker;
        REQUIRE(feed(tracker, "cur.csv", readFile(curFile), 1 << 16).error.empty());
        const model::TrackerResult r = summary(tracker);
        CHECK(tracker.files().front().lines == 1281); // 1,269 usage + 12 tax
        REQUIRE(!r.excluded.empty());
        const auto tax = std::find_if(r.excluded.begin(), r.excluded.end(), [](const model::ExcludedSpend& e) {
            return e.reason == model::ExclusionReason::Tax;
        });
        REQUIRE(tax != r.excluded.end());
        CHECK(tax->lines == 12);
        CHECK(r.months.size() == 1);
        CHECK(r.months.front().month == "2023-11");
    }
}
