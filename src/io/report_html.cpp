// io/report_html.cpp - the printable HTML report: one self-contained page, inline CSS and SVG, no scripts.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "io/enum_names.hpp"
#include "io/explanations.hpp"
#include "io/html_page.hpp"
#include "io/prepared_for.hpp"
#include "io/report.hpp"
#include "formats/text.hpp"
#include "io/wave_plan_out.hpp"
#include "model/assumptions.hpp"
#include "model/aws_pricing.hpp"
#include "model/names.hpp"
#include "model/workload_trace.hpp"
#include "model/payback.hpp"
#include "model/format.hpp"
#include "model/funding_program.hpp"

namespace est::io {
namespace {

// Amount in the display currency with thousands separators: "$1,234,567" / "€-1,500".
std::string money(const model::Scenario& s, double usdAmount) {
    const double v = std::round(usdAmount * s.settings.usdToDisplayRate);
    const bool negative = v < 0.0;
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.0f", std::fabs(v));
    std::string grouped;
    const std::string d = digits;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i > 0 && (d.size() - i) % 3 == 0) grouped.push_back(',');
        grouped.push_back(d[i]);
    }
    return (negative ? "-" : "") + htmlEscape(s.settings.currencySymbol) + grouped;
}

std::string pct(double share) { return model::formatPct(share); }

std::string num(double v) { return model::formatNumber(v); }

std::string monthText(const model::Scenario& s, int month) {
    return "month " + std::to_string(month) + " (" + periodLabel(s, SeriesPeriod::Monthly, month) + ")";
}

// A line chart of one monthly series with a zero line, min/max labels and x ticks per year.
std::string lineChart(const model::Scenario& s, const std::vector<double>& values, const std::string& title) {
    const double w = 720.0, h = 240.0, left = 80.0, right = 10.0, top = 24.0, bottom = 30.0;
    std::string svg;
    char buf[160];
    std::snprintf(buf, sizeof buf, "<svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" aria-label=\"", w, h);
    svg += buf;
    svg += htmlEscape(title) + "\">";
    if (values.empty()) return svg + "</svg>";
    double lo = 0.0, hi = 0.0;
    for (double v : values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (hi - lo < 1.0) hi = lo + 1.0;
    const double plotW = w - left - right, plotH = h - top - bottom;
    auto x = [&](std::size_t i) {
        return left +
               plotW * (values.size() <= 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(values.size() - 1));
    };
    auto y = [&](double v) { return top + plotH * (hi - v) / (hi - lo); };
    std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"16\" class=\"ct\">", left);
    svg += buf + htmlEscape(title) + "</text>";
    std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"zero\"/>", left,
                  y(0.0), w - right, y(0.0));
    svg += buf;
    for (double v : {hi, 0.0, lo}) {
        std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"%.1f\" class=\"yl\">", left - 6.0, y(v) + 4.0);
        svg += buf + money(s, v) + "</text>";
        if (v == 0.0 && (lo == 0.0 || hi == 0.0)) break;
    }
    for (std::size_t i = 0; i < values.size(); i += 12) {
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.0f\" class=\"xl\">", x(i), h - 10.0);
        svg += buf + periodLabel(s, SeriesPeriod::Monthly, static_cast<int>(i)) + "</text>";
    }
    svg += "<polyline class=\"line\" points=\"";
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::snprintf(buf, sizeof buf, "%.1f,%.1f ", x(i), y(values[i]));
        svg += buf;
    }
    svg += "\"/></svg>";
    return svg;
}

// One series of a bar chart: its name, one value per label, and the CSS class of its palette colour (per bar
// when `barClasses` is given: the funding phases each in their own colour).
struct BarSeries {
    std::string name;
    std::vector<double> values;
    std::string cssClass;
    std::vector<std::string> barClasses;
};

