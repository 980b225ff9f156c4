// tests/io/tracker_report_test.cpp - the tracker's exports: the JSON keys `estimator track` promises, the tagging CSV
// safe to open in a spreadsheet, the HTML page escaping every text from the bill.
#include "io/tracker_report.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace est;

namespace {

model::TrackerResult hostileResult() {
    model::TrackerResult r;
    r.format = "cur";
    r.months.push_back(model::TrackerMonth{"2024-09", 140.0, 100.0, 0.0, 20.0, 7.5});
    model::TrackerQuarter q;
    q.quarter = "2024-Q3";
    q.taggedEligibleUsd = 100.0;
    q.mapCreditsUsd = 20.0;
    q.forecastTaggedEligibleUsd = 120.0;
    r.quarters.push_back(q);
    r.totals.eligibleUsd = 140.0;
    r.totals.taggedEligibleUsd = 100.0;
    r.totals.untaggedEligibleUsd = 40.0;
    model::UntaggedResource u;
    u.resourceId = "=HYPERLINK(\"http://x\")";
    u.account = "111111111111";
    u.productCode = "AmazonEC2";
    u.nameTag = "<script>alert(1)</script>";
    u.tagValueToApply = "mig12345";
    u.eligibleUsd = 40.004;
    r.untaggedResources.push_back(u);
    r.tagValues.push_back(model::TagValueSpend{"mig12345", true, "", 100.0});
    return r;
}

using ojson = nlohmann::ordered_json;

double cents(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 || !std::isfinite(r) ? 0.0 : r;
}

// The writer as it was when it built an nlohmann ordered_json tree: the oracle for the streaming writer.
std::string legacyTrackerJson(const model::TrackerResult& r) {
    ojson doc;
    doc["format"] = r.format;
    ojson months = ojson::array();
    for (const model::TrackerMonth& m : r.months)
        months.push_back(ojson{{"month", m.month},
                               {"eligibleUsd", cents(m.eligibleUsd)},
                               {"taggedEligibleUsd", cents(m.taggedEligibleUsd)},
                               {"mapCreditsUsd", cents(m.mapCreditsUsd)},
                               {"invalidTagEligibleUsd", cents(m.invalidTagEligibleUsd)},
                               {"otherCreditsUsd", cents(m.otherCreditsUsd)}});
    doc["months"] = std::move(months);
    ojson quarters = ojson::array();
    for (const model::TrackerQuarter& q : r.quarters) {
        ojson o{{"quarter", q.quarter},
                {"taggedEligibleUsd", cents(q.taggedEligibleUsd)},
                {"mapCreditsUsd", cents(q.mapCreditsUsd)}};
        if (q.forecastTaggedEligibleUsd) o["forecastTaggedEligibleUsd"] = cents(*q.forecastTaggedEligibleUsd);
        o["eligibleUsd"] = cents(q.eligibleUsd);
        quarters.push_back(std::move(o));
    }
    doc["quarters"] = std::move(quarters);
    doc["totals"] = ojson{{"eligibleUsd", cents(r.totals.eligibleUsd)},
                          {"taggedEligibleUsd", cents(r.totals.taggedEligibleUsd)},
                          {"untaggedEligibleUsd", cents(r.totals.untaggedEligibleUsd)},
                          {"mapCreditsUsd", cents(r.totals.mapCreditsUsd)},
                          {"otherCreditsUsd", cents(r.totals.otherCreditsUsd)},
                          {"excludedUsd", cents(r.totals.excludedUsd)}};
    ojson untagged = ojson::array();
    for (const model::UntaggedResource& u : r.untaggedResources)
        untagged.push_back(ojson{{"resourceId", u.resourceId},
                                 {"eligibleUsd", cents(u.eligibleUsd)},
                                 {"account", u.account},
                                 {"productCode", u.productCode},
                                 {"nameTag", u.nameTag},
                                 {"tagValueSeen", u.tagValueSeen},
                                 {"tagValueToApply", u.tagValueToApply},
                                 {"workloadId", u.workloadId}});
    doc["untaggedResources"] = std::move(untagged);
    doc["untaggedResourcesTruncated"] = r.untaggedResourcesTruncated;
    ojson tags = ojson::array();
    for (const model::TagValueSpend& t : r.tagValues) {
        ojson o{{"value", t.value}, {"valid", t.valid}, {"usd", cents(t.usd)}};
        if (!t.problem.empty()) o["problem"] = t.problem;
        tags.push_back(std::move(o));
    }
    doc["tagValues"] = std::move(tags);
    ojson excluded = ojson::array();
    for (const model::ExcludedSpend& e : r.excluded)
        excluded.push_back(ojson{{"reason", model::exclusionKey(e.reason)}, {"usd", cents(e.usd)}, {"lines", e.lines}});
    doc["excluded"] = std::move(excluded);
    ojson accounts = ojson::array();
    for (const model::AccountSpend& a : r.accounts)
        accounts.push_back(ojson{{"account", a.account},
                                 {"eligibleUsd", cents(a.eligibleUsd)},
                                 {"taggedEligibleUsd", cents(a.taggedEligibleUsd)},
                                 {"untaggedEligibleUsd", cents(a.untaggedEligibleUsd)},
                                 {"mapCreditsUsd", cents(a.mapCreditsUsd)}});
    doc["accounts"] = std::move(accounts);
    ojson nearMiss = ojson::array();
    for (const model::NearMissTagKey& n : r.nearMissKeys)
        nearMiss.push_back(ojson{{"key", n.key}, {"lines", n.lines}, {"eligibleUsd", cents(n.eligibleUsd)}});
    doc["nearMissKeys"] = std::move(nearMiss);
    ojson unknown = ojson::array();
    for (const model::UnknownLineType& u : r.unknownLineTypes)
        unknown.push_back(ojson{{"type", u.type}, {"lines", u.lines}, {"usd", cents(u.usd)}});
    doc["unknownLineTypes"] = std::move(unknown);
    ojson credits = ojson::array();
    for (const model::OtherCredit& c : r.otherCredits)
        credits.push_back(ojson{{"description", c.description}, {"usd", cents(c.usd)}});
    doc["otherCredits"] = std::move(credits);
    ojson workloads = ojson::array();
    for (const model::WorkloadTagging& w : r.workloads)
        workloads.push_back(ojson{{"workloadId", w.workloadId},
                                  {"name", w.name},
                                  {"resources", w.resources},
                                  {"taggedEligibleUsd", cents(w.taggedEligibleUsd)},
                                  {"untaggedEligibleUsd", cents(w.untaggedEligibleUsd)},
                                  {"status", w.status}});
    doc["workloads"] = std::move(workloads);
    doc["notes"] = r.notes;
    doc["rulesSource"] = r.rulesSource;
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Every list filled, a problem on a tag value, text from the bill that is not valid UTF-8, -0.0 and a value whose
// shortest form is long.
model::TrackerResult fullResult() {
    model::TrackerResult r = hostileResult();
    r.format = "mixed";
    r.months.push_back(model::TrackerMonth{"2024-10", 0.1 + 0.2, -0.0, 1e-7, 123456789.125, 1.0 / 3.0});
    model::TrackerQuarter q;
    q.quarter = "2024-Q4";
    q.eligibleUsd = 6.0;
    r.quarters.push_back(q);
    r.untaggedResources[0].serviceName = "Amazon Elastic Compute Cloud";
    r.untaggedResources[0].tagValueSeen = "mig\xff\xfe bad";
    r.untaggedResources[0].workloadId = "web-01 \xc3\xa9t\xc3\xa9";
    r.untaggedResourcesTruncated = true;
    r.tagValues.push_back(model::TagValueSpend{"MIG12345 ", false, "trailing space", 3.5});
    r.excluded.push_back(model::ExcludedSpend{model::ExclusionReason::DataTransfer, 18.0, 2});
    r.accounts.push_back(model::AccountSpend{"222222222222", 171.0, 106.0, 65.0, 20.0});
    r.nearMissKeys.push_back(model::NearMissTagKey{"Map-Migrated", 3, 12.5});
    r.unknownLineTypes.push_back(model::UnknownLineType{"\"Odd\"\ttype", 1, 0.01});
    r.otherCredits.push_back(model::OtherCredit{"Promotional credit\n2024", -7.5});
    r.workloads.push_back(model::WorkloadTagging{"w1", "Web tier", 4, 80.0, 20.0, "partly tagged"});
    r.notes = {"No resource IDs in one file.", "Two deliveries of 2024-09: the later one counts."};
    r.rulesSource = "MAP Included Services List, AWS, last updated 6 April 2026";
    return r;
}

} // namespace

TEST_CASE("tracker JSON has the issue's fields, money in cents", "[io][billing][report]") {
    const nlohmann::json j = nlohmann::json::parse(io::trackerJson(hostileResult()));
    CHECK(j["format"] == "cur");
    CHECK(j["months"][0]["month"] == "2024-09");
    for (const char* key : {"eligibleUsd", "taggedEligibleUsd", "mapCreditsUsd"}) CHECK(j["months"][0].contains(key));
    CHECK(j["quarters"][0]["quarter"] == "2024-Q3");
    CHECK(j["quarters"][0]["forecastTaggedEligibleUsd"] == 120.0);
    for (const char* key :
         {"eligibleUsd", "taggedEligibleUsd", "untaggedEligibleUsd", "mapCreditsUsd", "otherCreditsUsd"})
        CHECK(j["totals"].contains(key));
    CHECK(j["untaggedResources"][0]["eligibleUsd"] == 40.0); // 40.004 to cents
    CHECK(j["tagValues"][0]["valid"] == true);
    CHECK(j["tagValues"][0]["usd"] == 100.0);
    // Without a forecast the key is absent, not zero.
    model::TrackerResult plain = hostileResult();
    plain.quarters[0].forecastTaggedEligibleUsd.reset();
    CHECK_FALSE(nlohmann::json::parse(io::trackerJson(plain))["quarters"][0].contains("forecastTaggedEligibleUsd"));
}

TEST_CASE("the tagging CSV neutralises formulas and the HTML escapes text from the bill", "[io][billing][report]") {
    const std::string csv = io::untaggedResourcesCsv(hostileResult());
    CHECK(csv.find("\r\n111111111111,\"'=HYPERLINK(\"\"http://x\"\")\",,AmazonEC2,<script>alert(1)</script>,40.00,"
                   "map-migrated,mig12345\r\n") != std::string::npos);
    const std::string html = io::trackerHtml(hostileResult());
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("tracker JSON is written byte for byte as the nlohmann tree wrote it", "[io][billing][report]") {
    CHECK(io::trackerJson(hostileResult()) == legacyTrackerJson(hostileResult()));
    CHECK(io::trackerJson(fullResult()) == legacyTrackerJson(fullResult()));
    CHECK(io::trackerJson(model::TrackerResult{}) == legacyTrackerJson(model::TrackerResult{}));
}
