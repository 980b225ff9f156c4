// io/executive_summary_html.cpp - the executive summary page (see executive_summary_html.hpp). Only layout and
// formatting here: the words and figures come from summarizeBusinessCase and keyAssumptions.
#include "io/executive_summary_html.hpp"
#include "io/html_page.hpp"

#include "io/business_case_summary.hpp"
#include "io/key_assumptions.hpp"
#include "io/prepared_for.hpp"
#include "io/report.hpp"
#include "model/aws_pricing.hpp"
#include "model/stable_sort.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace est::io {
namespace {

// What fits on two printed pages (A4 or Letter) at the sizes below; the rest is in the detailed appendix.
constexpr std::size_t kMaxNextSteps = 6;
constexpr std::size_t kMaxAssumptions = 8;
constexpr std::size_t kMaxSources = 9; // page 2 stays one page on Letter paper

// The registry keys of the funding rules the headline rests on: their sources are always listed.
constexpr const char* kFundingRuleKeys[] = {"program.mapLiteMinArrUsd", "program.assessPctOfArr",
                                            "program.mobilizePctOfArr", "program.migrateCreditPct"};

// The palette's custom properties (html_page.hpp: paletteCss), the colours of the app's bridge.
const char* bridgeColour(BridgeKind k) {
    switch (k) {
    case BridgeKind::Today:
        return "var(--today)";
    case BridgeKind::Aws:
        return "var(--aws)";
    case BridgeKind::OneTime:
        return "var(--one-time)";
    case BridgeKind::Funding:
        return "var(--funding)";
    }
    return "var(--today)";
}

// A source's title without the trailing "(...)" note sources.md adds on what we took from it: the CFO's page
// cites the document, the detailed appendix keeps the note.
std::string titleWithoutNote(const std::string& title) {
    if (title.empty() || title.back() != ')') return title;
    int depth = 0;
    for (std::size_t i = title.size(); i-- > 0;) {
        if (title[i] == ')')
            ++depth;
        else if (title[i] == '(' && --depth == 0) {
            std::size_t end = i;
            while (end > 0 && title[end - 1] == ' ') --end;
            return end == 0 ? title : title.substr(0, end);
        }
    }
    return title;
}

std::string money(double usd, const model::Settings& s) { return htmlEscape(moneyForReading(usd, s)); }

// The summary's own source list, numbered 1..n in the order a reader meets them: the AWS Price List first (the
// AWS figures rest on it), then each public source the first time a figure or an assumption cites it. The
// repository's own numbering and files stay in the detailed appendix.
class SummarySources {
public:
    static constexpr int kPriceList = 1;
    /// The summary's number of ledger source `ledgerNumber`, assigned on first citation; 0 once the list is full
    /// (kMaxSources rows keep page 2 one page) or when the ledger does not know the number.
    int cite(int ledgerNumber, const DefaultsLedger& ledger) {
        for (std::size_t i = 0; i < m_ledgerNumbers.size(); ++i)
            if (m_ledgerNumbers[i] == ledgerNumber) return static_cast<int>(i) + 2;
        const bool known = std::any_of(ledger.sources.begin(), ledger.sources.end(),
                                       [&](const SourceEntry& e) { return e.number == ledgerNumber; });
        if (!known || m_ledgerNumbers.size() + 1 >= kMaxSources) return 0;
        m_ledgerNumbers.push_back(ledgerNumber);
        return static_cast<int>(m_ledgerNumbers.size()) + 1;
    }
    /// "[2], [5]" for the ledger numbers `cited` (those that got a number), "" when none did.
    std::string marks(const std::vector<int>& cited, const DefaultsLedger& ledger) {
        std::vector<int> numbers;
        for (int n : cited)
            if (const int local = cite(n, ledger);
                local != 0 && std::find(numbers.begin(), numbers.end(), local) == numbers.end())
                numbers.push_back(local);
        std::sort(numbers.begin(), numbers.end());
        std::string t;
        for (int n : numbers) t += (t.empty() ? "[" : ", [") + std::to_string(n) + "]";
        return t;
    }
    const std::vector<int>& ledgerNumbers() const { return m_ledgerNumbers; }

private:
    std::vector<int> m_ledgerNumbers; // summary number i + 2 is ledger source m_ledgerNumbers[i]
};

// The bridge as a waterfall: totals stand on zero, steps float from the running level.
std::string bridgeSvg(const BusinessCaseSummary& sum, const model::Settings& s) {
    const double w = 680.0, h = 230.0, left = 10.0, right = 10.0, top = 26.0, bottom = 40.0;
    std::vector<std::pair<double, double>> spans; // [from, to] of each bar
    double level = 0.0, lo = 0.0, hi = 1.0;
    for (const BridgeStep& b : sum.bridge) {
        const double from = b.total ? 0.0 : level;
        const double to = b.total ? b.usd : level + b.usd;
        spans.emplace_back(from, to);
        level = to;
        lo = std::min({lo, from, to});
        hi = std::max({hi, from, to});
    }
    const double plotH = h - top - bottom, plotW = w - left - right;
    const double slot = sum.bridge.empty() ? plotW : plotW / static_cast<double>(sum.bridge.size());
    auto y = [&](double v) { return top + plotH * (hi - v) / (hi - lo); };
    std::string svg;
    char buf[256];
    std::snprintf(buf, sizeof buf, "<svg class=\"bridge\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"", w, h);
    svg += buf + htmlEscape(sum.bridgeTitle) + "\">";
    std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"axis\"/>", left,
                  y(0.0), w - right, y(0.0));
    svg += buf;
    for (std::size_t i = 0; i < sum.bridge.size(); ++i) {
        const BridgeStep& b = sum.bridge[i];
        const double x = left + slot * static_cast<double>(i) + slot * 0.18, bw = slot * 0.64;
        const double y0 = y(std::max(spans[i].first, spans[i].second)),
                     y1 = y(std::min(spans[i].first, spans[i].second));
        std::snprintf(buf, sizeof buf, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" style=\"fill:%s\"/>",
                      x, y0, bw, std::max(1.0, y1 - y0), bridgeColour(b.kind));
        svg += buf;
        if (i + 1 < sum.bridge.size()) { // a thin connector at the running level
            std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"link\"/>",
                          x + bw, y(spans[i].second), x + slot, y(spans[i].second));
            svg += buf;
        }
        const std::string value = (b.total || b.usd < 0.5 ? "" : "+") + money(b.usd, s); // "+$3.8M", "-$514K", "$0"
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" class=\"v\">", x + bw / 2.0, y0 - 6.0);
        svg += buf + value + "</text>";
        std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" class=\"l\">", x + bw / 2.0, h - bottom + 18.0);
        svg += buf + htmlEscape(b.label) + "</text>";
    }
    return svg + "</svg>";
}

