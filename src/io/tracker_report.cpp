// io/tracker_report.cpp - the credit tracker's summary as JSON, as the untagged-resources CSV and as an HTML page.
#include "io/tracker_report.hpp"

#include "formats/csv.hpp"
#include "io/html_page.hpp"
#include "io/report.hpp"
#include "model/format.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace est::io {
namespace {

using ojson = nlohmann::ordered_json;

// Money to cents: the figures are read and compared by people, not re-computed.
double cents(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 || !std::isfinite(r) ? 0.0 : r; // no "-0.0"
}

} // namespace

std::string trackerJson(const model::TrackerResult& r) {
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

std::string untaggedResourcesCsv(const model::TrackerResult& r) {
    std::string out = "account_id,resource_id,service,product_code,name_tag,eligible_usd,tag_key,tag_value\r\n";
    for (const model::UntaggedResource& u : r.untaggedResources) {
        formats::appendCsvField(out, u.account);
        out += ',';
        formats::appendCsvField(out, u.resourceId);
        out += ',';
        formats::appendCsvField(out, u.serviceName);
        out += ',';
        formats::appendCsvField(out, u.productCode);
        out += ',';
        formats::appendCsvField(out, u.nameTag);
        out += ',';
        formats::appendCsvNumber(out, u.eligibleUsd, 2);
        out += ",map-migrated,";
        formats::appendCsvField(out, u.tagValueToApply);
        out += "\r\n";
    }
    return out;
}

std::string trackerHtml(const model::TrackerResult& r) {
    const auto usd = [](double v) { return htmlEscape(model::formatUsd(v)); };
    std::string h = htmlPageStart(
        "MAP credit tracker", "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
                              "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px}"
                              "td.n{text-align:right;font-variant-numeric:tabular-nums}.note{color:#555}");
    h += "<h1>MAP credit tracker</h1>\n";
    h += "<p>Format: " + htmlEscape(r.format) + ". Rules: " + htmlEscape(r.rulesSource) + ".</p>\n";
    h += "<h2>Totals</h2>\n<table><tr><th>Eligible spend</th><th>Tagged</th><th>Untagged</th><th>MAP credits</th>"
         "<th>Other credits</th><th>Excluded</th></tr><tr>";
    for (double v : {r.totals.eligibleUsd, r.totals.taggedEligibleUsd, r.totals.untaggedEligibleUsd,
                     r.totals.mapCreditsUsd, r.totals.otherCreditsUsd, r.totals.excludedUsd})
        h += "<td class=\"n\">" + usd(v) + "</td>";
    h += "</tr></table>\n<h2>Quarters</h2>\n<table><tr><th>Quarter</th><th>Eligible</th><th>Tagged eligible</th>"
         "<th>Plan forecast</th><th>MAP credits</th></tr>\n";
    for (const model::TrackerQuarter& q : r.quarters)
        h += "<tr><td>" + htmlEscape(q.quarter) + "</td><td class=\"n\">" + usd(q.eligibleUsd) +
             "</td><td class=\"n\">" + usd(q.taggedEligibleUsd) + "</td><td class=\"n\">" +
             (q.forecastTaggedEligibleUsd ? usd(*q.forecastTaggedEligibleUsd) : std::string("-")) +
             "</td><td class=\"n\">" + usd(q.mapCreditsUsd) + "</td></tr>\n";
    h += "</table>\n<h2>Tag these now: eligible spend without a valid map-migrated tag</h2>\n";
    if (!r.hasResourceIds) h += "<p class=\"note\">The files name no resources.</p>\n";
    h += "<table><tr><th>Account</th><th>Resource</th><th>Service</th><th>Name</th><th>Eligible spend</th>"
         "<th>Tag value to apply</th></tr>\n";
    for (const model::UntaggedResource& u : r.untaggedResources)
        h += "<tr><td>" + htmlEscape(u.account) + "</td><td>" + htmlEscape(u.resourceId) + "</td><td>" +
             htmlEscape(u.serviceName.empty() ? u.productCode : u.serviceName) + "</td><td>" + htmlEscape(u.nameTag) +
             "</td><td class=\"n\">" + usd(u.eligibleUsd) + "</td><td>" + htmlEscape(u.tagValueToApply) +
             "</td></tr>\n";
    h += "</table>\n";
    if (r.untaggedResourcesTruncated) h += "<p class=\"note\">Only the most expensive resources are listed.</p>\n";
    h += "<h2>Tag values</h2>\n<table><tr><th>Value</th><th>Valid</th><th>Eligible spend</th></tr>\n";
    for (const model::TagValueSpend& t : r.tagValues)
        h += "<tr><td>" + htmlEscape(t.value) + "</td><td>" + (t.valid ? "yes" : htmlEscape("no: " + t.problem)) +
             "</td><td class=\"n\">" + usd(t.usd) + "</td></tr>\n";
    h += "</table>\n<h2>Excluded spend</h2>\n<table><tr><th>Reason</th><th>Spend</th><th>Lines</th></tr>\n";
    for (const model::ExcludedSpend& e : r.excluded)
        h += "<tr><td>" + htmlEscape(model::exclusionLabel(e.reason)) + "</td><td class=\"n\">" + usd(e.usd) +
             "</td><td class=\"n\">" + std::to_string(e.lines) + "</td></tr>\n";
    h += "</table>\n";
    if (!r.notes.empty()) {
        h += "<h2>What the files cannot tell</h2>\n<ul>\n";
        for (const std::string& n : r.notes) h += "<li>" + htmlEscape(n) + "</li>\n";
        h += "</ul>\n";
    }
    h += "</body></html>\n";
    return h;
}

} // namespace est::io
