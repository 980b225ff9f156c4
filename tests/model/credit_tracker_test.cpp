// tests/model/credit_tracker_test.cpp - the credit tracker's arithmetic on hand-made billing lines: spend basis,
// exclusions, tag validity under an MPE, MAP credits against other credits, delivery replacement, workloads.
#include "model/credit_forecast.hpp"
#include "model/credit_tracker.hpp"
#include "model/map_rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace est::model;

namespace {

MapRules testRules() {
    MapRules r;
    r.title = "AWS Migrations Included Services List";
    r.listDate = "Last Updated 6 April 2026";
    r.services = {{"AWSLambda", "AWS Lambda", "all", "", ""},
                  {"AmazonDAX", "Amazon DynamoDB Accelerator", "all", "2026-03-27", ""},
                  {"AmazonEC2", "Amazon Elastic Compute Cloud", "excl-capacity-blocks", "", ""},
                  {"AmazonRDS", "Amazon Relational Database Service", "all", "", ""},
                  {"AmazonS3", "Amazon Simple Storage Service", "storage-only", "", ""}};
    return r;
}

constexpr MonthIndex kSep2024 = 2024 * 12 + 8;

BillingLine usage(std::string_view product, std::string_view resource, double usd, std::string_view tag = {},
                  MonthIndex month = kSep2024) {
    BillingLine l;
    l.usageMonth = month;
    l.billingMonth = month;
    l.usageDate = 20240901;
    l.payerAccount = "111111111111";
    l.usageAccount = "111111111111";
    l.productCode = product;
    l.usageType = "BoxUsage:m5.large";
    l.resourceId = resource;
    l.unblendedUsd = usd;
    if (!tag.empty()) {
        l.tagKey = TagKeyState::Exact;
        l.tagValue = tag;
    }
    return l;
}

BillingLine credit(std::string_view description, double usd, MonthIndex month = kSep2024) {
    BillingLine l = usage("AmazonEC2", "", usd, {}, month);
    l.type = BillingLineType::Credit;
    l.description = description;
    return l;
}

DeliveryIdentity file(std::string name, std::string delivery = {}) {
    DeliveryIdentity id = deliveryFromPath(name, BillingFormat::Cur);
    id.deliveryId = std::move(delivery);
    return id;
}

} // namespace

TEST_CASE("the spend basis takes net, reservation and Savings Plan effective cost and zeroes negation",
          "[model][tracker]") {
    BillingLine l = usage("AmazonEC2", "i-1", 10.0);
    CHECK(spendBasisUsd(l) == 10.0); // no net column: unblended
    l.netUnblendedUsd = 9.0;
    CHECK(spendBasisUsd(l) == 9.0); // net where it has a value
    l.type = BillingLineType::DiscountedUsage;
    l.reservationEffectiveUsd = 6.0;
    CHECK(spendBasisUsd(l) == 6.0);
    l.reservationNetEffectiveUsd = 5.5;
    CHECK(spendBasisUsd(l) == 5.5);
    l.type = BillingLineType::SavingsPlanCoveredUsage;
    l.savingsPlanEffectiveUsd = 7.0;
    CHECK(spendBasisUsd(l) == 7.0);
    l.type = BillingLineType::SavingsPlanNegation;
    CHECK(spendBasisUsd(l) == 0.0);
}