const char* badgeClass(const BusinessCaseSummary& sum) {
    switch (sum.verdict) {
    case model::Verdict::Map:
    case model::Verdict::MapLite:
        return "badge ok";
    case model::Verdict::Borderline:
        return "badge maybe";
    case model::Verdict::NotEligible:
        return "badge not";
    }
    return "badge not";
}

const char* kStyle = R"(
@page{margin:12mm}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-family:"Inter","DejaVu Sans",Arial,sans-serif;font-size:10pt;line-height:1.35;color:#1d2430;margin:0;background:#e5e7eb}
.page{box-sizing:border-box;width:186mm;margin:8mm auto;padding:0;background:#fff}
@media screen{.page{padding:10mm;width:206mm;box-shadow:0 1px 4px rgba(0,0,0,.2)}}
@media print{body{background:#fff}.page{margin:0 auto}.page+.page{break-before:page}}
h2{break-after:avoid}.figure,.path,svg.bridge,tr{break-inside:avoid}thead{display:table-header-group}
.cite{font-size:7pt;color:#5b6575;white-space:nowrap}
header{display:flex;align-items:center;gap:4mm;border-bottom:2px solid var(--accent);padding-bottom:2mm;margin-bottom:3mm}
header img{max-height:12mm;max-width:45mm}header .who{font-weight:700;font-size:12pt}header .what{margin-left:auto;color:#5b6575;font-size:9pt;text-align:right}
h1{font-size:16pt;margin:0 0 1mm}h2{font-size:12pt;margin:4mm 0 1.5mm;color:#1d2430}
.prepared{color:#5b6575;margin:0 0 3mm}
header .for{color:#1f2937;font-weight:600}
.headline{font-size:13pt;font-weight:600;margin:0 0 4mm;border-left:4px solid var(--accent);padding-left:3mm}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:2.5mm;margin-bottom:3mm}
.figure{border:1px solid #d5dbe5;border-radius:2mm;padding:2mm 2.5mm}.figure .c{font-size:8.5pt;color:#5b6575}
.figure .n{font-size:15pt;font-weight:700;font-variant-numeric:tabular-nums;margin:.5mm 0}.figure .t{font-size:7.5pt;color:#5b6575}
svg.bridge{width:100%;height:auto;max-height:68mm}svg text{font-size:11px;fill:#1d2430;text-anchor:middle}svg .v{font-weight:600}
svg .axis{stroke:#9aa4b2;stroke-width:1}svg .link{stroke:#9aa4b2;stroke-dasharray:3 2}
.badge{display:inline-block;padding:1mm 3mm;border-radius:3mm;font-weight:700;color:#fff}
.badge.ok{background:var(--pass)}.badge.maybe{background:var(--warning)}.badge.not{background:var(--today)}
.path{border:1px solid #d5dbe5;border-left:4px solid var(--warning);padding:2mm 3mm;margin:2mm 0}
ol{margin:1mm 0 0;padding-left:6mm}li{margin:.8mm 0}
table{border-collapse:collapse;width:100%;font-size:8pt}th,td{border-bottom:1px solid #e3e7ee;padding:.7mm 1.2mm;text-align:left;vertical-align:top}
th{font-size:8pt;color:#5b6575}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.replace{display:inline-block;margin-top:.5mm;padding:0 1.5mm;border-radius:1mm;background:#fef3c7;color:#78350f;font-weight:600;font-size:7.5pt}
table.sources{font-size:7pt}table.sources td{word-break:break-word}table.sources td:first-child,table.sources td:nth-child(4){white-space:nowrap;word-break:normal}
.small{font-size:8pt;color:#5b6575}footer{margin-top:2.5mm;font-size:7.5pt;color:#5b6575}
)";

// Each page's header: the partner's logo and name, then who the summary is prepared for (every printed page says so).
std::string pageHeader(const model::Scenario& s, const PartnerBrand* partner, const std::string& what) {
    std::string h = "<header>";
    if (partner != nullptr && !partner->logoDataUrl.empty())
        h += "<img src=\"" + htmlEscape(partner->logoDataUrl) + "\" alt=\"" + htmlEscape(partner->name) + " logo\">";
    if (partner != nullptr) h += "<span class=\"who\">" + htmlEscape(partner->name) + "</span>";
    // The partner's name is already beside the logo: the header adds the customer only.
    if (!s.settings.customerName.empty())
        h += "<span class=\"for\">" + htmlEscape(preparedForLine(s.settings.customerName, nullptr)) + "</span>";
    return h + "<span class=\"what\">" + what + "</span></header>\n";
}

// Each of the four figures' source marks ("[1], [3]"), assigned in reading order: today's cost rests on the
// sourced on-premises assumptions among the key ones, AWS on the price list and the AWS assumptions, the move on
// the migration rates and the funding rules, the funding on the funding rules.
std::vector<std::string> figureMarks(const std::vector<KeyAssumption>& keys, const DefaultsLedger& ledger,
                                     SummarySources& sources) {
    std::vector<int> today, aws, move, funding;
    auto add = [](std::vector<int>& to, const std::vector<int>& numbers) {
        for (int n : numbers)
            if (std::find(to.begin(), to.end(), n) == to.end()) to.push_back(n);
    };
    for (const KeyAssumption& k : keys) {
        if (k.confidence == "unverified") continue; // the partner confirms it: no source to cite
        if (k.key.rfind("source.", 0) == 0)
            add(today, k.sources);
        else if (k.key.rfind("aws.", 0) == 0)
            add(aws, k.sources);
        else if (k.key.rfind("rules.", 0) == 0 || k.key.rfind("plan.", 0) == 0)
            add(move, k.sources);
    }
    for (const char* key : kFundingRuleKeys)
        if (const DefaultEntry* e = ledger.find(key); e != nullptr && e->confidence != "unverified")
            add(funding, citedSources(e->source));
    add(move, funding);
    std::vector<std::string> marks;
    marks.push_back(sources.marks(today, ledger));
    const std::string awsMarks = sources.marks(aws, ledger);
    marks.push_back("[" + std::to_string(SummarySources::kPriceList) + "]" + (awsMarks.empty() ? "" : ", " + awsMarks));
    marks.push_back(sources.marks(move, ledger));
    marks.push_back(sources.marks(funding, ledger));
    return marks;
}

std::string overviewPage(const model::Scenario& s, const model::Result& r, const BusinessCaseSummary& sum,
                         const PartnerBrand* partner, std::string_view isoDate, const std::vector<std::string>& marks) {
    std::string h =
        "<section class=\"page\" id=\"overview\">\n" + pageHeader(s, partner, "Executive summary &middot; page 1 of 2");
    h += "<h1>" + htmlEscape(s.settings.name) + ": the business case for moving to AWS</h1>\n";
    // "Prepared for Acme Retail by Northwind on 2 December 2026"; without a customer or a partner, only what is known.
    const std::string forWhom = preparedForLine(s.settings.customerName, partner);
    h += "<p class=\"prepared\">" + htmlEscape(forWhom.empty() ? std::string("Prepared") : forWhom) + " on " +
         htmlEscape(longDate(isoDate)) + " &middot; " + htmlEscape(currencyStatement(s.settings)) + "</p>\n";
    h += "<p class=\"headline\">" + htmlEscape(sum.headline) + "</p>\n";
    if (!sum.ok || r.workloads.empty()) {
        h += "<h2>Next steps</h2>\n<ol>";
        for (std::size_t i = 0; i < sum.nextSteps.size() && i < kMaxNextSteps; ++i)
            h += "<li>" + htmlEscape(sum.nextSteps[i]) + "</li>";
        return h + "</ol>\n</section>\n";
    }
    h += "<div class=\"figures\">\n";
    for (std::size_t i = 0; i < sum.figures.size(); ++i) {
        const SummaryFigure& f = sum.figures[i];
        const std::string mark =
            i < marks.size() && !marks[i].empty() ? " <span class=\"cite\">" + marks[i] + "</span>" : "";
        h += "<div class=\"figure\"><div class=\"c\">" + htmlEscape(f.caption) + "</div><div class=\"n\">" +
             money(f.usd, s.settings) + "</div><div class=\"t\">" + htmlEscape(f.note) + mark + "</div></div>\n";
    }
    h += "</div>\n<h2>" + htmlEscape(sum.bridgeTitle) + "</h2>\n" + bridgeSvg(sum, s.settings) + "\n";
    h += "<h2>AWS funding: <span class=\"" + std::string(badgeClass(sum)) + "\">" + htmlEscape(sum.badge) +
         "</span></h2>\n";
    if (sum.notEligible.shown) {
        h += "<div class=\"path\"><b>Not eligible yet.</b> " + htmlEscape(sum.notEligible.gapText) + "</div>\n";
    }
    // A loss names what would turn it; the box takes the room of the last next steps, so page 1 stays one page.
    std::size_t steps = kMaxNextSteps;
    if (!sum.turners.empty()) {
        h += "<div class=\"path turn\"><b>What would turn it:</b>";
        for (std::size_t i = 0; i < sum.turners.size(); ++i)
            h += " " + std::to_string(i + 1) + ". " + htmlEscape(sum.turners[i]) +
                 (i + 1 < sum.turners.size() ? ";" : ".");
        h += "</div>\n";
        steps -= 2;
    }
    h += "<h2>Next steps</h2>\n<ol>";
    for (std::size_t i = 0; i < sum.nextSteps.size() && i < steps; ++i)
        h += "<li>" + htmlEscape(sum.nextSteps[i]) + "</li>";
    h += "</ol>\n<footer>Estimates for planning, not an offer of funding: AWS program terms, thresholds and prices "
         "change. "
         "The figures are explained line by line in the detailed appendix and the Excel business "
         "case.</footer>\n</section>\n";
    return h;
}

// The prices as a CFO cites them: the publisher's list, the region and the dates of the tables this estimate
// uses ("AWS Price List, us-east-1, on-demand, as of 2021-08-03 to 2026-07-20"); which table holds which date is
// in the detailed appendix.
std::string pricesCitation(const model::Scenario& s, const model::Result& r, const DefaultsLedger& ledger) {
    std::vector<std::string> dates;
    for (const model::PriceTableUse& t : model::priceTablesInUse(s, r))
        if (!t.provenance.asOf.empty() && std::find(dates.begin(), dates.end(), t.provenance.asOf) == dates.end())
            dates.push_back(t.provenance.asOf);
    model::stableSort(dates, [](const std::string& x, const std::string& y) { return x < y; });
    if (dates.empty()) dates.push_back(ledger.pricesDate);
    const std::string asOf = dates.size() == 1 ? dates.front() : dates.front() + " to " + dates.back();
    return "AWS Price List, " + s.aws.region + ", on-demand, as of " + asOf;
}

std::string assumptionsPage(const model::Scenario& s, const model::Result& r, const DefaultsLedger& ledger,
                            const PartnerBrand* partner, const std::vector<KeyAssumption>& keys,
                            SummarySources& sources) {
    std::string h = "<section class=\"page\" id=\"assumptions\">\n" +
                    pageHeader(s, partner, "Executive summary &middot; page 2 of 2");
    h += "<h1>The assumptions behind these figures</h1>\n<p class=\"small\">The few assumptions that move your savings "
         "most, "
         "largest effect first. A figure marked <span class=\"replace\">replace with your figure</span> is our "
         "placeholder "
         "of low confidence: your own number makes the case stronger. Every other assumption, with its source, is in "
         "the "
         "detailed appendix.</p>\n";
    if (keys.empty()) {
        h += "<p>No single assumption moves the savings: the figures follow from your estate and the AWS prices.</p>\n";
    } else {
        h += "<table><tr><th>Assumption</th><th class=\"n\">Value</th><th>What it "
             "changes</th><th>Confidence</th><th>Source</th></tr>\n";
        for (const KeyAssumption& k : keys) {
            // A sourced assumption carries the summary's numbers; the others say what they are ("our estimate",
            // "your input"), and one known only by a repository's name points to the appendix. A programme figure
            // nobody has confirmed is the partner's to confirm, not a blog's to vouch for.
            const bool ours = k.sourceText.rfind("our estimate", 0) == 0 || k.sourceText == "your input";
            std::string source = k.confidence == "unverified" ? std::string("ask your partner to confirm")
                                 : !k.sources.empty() && k.confidence != "your figure"
                                     ? sources.marks(k.sources, ledger)
                                 : ours ? k.sourceText
                                        : std::string();
            if (source.empty()) source = "in the detailed appendix";
            h += "<tr><td>" + htmlEscape(k.label) + "</td><td class=\"n\">" + htmlEscape(k.valueText) + "</td><td>" +
                 htmlEscape(k.effectText) + "</td><td>" + htmlEscape(k.confidence) +
                 (k.replaceWithYourFigure ? "<br><span class=\"replace\">replace with your figure</span>" : "") +
                 "</td><td>" + htmlEscape(source) + "</td></tr>\n";
        }
        h += "</table>\n";
    }
    // 1: the prices, named as their publisher names them; then the public sources in the order they were cited.
    const std::string prices = pricesCitation(s, r, ledger);
    std::string rows = "<tr><td>[" + std::to_string(SummarySources::kPriceList) + "]</td><td>" + htmlEscape(prices) +
                       "</td><td>Amazon Web Services</td><td>" + htmlEscape(prices.substr(prices.rfind("as of ") + 6)) +
                       "</td><td>https://aws.amazon.com/pricing/</td></tr>\n";
    for (std::size_t i = 0; i < sources.ledgerNumbers().size(); ++i)
        for (const SourceEntry& src : ledger.sources)
            if (src.number == sources.ledgerNumbers()[i])
                rows += "<tr><td>[" + std::to_string(i + 2) + "]</td><td>" + htmlEscape(titleWithoutNote(src.title)) +
                        "</td><td>" + htmlEscape(src.publisher) + "</td><td>" + htmlEscape(src.date) + "</td><td>" +
                        htmlEscape(src.address) + "</td></tr>\n";
    h += "<h2>Sources</h2>\n<table "
         "class=\"sources\"><thead><tr><th>#</th><th>Title</th><th>Publisher</th><th>Date</th><th>Address</th></tr></"
         "thead>\n" +
         rows + "</table>\n";
    h += "<footer>Each price table's date, and where every other assumption comes from, are in the detailed "
         "appendix.</footer>\n</section>\n";
    return h;
}

} // namespace

std::string longDate(std::string_view iso) {
    static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
    auto digits = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || year < 0 || month < 1 || month > 12 || day < 1 ||
        day > 31)
        return std::string(iso);
    return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

std::string executiveSummaryHtml(const model::Scenario& s, const model::Result& r, const DefaultsLedger& ledger,
                                 const PartnerBrand* partner, std::string_view isoDate) {
    if (partner != nullptr && partner->name.empty()) partner = nullptr;
    BusinessCaseSummary sum = summarizeBusinessCase(s, r);
    sum.turners = whatWouldTurnIt(s, r);
    const std::string preparedBy = partner != nullptr ? partner->name : std::string("you");
    const std::string accent =
        partner != nullptr && partner->accentRgb != 0 ? accentHex(partner->accentRgb) : "#2563eb";
    std::string h;
    h.reserve(32 * 1024);
    const std::string forCustomer = s.settings.customerName.empty() ? std::string() : " for " + s.settings.customerName;
    h += htmlPageStart(htmlEscape(s.settings.name) + " - executive summary" + htmlEscape(forCustomer) +
                           ", prepared by " + htmlEscape(preparedBy),
                       ":root{--accent:" + accent + "}" + kStyle);
    const bool twoPages = sum.ok && !r.workloads.empty();
    const std::vector<KeyAssumption> keys =
        twoPages ? keyAssumptions(s, r, ledger, kMaxAssumptions) : std::vector<KeyAssumption>();
    SummarySources sources;
    const std::vector<std::string> marks = twoPages ? figureMarks(keys, ledger, sources) : std::vector<std::string>();
    h += overviewPage(s, r, sum, partner, isoDate, marks);
    if (twoPages) h += assumptionsPage(s, r, ledger, partner, keys, sources);
    return h + "</body></html>\n";
}

} // namespace est::io
