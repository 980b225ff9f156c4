// io/tracker_report.cpp - the credit tracker's summary as JSON (written as nlohmann's dump(2) wrote it), as the
// untagged-resources CSV and as an HTML page.
#include "io/tracker_report.hpp"

#include "formats/csv.hpp"
#include "io/html_page.hpp"
#include "io/json_writer.hpp"
#include "io/report.hpp"
#include "model/format.hpp"

#include <cmath>

namespace est::io {
namespace {

// Money to cents: the figures are read and compared by people, not re-computed.
double cents(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 || !std::isfinite(r) ? 0.0 : r; // no "-0.0"
}

} // namespace

std::string trackerJson(const model::TrackerResult& r) {
    JsonWriter out;
    out.beginObject().field("format", r.format);
    out.beginArray("months");
    for (const model::TrackerMonth& m : r.months)
        out.beginObject()
            .field("month", m.month)
            .field("eligibleUsd", cents(m.eligibleUsd))
            .field("taggedEligibleUsd", cents(m.taggedEligibleUsd))
            .field("mapCreditsUsd", cents(m.mapCreditsUsd))
            .field("invalidTagEligibleUsd", cents(m.invalidTagEligibleUsd))
            .field("otherCreditsUsd", cents(m.otherCreditsUsd))
            .endObject();
    out.endArray().beginArray("quarters");
    for (const model::TrackerQuarter& q : r.quarters) {
        out.beginObject()
            .field("quarter", q.quarter)
            .field("taggedEligibleUsd", cents(q.taggedEligibleUsd))
            .field("mapCreditsUsd", cents(q.mapCreditsUsd));
        if (q.forecastTaggedEligibleUsd) out.field("forecastTaggedEligibleUsd", cents(*q.forecastTaggedEligibleUsd));
        out.field("eligibleUsd", cents(q.eligibleUsd)).endObject();
    }
    out.endArray()
        .beginObject("totals")
        .field("eligibleUsd", cents(r.totals.eligibleUsd))
        .field("taggedEligibleUsd", cents(r.totals.taggedEligibleUsd))
        .field("untaggedEligibleUsd", cents(r.totals.untaggedEligibleUsd))
        .field("mapCreditsUsd", cents(r.totals.mapCreditsUsd))
        .field("otherCreditsUsd", cents(r.totals.otherCreditsUsd))
        .field("excludedUsd", cents(r.totals.excludedUsd))
        .endObject();
    out.beginArray("untaggedResources");
    for (const model::UntaggedResource& u : r.untaggedResources)
        out.beginObject()
            .field("resourceId", u.resourceId)
            .field("eligibleUsd", cents(u.eligibleUsd))
            .field("account", u.account)
            .field("productCode", u.productCode)
            .field("nameTag", u.nameTag)
            .field("tagValueSeen", u.tagValueSeen)
            .field("tagValueToApply", u.tagValueToApply)
            .field("workloadId", u.workloadId)
            .endObject();
    out.endArray().field("untaggedResourcesTruncated", r.untaggedResourcesTruncated).beginArray("tagValues");
    for (const model::TagValueSpend& t : r.tagValues) {
        out.beginObject().field("value", t.value).field("valid", t.valid).field("usd", cents(t.usd));
        if (!t.problem.empty()) out.field("problem", t.problem);
        out.endObject();
    }
    out.endArray().beginArray("excluded");
    for (const model::ExcludedSpend& e : r.excluded)
        out.beginObject()
            .field("reason", model::exclusionKey(e.reason))
            .field("usd", cents(e.usd))
            .field("lines", e.lines)
            .endObject();
    out.endArray().beginArray("accounts");
    for (const model::AccountSpend& a : r.accounts)
        out.beginObject()
            .field("account", a.account)
            .field("eligibleUsd", cents(a.eligibleUsd))
            .field("taggedEligibleUsd", cents(a.taggedEligibleUsd))
            .field("untaggedEligibleUsd", cents(a.untaggedEligibleUsd))
            .field("mapCreditsUsd", cents(a.mapCreditsUsd))
            .endObject();
    out.endArray().beginArray("nearMissKeys");
    for (const model::NearMissTagKey& n : r.nearMissKeys)
        out.beginObject()
            .field("key", n.key)
            .field("lines", n.lines)
            .field("eligibleUsd", cents(n.eligibleUsd))
            .endObject();
    out.endArray().beginArray("unknownLineTypes");
    for (const model::UnknownLineType& u : r.unknownLineTypes)
        out.beginObject().field("type", u.type).field("lines", u.lines).field("usd", cents(u.usd)).endObject();
    out.endArray().beginArray("otherCredits");
    for (const model::OtherCredit& c : r.otherCredits)
        out.beginObject().field("description", c.description).field("usd", cents(c.usd)).endObject();
    out.endArray().beginArray("workloads");
    for (const model::WorkloadTagging& w : r.workloads)
        out.beginObject()
            .field("workloadId", w.workloadId)
            .field("name", w.name)
            .field("resources", w.resources)
            .field("taggedEligibleUsd", cents(w.taggedEligibleUsd))
            .field("untaggedEligibleUsd", cents(w.untaggedEligibleUsd))
            .field("status", w.status)
            .endObject();
    out.endArray().field("notes", r.notes).field("rulesSource", r.rulesSource).endObject();
    return out.take() + "\n";
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