TEST_CASE("line types, data transfer and service carve-outs", "[model][tracker]") {
    CHECK(lineTypeFromCur("SavingsPlanRecurringFee") == BillingLineType::CommitmentFee);
    CHECK(lineTypeFromCur("RiVolumeDiscount") == BillingLineType::Discount);
    CHECK(lineTypeFromCur("BrandNewType") == BillingLineType::Unknown);
    CHECK(isDataTransfer("USE1-USW2-AWS-Out-Bytes", ""));
    CHECK(isDataTransfer("APE1-DataTransfer-xAZ-Out-Bytes", ""));
    CHECK(isDataTransfer("BoxUsage:t3.small", "Data Transfer"));
    CHECK_FALSE(isDataTransfer("USE1-PublicIPv4:InUseAddress", "IP Address"));
    CHECK(outsideScope("storage-only", "AmazonS3", "USE1-Requests-Tier1", ""));
    CHECK_FALSE(outsideScope("storage-only", "AmazonS3", "USE1-TimedStorage-ByteHrs", ""));
    CHECK(outsideScope("logs-only", "AmazonCloudWatch", "CW:MetricMonitorUsage", "MetricStorage"));
    CHECK_FALSE(outsideScope("logs-only", "AmazonCloudWatch", "USE1-DataProcessing-Bytes", "PutLogEvents"));
    CHECK_FALSE(outsideScope("excl-cross-account", "awskms", "USE1-KMS-Requests", "")); // not visible: counted
    const MapRules rules = testRules();
    CHECK(rowExclusion(BillingLineType::Usage, "AmazonEC2", "BoxUsage:m5.large", "", "", true, rules) ==
          ExclusionReason::Marketplace);
    CHECK(rowExclusion(BillingLineType::Usage, "AWSSupportBusiness", "", "", "", false, rules) ==
          ExclusionReason::Support);
    CHECK(rowExclusion(BillingLineType::Usage, "AmazonConnect", "", "", "", false, rules) ==
          ExclusionReason::NotOnList);
    CHECK(rowExclusion(BillingLineType::Usage, "AmazonEC2", "USE1-CapacityBlock:p5", "", "", false, rules) ==
          ExclusionReason::ServiceScope);
}

TEST_CASE("tag values are valid only for the agreement's MPE when one is given", "[model][tracker]") {
    CHECK(mapTagValueProblem("mig12345", "").empty());
    CHECK(mapTagValueProblem("mig12345", "12345").empty());
    CHECK(mapTagValueProblem("mig12345", "MPE12345").empty()); // the MPE as a partner writes it
    CHECK(mapTagValueProblem("comm_ec2_12345", "12345").empty());
    CHECK(mapTagValueProblem("mig99999", "12345") == "another agreement's MPE ID (99999)");
    CHECK_FALSE(mapTagValueProblem("MIG12345", "").empty()); // upper-case prefix
    CHECK_FALSE(mapTagValueProblem("d-server-abcdefghijklmn", "12345").empty());
    CHECK(mapTagValueProblem("d-server-abcdefghijklmn", "").empty());
    CHECK(mpeIdInDescription("MAP 2.0 Credit for MPE12345 Q3") == "12345");
    CHECK(mpeIdInDescription("Credit MPE-ABCDE12345") == "ABCDE12345");
    CHECK(mpeIdInDescription("AWS Open Source Promotional Credits, credit from account: 391835788720").empty());
}

