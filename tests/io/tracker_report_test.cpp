// tests/io/tracker_report_test.cpp - the tracker's exports: the JSON keys `estimator track` promises, the tagging CSV
// safe to open in a spreadsheet, the HTML page escaping every text from the bill.
#include "io/tracker_report.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

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