// Grouped bars: for each label, one bar per series.
std::string barChart(const model::Scenario& s, const std::vector<std::string>& labels,
                     const std::vector<BarSeries>& series, const std::string& title) {
    const double w = 720.0, h = 200.0, left = 80.0, top = 40.0, bottom = 30.0;
    std::string svg;
    char buf[200];
    std::snprintf(buf, sizeof buf, "<svg viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" role=\"img\" aria-label=\"", w, h);
    svg += buf + htmlEscape(title) + "\">";
    double hi = 1.0;
    for (const BarSeries& sr : series)
        for (double v : sr.values) hi = std::max(hi, v);
    const double plotW = w - left - 10.0, plotH = h - top - bottom;
    const double groupW = labels.empty() ? plotW : plotW / static_cast<double>(labels.size());
    const double barW = series.empty() ? 0.0 : groupW * 0.8 / static_cast<double>(series.size());
    std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"16\" class=\"ct\">", left);
    svg += buf + htmlEscape(title) + "</text>";
    for (std::size_t k = 0; k < series.size() && series.size() > 1; ++k) { // one series: the title names it
        std::snprintf(buf, sizeof buf,
                      "<rect x=\"%.0f\" y=\"24\" width=\"10\" height=\"10\" class=\"%s\"/><text x=\"%.0f\" y=\"33\" "
                      "class=\"lg\">",
                      left + 170.0 * static_cast<double>(k), series[k].cssClass.c_str(),
                      left + 14.0 + 170.0 * static_cast<double>(k));
        svg += buf + htmlEscape(series[k].name) + "</text>";
    }
    std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"%.0f\" class=\"yl\">", left - 6.0, top + 4.0);
    svg += buf + money(s, hi) + "</text>";
    std::snprintf(buf, sizeof buf, "<text x=\"%.0f\" y=\"%.0f\" class=\"yl\">", left - 6.0, top + plotH + 4.0);
    svg += buf + money(s, 0.0) + "</text>";
    for (std::size_t g = 0; g < labels.size(); ++g) {
        const double gx = left + groupW * static_cast<double>(g) + groupW * 0.1;
        for (std::size_t k = 0; k < series.size(); ++k) {
            const BarSeries& sr = series[k];
            const double v = g < sr.values.size() ? std::max(0.0, sr.values[g]) : 0.0;
            const double bh = plotH * v / hi;
            const std::string& cls = g < sr.barClasses.size() ? sr.barClasses[g] : sr.cssClass;
            std::snprintf(buf, sizeof buf,
                          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"><title>",
                          gx + barW * static_cast<double>(k), top + plotH - bh, barW, bh, cls.c_str());
            svg += buf + htmlEscape(sr.name) + " " + htmlEscape(labels[g]) + ": " + money(s, v) + "</title></rect>";
        }
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.0f\" class=\"xl\">", gx + groupW * 0.4, h - 10.0);
        svg += buf + htmlEscape(labels[g]) + "</text>";
    }
    return svg + "</svg>";
}

// One term's value as text: USD amounts in USD (as in the formula), plus the display currency when it differs.
std::string termValue(const model::Scenario& s, const model::TraceTerm& t) {
    const bool converted = s.settings.currencyCode != "USD" || rateText(s.settings.usdToDisplayRate) != "1";
    if (t.unit == "USD" || t.unit == "USD/month") {
        std::string v = htmlEscape(model::formatUsd(t.value));
        if (converted) v += " <span class=\"small\">(" + money(s, t.value) + ")</span>";
        return t.unit == "USD" ? v : v + " per month";
    }
    if (t.unit == "%") return pct(t.value);
    if (t.unit.empty()) return t.value == 1.0 ? std::string("yes") : t.value == 0.0 ? std::string("no") : num(t.value);
    return num(t.value) + " " + htmlEscape(t.unit);
}

// One trace: title, formula, terms table, notes. Every text is escaped (workload names appear in terms).
std::string traceHtml(const model::Scenario& s, const model::Trace& t, const std::string& title) {
    std::string h = "<div class=\"trace\"><b>" + htmlEscape(title.empty() ? t.figureLabel : title) +
                    "</b>\n<p class=\"formula\">" + htmlEscape(t.formula) + "</p>\n";
    if (!t.terms.empty()) {
        h += "<table class=\"terms\"><tr><th>Term</th><th class=\"n\">Value</th></tr>\n";
        for (const model::TraceTerm& term : t.terms)
            h += "<tr><td>" + htmlEscape(term.label) + "</td><td class=\"n\">" + termValue(s, term) + "</td></tr>\n";
        h += "</table>\n";
    }
    if (!t.notes.empty()) {
        h += "<ul class=\"small\">";
        for (const std::string& note : t.notes) h += "<li>" + htmlEscape(note) + "</li>";
        h += "</ul>\n";
    }
    return h + "</div>\n";
}