TEST_CASE("summarize: eligible, tagged, untagged, credits and exclusions worked by hand", "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    BillingFileAggregate f(file("report-1.csv"), rules);
    f.add(usage("AmazonEC2", "i-tagged", 100.0, "mig12345"));
    f.add(usage("AmazonEC2", "i-tagged", 20.0, "mig12345"));
    f.add(usage("AmazonEC2", "i-untagged", 40.0));
    f.add(usage("AmazonRDS", "db-other", 30.0, "mig99999"));
    BillingLine nearMiss = usage("AmazonRDS", "db-near", 25.0);
    nearMiss.tagKey = TagKeyState::NearMiss;
    nearMiss.nearMissKey = "Map-Migrated";
    f.add(nearMiss);
    BillingLine transfer = usage("AmazonEC2", "i-tagged", 5.0, "mig12345");
    transfer.usageType = "USE1-DataTransfer-Out-Bytes";
    f.add(transfer);
    BillingLine tax = usage("AmazonEC2", "", 3.0);
    tax.type = BillingLineType::Tax;
    f.add(tax);
    f.add(usage("AmazonConnect", "conn-1", 8.0, "mig12345"));
    f.add(credit("MAP 2.0 credit MPE12345", -20.0));
    f.add(credit("MAP 2.0 credit MPE99999", -4.0));
    f.add(credit("AWS Promotional credit", -7.5));
    BillingLine odd = usage("AmazonEC2", "", 1.25);
    odd.type = BillingLineType::Unknown;
    odd.typeText = "BrandNewType";
    f.add(odd);
    tracker.commit(std::move(f));

    TrackerSettings settings;
    settings.mpeId = "12345";
    const TrackerResult r = summarize(tracker, settings, rules);
    // Eligible: EC2 100 + 20 + 40, RDS 30 + 25 = 215. Tagged for MPE 12345: 100 + 20 = 120. Untagged: 215 - 120 = 95
    // (40 no tag, 30 another MPE, 25 near-miss key).
    CHECK(r.totals.eligibleUsd == Approx(215.0));
    CHECK(r.totals.taggedEligibleUsd == Approx(120.0));
    CHECK(r.totals.untaggedEligibleUsd == Approx(95.0));
    // Credits: 20 of this agreement; 4 (MPE 99999) + 7.5 (promotional) = 11.5 other. Positive numbers.
    CHECK(r.totals.mapCreditsUsd == Approx(20.0));
    CHECK(r.totals.otherCreditsUsd == Approx(11.5));
    // Excluded: data transfer 5, tax 3, not on the list 8, unknown type 1.25 = 17.25.
    CHECK(r.totals.excludedUsd == Approx(17.25));
    REQUIRE(r.excluded.size() == 4);
    CHECK(r.excluded[0].reason == ExclusionReason::NotOnList);
    CHECK(r.excluded[1].reason == ExclusionReason::DataTransfer);
    REQUIRE(r.unknownLineTypes.size() == 1);
    CHECK(r.unknownLineTypes[0].type == "BrandNewType");
    REQUIRE(r.nearMissKeys.size() == 1);
    CHECK(r.nearMissKeys[0].key == "Map-Migrated");
    CHECK(r.nearMissKeys[0].eligibleUsd == Approx(25.0));
    // Untagged resources, most expensive first: i-untagged 40, db-other 30 (invalid value), db-near 25.
    REQUIRE(r.untaggedResources.size() == 3);
    CHECK(r.untaggedResources[0].resourceId == "i-untagged");
    CHECK(r.untaggedResources[0].eligibleUsd == Approx(40.0));
    CHECK(r.untaggedResources[0].tagValueToApply == "mig12345");
    CHECK(r.untaggedResources[0].serviceName == "Amazon Elastic Compute Cloud");
    CHECK(r.untaggedResources[1].resourceId == "db-other");
    CHECK(r.untaggedResources[1].tagValueSeen == "mig99999");
    CHECK(r.untaggedResources[2].resourceId == "db-near");
    // Tag values: mig12345 on 120 eligible (the 8 on Connect is not eligible), mig99999 on 30, invalid here.
    REQUIRE(r.tagValues.size() == 2);
    CHECK(r.tagValues[0].value == "mig12345");
    CHECK(r.tagValues[0].valid);
    CHECK(r.tagValues[0].usd == Approx(120.0));
    CHECK_FALSE(r.tagValues[1].valid);
    // One month, one quarter.
    REQUIRE(r.months.size() == 1);
    CHECK(r.months[0].month == "2024-09");
    CHECK(r.months[0].invalidTagEligibleUsd == Approx(30.0));
    REQUIRE(r.quarters.size() == 1);
    CHECK(r.quarters[0].quarter == "2024-Q3");
    CHECK_FALSE(r.quarters[0].forecastTaggedEligibleUsd);

    // Without an MPE every well-formed value counts: tagged 120 + 30 = 150, and both MPE credits are MAP credits.
    const TrackerResult any = summarize(tracker, TrackerSettings{}, rules);
    CHECK(any.totals.taggedEligibleUsd == Approx(150.0));
    CHECK(any.totals.mapCreditsUsd == Approx(24.0));
    CHECK(any.totals.otherCreditsUsd == Approx(7.5));
}

TEST_CASE("a service listed after the plan's acceptance date does not count", "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    BillingFileAggregate f(file("r.csv"), rules);
    f.add(usage("AmazonDAX", "dax-1", 50.0, "mig12345"));
    f.add(usage("AWSLambda", "fn-1", 10.0, "mig12345"));
    tracker.commit(std::move(f));
    TrackerSettings settings;
    settings.planAcceptedDate = "2026-01-15"; // DAX eligible only for plans accepted after 2026-03-27
    CHECK(summarize(tracker, settings, rules).totals.eligibleUsd == Approx(10.0));
    settings.planAcceptedDate = "2026-04-01";
    CHECK(summarize(tracker, settings, rules).totals.eligibleUsd == Approx(60.0));
}

TEST_CASE("a later delivery of a month replaces the earlier, parts of one delivery add up", "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    // Delivery A of September (data to the 10th): two parts, 100 + 50.
    BillingLine early = usage("AmazonEC2", "i-1", 100.0, "mig12345");
    early.usageDate = 20240910;
    BillingFileAggregate a1(file("map-report-1.csv.gz", "20240901-20241001/aaaa"), rules);
    a1.add(early);
    BillingFileAggregate a2(file("map-report-2.csv.gz", "20240901-20241001/aaaa"), rules);
    early.unblendedUsd = 50.0;
    a2.add(early);
    tracker.commit(std::move(a1));
    tracker.commit(std::move(a2));
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(150.0));
    // Delivery B (cumulative, data to the 20th): one part of 300 replaces both parts of A: 300, not 450.
    BillingLine later = usage("AmazonEC2", "i-1", 300.0, "mig12345");
    later.usageDate = 20240920;
    BillingFileAggregate b(file("map-report-1.csv.gz", "20240901-20241001/bbbb"), rules);
    b.add(later);
    const CommitReport report = tracker.commit(std::move(b));
    CHECK(report.replaced.size() == 1);
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(300.0));
    // The older delivery A loaded again afterwards is ignored.
    BillingFileAggregate again(file("map-report-1.csv.gz", "20240901-20241001/aaaa"), rules);
    early.unblendedUsd = 100.0;
    again.add(early);
    CHECK(tracker.commit(std::move(again)).ignored.size() == 1);
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(300.0));
    // The same file loaded twice (same delivery, same part) counts once.
    BillingFileAggregate same(file("map-report-1.csv.gz", "20240901-20241001/bbbb"), rules);
    same.add(later);
    tracker.commit(std::move(same));
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(300.0));
    // Another month adds.
    BillingFileAggregate october(file("map-report-1.csv.gz", "20241001-20241101/cccc"), rules);
    october.add(usage("AmazonEC2", "i-1", 70.0, "mig12345", kSep2024 + 1));
    tracker.commit(std::move(october));
    const TrackerResult r = summarize(tracker, {}, rules);
    CHECK(r.totals.eligibleUsd == Approx(370.0));
    CHECK(r.months.size() == 2);
}

TEST_CASE("removing a file takes out its months, a copy is independent, and a part after a removal still adds",
          "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    // September in two parts of one delivery (100 + 50), October alone (70): 220 in all.
    BillingFileAggregate p1(file("map-report-1.csv.gz", "20240901-20241001/aaaa"), rules);
    p1.add(usage("AmazonEC2", "i-1", 100.0, "mig12345"));
    BillingFileAggregate p2(file("map-report-2.csv.gz", "20240901-20241001/aaaa"), rules);
    p2.add(usage("AmazonEC2", "i-2", 50.0));
    BillingFileAggregate oct(file("map-report-1.csv.gz", "20241001-20241101/cccc"), rules);
    oct.add(usage("AmazonEC2", "i-1", 70.0, "mig12345", kSep2024 + 1));
    tracker.commit(std::move(p1));
    tracker.commit(std::move(p2));
    tracker.commit(std::move(oct));
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(220.0));

    const CreditTracker before = tracker; // what an undo step keeps
    tracker.removeFile(0);                // part 1 of September goes: 50 + 70 = 120
    REQUIRE(tracker.files().size() == 2);
    CHECK(tracker.files()[0].identity.fileName == "map-report-2.csv.gz");
    const TrackerResult r = summarize(tracker, {}, rules);
    CHECK(r.totals.eligibleUsd == Approx(120.0));
    CHECK(r.totals.taggedEligibleUsd == Approx(70.0));                       // only October's tagged 70 is left
    CHECK(summarize(before, {}, rules).totals.eligibleUsd == Approx(220.0)); // the copy kept all three files

    // Part 1 loaded again joins its delivery (the indices shifted down): 100 + 50 + 70 = 220 again.
    BillingFileAggregate again(file("map-report-1.csv.gz", "20240901-20241001/aaaa"), rules);
    again.add(usage("AmazonEC2", "i-1", 100.0, "mig12345"));
    tracker.commit(std::move(again));
    CHECK(summarize(tracker, {}, rules).totals.eligibleUsd == Approx(220.0));
    tracker.removeFile(7); // past the end: nothing happens
    CHECK(tracker.files().size() == 3);
}