// The "How each figure was computed" section: every trace of the Result, grouped.
std::string tracesHtml(const model::Scenario& s, const model::Result& r) {
    const model::Traces& tr = r.traces;
    std::string h =
        "<h2>How each figure was computed</h2>\n<p class=\"small\">Each figure with the formula that produced it, "
        "the values substituted and the inputs it came from. Formulas show US dollars, the base currency of "
        "the estimate. " +
        htmlEscape(currencyStatement(s.settings)) + ".</p>\n";
    h += "<h3>Headline figures</h3>\n";
    for (const model::Trace* t : {&tr.projectedArr, &tr.assess, &tr.mobilize, &tr.credits, &tr.totalFunding,
                                  &tr.leftOnTable, &tr.npv, &tr.payback, &tr.runRateSavings})
        h += traceHtml(s, *t, "");
    h += "<h3>Eligibility checks</h3>\n";
    for (const model::Trace& t : tr.eligibilityChecks) h += traceHtml(s, t, "");
    h += "<h3>Money left on the table, by reason</h3>\n";
    for (const model::Trace& t : tr.leftOnTableReasons) h += traceHtml(s, t, "");
    h += "<h3>Each year</h3>\n";
    for (std::size_t i = 0; i < tr.tcoYears.size(); ++i)
        h += traceHtml(s, tr.tcoYears[i],
                       tr.tcoYears[i].figureLabel + " (" + periodLabel(s, SeriesPeriod::Yearly, static_cast<int>(i)) +
                           ")");
    h += "<h3>Migrate &amp; Modernize credits per quarter</h3>\n";
    for (std::size_t i = 0; i < tr.creditQuarters.size(); ++i) {
        const int q = i < r.funding.quarters.size() ? r.funding.quarters[i].quarter : static_cast<int>(i);
        h += traceHtml(s, tr.creditQuarters[i],
                       tr.creditQuarters[i].figureLabel + ", " + periodLabel(s, SeriesPeriod::Quarterly, q));
    }
    return h;
}