TEST_CASE("the plan's forecast and workloads meet the bill", "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    BillingFileAggregate f(file("r.csv"), rules);
    BillingLine web = usage("AmazonEC2", "i-web", 40.0);
    web.nameTag = "Web-01 ";
    f.add(web);
    BillingLine db = usage("AmazonRDS", "db-1", 60.0, "mig12345");
    db.nameTag = "orders-db";
    f.add(db);
    tracker.commit(std::move(f));
    TrackerSettings settings;
    settings.forecast = std::vector<QuarterForecast>{{"2024-Q3", 90.0}, {"2024-Q4", 120.0}};
    settings.workloads = {{"w1", "web-01", "mig12345"}, {"w2", "orders-db", "mig12345"}, {"w3", "batch", "mig12345"}};
    const TrackerResult r = summarize(tracker, settings, rules);
    // Q3 has actuals (tagged 60) and a forecast of 90; Q4 only the forecast.
    REQUIRE(r.quarters.size() == 2);
    CHECK(r.quarters[0].taggedEligibleUsd == Approx(60.0));
    CHECK(*r.quarters[0].forecastTaggedEligibleUsd == Approx(90.0));
    CHECK(r.quarters[1].quarter == "2024-Q4");
    CHECK(*r.quarters[1].forecastTaggedEligibleUsd == Approx(120.0));
    REQUIRE(r.workloads.size() == 3);
    CHECK(r.workloads[0].status == "live but not tagged"); // Name tag matched ignoring case and spaces
    CHECK(r.workloads[1].status == "tagged");
    CHECK(r.workloads[2].status == "not seen on the bill");
    REQUIRE(r.untaggedResources.size() == 1);
    CHECK(r.untaggedResources[0].workloadId == "w1");
}

TEST_CASE("file names give the report and the part", "[model][tracker]") {
    DeliveryIdentity id = deliveryFromPath("cur/map-migrated-report/20240901-20241001/abc/map-migrated-report-3.csv.gz",
                                           BillingFormat::Cur);
    CHECK(id.reportName == "map-migrated-report");
    CHECK(id.part == 3);
    CHECK(id.deliveryId == "cur/map-migrated-report/20240901-20241001/abc");
    id = deliveryFromPath("export-00001.csv.gz", BillingFormat::Cur2);
    CHECK(id.reportName == "export");
    CHECK(id.part == 1);
    CHECK(deliveryFromPath("costs.CSV", BillingFormat::CostExplorer).reportName == "costs");
    CHECK(monthLabel(kSep2024) == "2024-09");
    CHECK(quarterLabel(kSep2024 + 3) == "2024-Q4");
}

TEST_CASE("resources past the per-month limit stay in the totals and are reported as not listed", "[model][tracker]") {
    const MapRules rules = testRules();
    CreditTracker tracker;
    BillingFileAggregate f(file("big.csv"), rules);
    // 250,000 resources are kept; 10 more of $1 each are counted but not listed: eligible 250,010.
    std::string id;
    for (int i = 0; i < 250010; ++i) {
        id = "i-" + std::to_string(i);
        f.add(usage("AmazonEC2", id, 1.0));
    }
    tracker.commit(std::move(f));
    const TrackerResult r = summarize(tracker, {}, rules);
    CHECK(r.totals.eligibleUsd == Approx(250010.0));
    CHECK(r.untaggedResourcesTruncated);
    CHECK(std::any_of(r.notes.begin(), r.notes.end(), [](const std::string& n) {
        return n.find("10 lines of further resources") != std::string::npos;
    }));
}