const char* kStyle = R"(
body{font-family:"Inter","DejaVu Sans",Arial,sans-serif;color:#1d2430;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:2px solid #d5dbe5;padding-bottom:.2rem;margin-top:2rem}
.sub{color:#5b6575;margin-top:0}
.brand{display:flex;align-items:center;gap:.6rem;font-weight:700}.brand img{max-height:2.4rem;max-width:10rem}
.prepared{font-weight:600;margin:.2rem 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem}
.card{border:1px solid #d5dbe5;border-radius:6px;padding:.6rem .8rem}.card b{display:block;font-size:1.25rem}.card span{color:#5b6575;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}th,td{border-bottom:1px solid #e3e7ee;padding:.3rem .4rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1b7f3b;font-weight:600}.fail{color:#b3261e;font-weight:600}.unknown{color:#8a6d00;font-weight:600}
.verdict{font-size:1.1rem;font-weight:700}.small{font-size:.8rem;color:#5b6575}
svg text{font-size:11px;fill:#1d2430}svg .ct{font-weight:600;font-size:12px}svg .yl{text-anchor:end}svg .xl{text-anchor:middle}
svg .zero{stroke:#9aa4b2;stroke-width:1}svg .line{fill:none;stroke:var(--savings);stroke-width:2}
svg .today{fill:var(--today)}svg .aws{fill:var(--aws)}svg .assess{fill:var(--assess)}svg .mobilize{fill:var(--mobilize)}
svg .credits{fill:var(--credits)}svg .training{fill:var(--training)}svg .left{fill:var(--warning)}
.changed{background:#fff7d6}
h3{font-size:1rem;margin-top:1.2rem}.trace{border-left:3px solid #d5dbe5;padding:.1rem .7rem;margin:.7rem 0;break-inside:avoid}
.formula{font-family:"DejaVu Sans Mono",monospace;font-size:.85rem;margin:.3rem 0}table.terms{width:auto;min-width:50%}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
)";

// The migration waves: when each starts and goes live, what moves in it.
std::string wavesHtml(const model::Scenario& s, const model::Result& r) {
    const std::vector<WaveSummary> waves = summarizeWaves(s, r);
    if (waves.empty()) return std::string();
    std::string h = "<h2>Migration waves</h2>\n<table><tr><th>Wave</th><th>Starts</th><th>Goes live</th><th "
                    "class=\"n\">Servers</th>"
                    "<th class=\"n\">vCPU</th><th class=\"n\">Storage GB</th><th class=\"n\">AWS / "
                    "month</th><th>Applications</th></tr>\n";
    for (const WaveSummary& w : waves) {
        std::string apps;
        for (std::size_t i = 0; i < w.applications.size() && i < 5; ++i) apps += (i ? ", " : "") + w.applications[i];
        if (w.applications.size() > 5) apps += " and " + std::to_string(w.applications.size() - 5) + " more";
        h += "<tr><td>" + htmlEscape(w.name) + "</td><td>" + periodLabel(s, SeriesPeriod::Monthly, w.startMonth) +
             "</td><td>" + periodLabel(s, SeriesPeriod::Monthly, w.goLiveMonth) + "</td><td class=\"n\">" +
             std::to_string(w.servers) + "</td><td class=\"n\">" + std::to_string(w.vcpu) + "</td><td class=\"n\">" +
             model::formatNumber(w.storageGb) + "</td><td class=\"n\">" + money(s, w.awsMonthlyUsd) + "</td><td>" +
             htmlEscape(apps) + "</td></tr>\n";
    }
    h += "</table>\n";
    if (!s.dependencies.empty())
        h += "<p class=\"small\">" + std::to_string(s.dependencies.size()) +
             " imported dependencies; waves planned so that each application and its hard dependencies move together "
             "and what a "
             "workload needs moves no later.</p>\n";
    return h;
}

} // namespace

std::string htmlEscape(std::string_view in) {
    std::string out;
    out.reserve(in.size() + 16);
    for (char c : in) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return formats::text::sanitizeUtf8(out);
}

std::string htmlReport(const model::Scenario& s, const model::Result& r, const DefaultsLedger& ledger,
                       const PartnerBrand* partner) {
    if (partner != nullptr && partner->name.empty()) partner = nullptr;
    const std::string forWhom = preparedForLine(s.settings.customerName, partner);
    std::string h;
    h.reserve(64 * 1024);
    h += htmlPageStart(htmlEscape(s.settings.name) + " - migration funding estimate" +
                           (forWhom.empty() ? std::string() : " - " + htmlEscape(forWhom)),
                       kStyle);
    // The partner's brand above the title, as on the executive summary this appendix backs.
    if (partner != nullptr) {
        h += "<div class=\"brand\">";
        if (!partner->logoDataUrl.empty())
            h +=
                "<img src=\"" + htmlEscape(partner->logoDataUrl) + "\" alt=\"" + htmlEscape(partner->name) + " logo\">";
        h += "<span>" + htmlEscape(partner->name) + "</span></div>\n";
    }
    h += "<h1>" + htmlEscape(s.settings.name) + "</h1>\n";
    if (!forWhom.empty()) h += "<p class=\"prepared\">" + htmlEscape(forWhom) + "</p>\n";
    h += "<p class=\"sub\">Migration TCO and AWS MAP funding estimate &middot; start " +
         periodLabel(s, SeriesPeriod::Quarterly, 0) + " &middot; horizon " + std::to_string(s.settings.horizonYears) +
         " years &middot; " + std::to_string(s.workloads.size()) + " workloads &middot; " +
         htmlEscape(currencyStatement(s.settings)) + "</p>\n";
    if (!r.ok()) {
        h += "<h2>The scenario is not valid</h2>\n<ul>\n";
        for (const model::ValidationError& e : r.errors)
            h += "<li><code>" + htmlEscape(e.path) + "</code>: " + htmlEscape(e.message) + "</li>\n";
        return h + "</ul>\n</body></html>\n";
    }
    const model::TcoSummary& t = r.tco;
    const model::FundingLadder& f = r.funding;

    // Summary
    h += "<h2>Summary</h2>\n<div class=\"cards\">\n";
    auto card = [&](const std::string& value, const std::string& label) {
        h += "<div class=\"card\"><b>" + value + "</b><span>" + label + "</span></div>\n";
    };
    card(htmlEscape(model::verdictName(r.eligibility.verdict)), "MAP eligibility verdict");
    card(money(s, r.projectedArrUsd), model::arrName(s.program));
    card(money(s, f.totalUsd), "total MAP funding in the horizon");
    card(money(s, t.npvUsd), "NPV of savings (" + pct(s.settings.discountRatePct) + ")");
    card(htmlEscape(model::paybackText(t, s.settings)), "payback");
    card(t.roiPct ? pct(*t.roiPct) : htmlEscape(model::roiNote(t)), "ROI (horizon savings / one-time cost)");
    card(money(s, t.todayMonthlyUsd) + " &rarr; " + money(s, t.targetMonthlyUsd),
         "monthly run cost today &rarr; after");
    card(money(s, t.oneTimeUsd), "one-time migration cost");
    h += "</div>\n";

    // Eligibility
    h += "<h2>Eligibility checklist</h2>\n<p class=\"verdict\">Verdict: " +
         htmlEscape(model::verdictName(r.eligibility.verdict)) + "</p>\n";
    h += "<table><tr><th>Status</th><th>Check</th><th class=\"n\">Measured</th><th class=\"n\">Threshold</th><th>What "
         "would clear it</th></tr>\n";
    for (const model::EligibilityCheck& c : r.eligibility.checks) {
        const CheckWords words = checkWords(c);
        const char* cls = c.status == model::CheckStatus::Pass   ? "pass"
                          : c.status == model::CheckStatus::Fail ? "fail"
                                                                 : "unknown";
        const std::string mark = std::string(c.status == model::CheckStatus::Pass   ? "&#10004; "
                                             : c.status == model::CheckStatus::Fail ? "&#10008; "
                                                                                    : "? ") +
                                 std::string(words.status);
        auto value = [&](double v) {
            return c.unit == "USD" ? money(s, v) : c.unit == "%" ? pct(v) : num(v) + " " + htmlEscape(c.unit);
        };
        h += std::string("<tr><td class=\"") + cls + "\">" + mark + "</td><td>" + htmlEscape(words.label) +
             (c.blocking ? "" : " <span class=\"small\">(" + std::string(words.weight) + ")</span>") +
             "</td><td class=\"n\">" + value(c.measured) + "</td><td class=\"n\">" + value(c.threshold) + "</td><td>" +
             htmlEscape(words.toClear) + "</td></tr>\n";
    }
    h += "</table>\n";

    // Funding ladder
    const model::FundingProfiles& profiles = r.fundingProfiles;
    const bool programHeadline = profiles.headline == model::FundingProfile::ProgramMechanics;
    const model::FundingProfileFigures& headProfile =
        programHeadline ? profiles.programMechanics : profiles.publishedRules;
    const model::FundingProfileFigures& otherProfile =
        programHeadline ? profiles.publishedRules : profiles.programMechanics;
    h += "<h2>Funding ladder</h2>\n<p>Headline: <b>" + htmlEscape(headProfile.name) + "</b> " +
         money(s, headProfile.totalUsd) + "; beside it, " + htmlEscape(otherProfile.name) + " " +
         money(s, otherProfile.totalUsd) +
         ". Partner cash (Assess + Mobilize, paid to "
         "the partner, offsets its services fees) " +
         money(s, f.partnerCashUsd) + "; customer credits (on the AWS bill) " + money(s, f.customerCreditsUsd) +
         ". The assessment is costed at " + money(s, f.assessmentFeeUsd) +
         (s.program.assessmentFeeUsd > 0.0 ? " (the partner's fee)"
                                           : " (no fee quoted: the Assess cash that pays for it)") +
         " in the one-time cost.</p>\n";
    for (const char* id : kFundingWarningIds)
        if (const model::ResultWarning* w = r.warning(id))
            h += "<p class=\"small\">" + htmlEscape(warningText(*w)) + "</p>\n";
    for (const model::EligibilityReading& reading : r.eligibility.readings)
        h += "<p class=\"small\">Borderline reading: " + htmlEscape(reading.label) + ": " +
             (reading.eligible ? money(s, reading.fundingUsd) : std::string("not eligible, $0")) + " (" +
             htmlEscape(reading.source) + ")</p>\n";
    h += "<table><tr><th>Phase</th><th class=\"n\">Amount</th><th>Basis</th><th>Released</th></tr>\n";
    auto phaseRow = [&](const char* name, const model::FundingPhase& p) {
        // Under program mechanics Assess is a tier, not a share of ARR: say so rather than "0 % of".
        h += std::string("<tr><td>") + name + "</td><td class=\"n\">" + money(s, p.amountUsd) + "</td><td>" +
             (p.pct > 0.0 ? pct(p.pct) + " of " + money(s, p.basisUsd) : std::string("tiered partner payment")) +
             "</td><td>" + monthText(s, p.releaseMonth) + (p.releasedInHorizon ? "" : " (after the horizon)") +
             ", when " + htmlEscape(p.releasedBy) + "</td></tr>\n";
    };
    phaseRow("Assess", f.assess);
    phaseRow("Mobilize", f.mobilize);
    h += "<tr><td>Migrate &amp; Modernize credits</td><td class=\"n\">" + money(s, f.creditsUsd) + "</td><td>" +
         pct(f.creditPct) + " of tagged spend " + money(s, f.taggedSpendUsd) + "</td><td>" +
         htmlEscape(f.creditsReleasedBy) +
         (f.creditsAfterHorizonUsd > 0.0 ? "; " + money(s, f.creditsAfterHorizonUsd) + " more after the horizon"
                                         : std::string()) +
         "</td></tr>\n";
    if (f.trainingUsd > 0.0)
        h += "<tr><td>Training</td><td class=\"n\">" + money(s, f.trainingUsd) +
             "</td><td></td><td>with Mobilize</td></tr>\n";
    h += "<tr><th>Total</th><th class=\"n\">" + money(s, f.totalUsd) + "</th><th colspan=\"2\">" +
         (f.capApplied ? "partner-funding cap of " + money(s, f.capUsd) + " applied (uncapped " +
                             money(s, f.uncappedTotalUsd) + ")"
                       : std::string("cap not reached")) +
         "</th></tr>\n</table>\n";
    const model::LeftOnTable& l = f.leftOnTable;
    h += "<p>Left on the table: <b>" + money(s, l.totalUsd) +
         "</b></p>\n<table><tr><th>Reason</th><th class=\"n\">Amount</th></tr>\n";
    // The reasons in the words of every screen (model::leftOnTableLines); the one beyond the cap is not counted.
    for (const model::LeftOnTableLine& line : model::leftOnTableLines(f))
        h += "<tr><td>" + htmlEscape(line.label) + "</td><td class=\"n\">" + money(s, line.amountUsd) + "</td></tr>\n";
    h += "</table>\n";
    h += barChart(s, {"Assess", "Mobilize", "Credits", "Left on table"},
                  {{"Funding",
                    {f.assess.amountUsd, f.mobilize.amountUsd, f.creditsUsd, l.totalUsd},
                    "funding",
                    {"assess", "mobilize", "credits", "left"}}},
                  "Funding by phase");

    // TCO
    h += "<h2>Total cost of ownership</h2>\n<table><tr><th>Year</th><th class=\"n\">Status quo</th><th "
         "class=\"n\">Migration (before funding)</th>"
         "<th class=\"n\">Funding</th><th class=\"n\">Net cash flow</th><th class=\"n\">Cumulative savings</th></tr>\n";
    std::vector<std::string> years;
    std::vector<double> statusQuo, migration;
    for (std::size_t i = 0; i < r.yearly.size(); ++i) {
        const model::PeriodFigures& y = r.yearly[i];
        const double mig = y.legacyUsd + y.awsUsd + y.subscriptionUsd + y.opsLabourUsd + y.oneTimeUsd;
        years.push_back(periodLabel(s, SeriesPeriod::Yearly, static_cast<int>(i)));
        statusQuo.push_back(y.statusQuoUsd);
        migration.push_back(mig);
        h += "<tr><td>" + years.back() + "</td><td class=\"n\">" + money(s, y.statusQuoUsd) + "</td><td class=\"n\">" +
             money(s, mig) + "</td><td class=\"n\">" + money(s, y.fundingTotalUsd) + "</td><td class=\"n\">" +
             money(s, y.netCashFlowUsd) + "</td><td class=\"n\">" + money(s, y.cumulativeSavingsUsd) + "</td></tr>\n";
    }
    h += "<tr><th>Total</th><th class=\"n\">" + money(s, t.statusQuoTotalUsd) + "</th><th class=\"n\">" +
         money(s, t.migrationTotalUsd) + "</th><th class=\"n\">" + money(s, t.fundingUsd) + "</th><th class=\"n\">" +
         money(s, t.horizonSavingsUsd) + "</th><th></th></tr>\n</table>\n";
    h += "<p>NPV " + money(s, t.npvUsd) + " &middot; payback " + htmlEscape(model::paybackText(t, s.settings)) +
         " &middot; ROI " + (t.roiPct ? pct(*t.roiPct) : htmlEscape(model::roiNote(t))) +
         " &middot; run-rate savings " + pct(t.runRateSavingsPct) + "</p>\n";
    // Sanity band: today's cost by category, and a plain warning when run-rate savings leave the sourced range.
    h += "<h3>Today's cost by category</h3>\n<table><tr><th>Category</th><th class=\"n\">Per month</th><th "
         "class=\"n\">Share</th></tr>\n";
    for (const model::CategoryShare& c : t.todayShares)
        h += "<tr><td>" + htmlEscape(c.category) + "</td><td class=\"n\">" + money(s, c.monthlyUsd) +
             "</td><td class=\"n\">" + pct(c.share) + "</td></tr>\n";
    h += "</table>\n<p class=\"small\">" + htmlEscape(savingsRangeText(t.sanity)) + ".</p>\n";
    if (t.sanity.outside) h += "<p class=\"warn\">" + htmlEscape(savingsCheckText(t.sanity)) + "</p>\n";
    h += barChart(s, years, {{"Status quo", statusQuo, "today", {}}, {"Migration", migration, "aws", {}}},
                  "Cost per year");
    std::vector<double> cumulative;
    cumulative.reserve(r.monthly.size());
    for (const model::PeriodFigures& m : r.monthly) cumulative.push_back(m.cumulativeSavingsUsd);
    h += lineChart(s, cumulative, "Cumulative savings by month");

    // Dispositions
    h += "<h2>Dispositions (7 Rs)</h2>\n<table><tr><th>Disposition</th><th class=\"n\">Workloads</th><th "
         "class=\"n\">Today / month</th>"
         "<th class=\"n\">After / month</th><th class=\"n\">One-time</th></tr>\n";
    for (int d = 0; d < model::kDispositionCount; ++d) {
        const model::DispositionTotals& x = t.byDisposition[static_cast<std::size_t>(d)];
        if (x.workloads == 0) continue;
        h += "<tr><td>" + std::string(model::dispositionName(static_cast<model::Disposition>(d))) +
             "</td><td class=\"n\">" + std::to_string(x.workloads) + "</td><td class=\"n\">" +
             money(s, x.todayMonthlyUsd) + "</td><td class=\"n\">" + money(s, x.targetMonthlyUsd) +
             "</td><td class=\"n\">" + money(s, x.oneTimeUsd) + "</td></tr>\n";
    }
    h += "</table>\n";

    h += wavesHtml(s, r);

    // Workloads (bounded: a report of 100,000 rows is not printable)
    constexpr std::size_t kMaxRows = 500;
    h += "<h2>Workloads</h2>\n<table><tr><th>Name</th><th>Application</th><th>Disposition</th><th>Instance</th><th "
         "class=\"n\">Today / month</th>"
         "<th class=\"n\">AWS / month</th><th>MAP</th></tr>\n";
    for (std::size_t i = 0; i < r.workloads.size() && i < s.workloads.size() && i < kMaxRows; ++i) {
        const model::WorkloadResult& w = r.workloads[i];
        const std::string type = model::instanceTypeName(s, w);
        const bool sized = !type.empty();
        std::string instance = sized ? htmlEscape(type) : std::string("&ndash;");
        if (sized && w.instanceCount > 1) instance += " &times; " + std::to_string(w.instanceCount);
        if (sized) instance += " <span class=\"small\">$" + model::formatNumber(w.instanceUsdPerHour) + "/h</span>";
        if (w.sizingWarning != model::SizingWarning::None)
            instance += "<br><span class=\"small\">&#9888; " + htmlEscape(model::sizingWarningText(s, w)) + "</span>";
        h += "<tr><td>" + htmlEscape(s.workloads[i].name) + "</td><td>" + htmlEscape(s.workloads[i].application) +
             "</td><td>" + std::string(model::dispositionName(w.effective)) +
             (w.dispositionFromUser ? "" : " <span class=\"small\">(proposed)</span>") + "</td><td>" + instance +
             "</td><td class=\"n\">" + money(s, w.todayMonthlyUsd) + "</td><td class=\"n\">" +
             money(s, w.awsMonthlyUsd) + "</td><td>" + htmlEscape(model::mapExclusionName(w.mapExclusion)) +
             "</td></tr>\n";
    }
    h += "</table>\n";
    if (s.workloads.size() > kMaxRows)
        h += "<p class=\"small\">First " + std::to_string(kMaxRows) + " of " + std::to_string(s.workloads.size()) +
             " workloads shown; the JSON and CSV exports hold all.</p>\n";

    // Licence lines, today and after, of the workloads that have any (bounded like the workload table).
    {
        std::string rows;
        std::size_t shown = 0;
        for (std::size_t i = 0; i < r.workloads.size() && i < s.workloads.size() && shown < kMaxRows; ++i) {
            const model::Trace trace = model::workloadCostTrace(s, r, i);
            std::string lines;
            for (const std::string& note : trace.notes)
                if (note.rfind("today: ", 0) == 0 || note.rfind("after: ", 0) == 0) lines += htmlEscape(note) + "<br>";
            if (lines.empty()) continue;
            ++shown;
            rows += "<tr><td>" + htmlEscape(s.workloads[i].name.empty() ? s.workloads[i].id : s.workloads[i].name) +
                    "</td><td class=\"n\">" + money(s, r.workloads[i].todayLicenceMonthlyUsd) +
                    "</td><td class=\"n\">" +
                    money(s, r.workloads[i].licenceIncludedMonthlyUsd + r.workloads[i].licencesKeptMonthlyUsd) +
                    "</td><td class=\"small\">" + lines + "</td></tr>\n";
        }
        if (!rows.empty())
            h += "<h2>Licences today and after</h2>\n<table><tr><th>Workload</th><th class=\"n\">Today / month</th><th "
                 "class=\"n\">After / month</th>"
                 "<th>Lines (vendor rules)</th></tr>\n" +
                 rows + "</table>\n";
    }
    if (!r.warnings.empty()) {
        h += "<h2>Warnings</h2>\n<ul>\n";
        for (const model::ResultWarning& w : r.warnings) h += "<li>" + htmlEscape(warningText(w)) + "</li>\n";
        h += "</ul>\n";
    }

    h += tracesHtml(s, r);

    // Assumptions with sources
    h += "<h2>Assumptions and sources</h2>\n<p class=\"small\">Highlighted rows differ from the shipped default. "
         "Defaults dated " +
         htmlEscape(ledger.date) +
         ". Prices: " + htmlEscape(sourceForReader(ledger.pricesSource, model::AssumptionUnit::Usd)) + " (" +
         htmlEscape(ledger.pricesDate) + "). " + htmlEscape(ledger.pricesDisclaimer) + "</p>\n";
    const std::string regionName = s.aws.catalogue ? s.aws.catalogue->regionName(s.aws.region) : s.aws.region;
    h += "<p>AWS prices for " + htmlEscape(regionName) + " (" + htmlEscape(s.aws.region) +
         "), on-demand list prices before discounts; each table with its date and "
         "source:</p>\n<table><tr><th>Table</th><th>As of</th><th class=\"n\">Workloads</th><th>Source</th></tr>\n";
    for (const model::PriceTableUse& table : model::priceTablesInUse(s, r))
        h += "<tr><td>" + htmlEscape(table.name) + "</td><td>" + htmlEscape(table.provenance.asOf) +
             (table.provenance.olderTable
                  ? " <span class=\"small\">(older table: the newest does not cover this region)</span>"
                  : "") +
             "</td><td class=\"n\">" + std::to_string(table.workloads) + "</td><td class=\"small\">" +
             htmlEscape(table.provenance.source) +
             (table.provenance.derivation.empty()
                  ? ""
                  : "; derived: " +
                        htmlEscape(sourceForReader(table.provenance.derivation, model::AssumptionUnit::Usd))) +
             "</td></tr>\n";
    h += "</table>\n";
    if (s.aws.regionMultiplier != 1.0)
        h += "<p class=\"small\">Every AWS price is multiplied by an explicit override of " +
             model::formatNumber(s.aws.regionMultiplier) + ".</p>\n";
    h += "<table><tr><th>Assumption</th><th class=\"n\">Value</th><th "
         "class=\"n\">Default</th><th>Range</th><th>Source</th><th>Confidence</th></tr>\n";
    for (const model::Assumption& a : model::assumptions()) {
        const double value = a.get ? a.get(s) : 0.0;
        const DefaultEntry* e = ledger.find(a.key);
        const bool changed = e != nullptr && std::fabs(e->value - value) > 1e-12 * std::max(1.0, std::fabs(value));
        auto show = [&](double v) {
            if (e != nullptr && !e->choices.empty() && v >= 0.0 && static_cast<std::size_t>(v) < e->choices.size())
                return htmlEscape(e->choices[static_cast<std::size_t>(v)]);
            if (a.unit == model::AssumptionUnit::Percent) return pct(v);
            if (a.unit == model::AssumptionUnit::Usd) return money(s, v);
            return num(v) + " " + htmlEscape(model::unitLabel(a.unit));
        };
        const auto range = model::rangeOf(s, a);
        h += std::string("<tr") + (changed ? " class=\"changed\"" : "") + "><td>" + htmlEscape(a.label) +
             "</td><td class=\"n\">" + show(value) + "</td><td class=\"n\">" +
             (e ? show(e->value) : std::string("&ndash;")) + "</td><td>" +
             (range && range->low < range->high ? show(range->low) + " &ndash; " + show(range->high) : std::string()) +
             "</td><td>" + (e ? htmlEscape(sourceForReader(e->source, a.unit)) : std::string()) + "</td><td>" +
             (e ? htmlEscape(e->confidence) : std::string()) + "</td></tr>\n";
    }
    h += "</table>\n";
    if (!ledger.sources.empty()) {
        h += "<h2>Sources</h2>\n<table><tr><th>#</th><th>Title</th><th>Publisher</th><th>Date</th><th>Address</"
             "th><th>Authority</th></tr>\n";
        for (const SourceEntry& src : ledger.sources)
            h += "<tr><td>" + std::to_string(src.number) + "</td><td>" +
                 htmlEscape(sourceForReader(src.title, model::AssumptionUnit::Usd)) + "</td><td>" +
                 htmlEscape(src.publisher) + "</td><td>" + htmlEscape(src.date) + "</td><td>" +
                 htmlEscape(src.address) + "</td><td>" + htmlEscape(src.authority) + "</td></tr>\n";
        h += "</table>\n";
    }
    h += "<p class=\"small\">Estimates for planning only, not an offer of funding: program terms, thresholds and "
         "prices change.</p>\n</body></html>\n";
    return h;
}

} // namespace est::io
