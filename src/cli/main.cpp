// cli/main.cpp - the estimator's command-line tool: estimate, import, plan-waves, validate, prices import (files
// in, files or stdout out).
//
// Exit codes: 0 success, 1 invalid input (messages on stderr), 2 usage error.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "io/aws_price_list.hpp"
#include "io/billing_stream.hpp"
#include "io/defaults_json.hpp"
#include "io/dependency_import.hpp"
#include "io/executive_summary_html.hpp"
#include "io/inventory_import.hpp"
#include "io/price_catalogue.hpp"
#include "io/report.hpp"
#include "io/scenario_json.hpp"
#include "io/tagging_plan_csv.hpp"
#include "io/map_rules_asset.hpp"
#include "io/tracker_report.hpp"
#include "io/wave_plan_out.hpp"
#include "io/xlsx_business_case.hpp"
#include "model/catalogue.hpp"
#include "model/credit_forecast.hpp"
#include "model/engine.hpp"
#include "model/format.hpp"
#include "model/funding_program.hpp"
#include "model/wave_planner.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

const char* kUsageText =
    "usage: estimator estimate SCENARIO.json [--format json|csv|html|xlsx|tagging-plan|exec-summary]\n"
    "                [--period monthly|quarterly|yearly] [--prices CATALOGUE.json ...] [--date YYYY-MM-DD] [--out "
    "FILE]\n"
    "                (html: the detailed appendix; xlsx: the business-case workbook with live formulas;\n"
    "                exec-summary: the two-page executive summary to print to PDF, with the scenario file's partner\n"
    "                and --date as its date, today by default; tagging-plan: the MAP tagging plan as CSV)\n"
    "       estimator import FILE.csv|FILE.xlsx --into SCENARIO.json\n"
    "       estimator plan-waves SCENARIO.json [--dependencies FILE ...] [--prices CATALOGUE.json ...] [--cmf-csv "
    "FILE]\n"
    "                --out PLANNED.json\n"
    "       estimator validate SCENARIO.json [--prices CATALOGUE.json ...]\n"
    "       (--prices: a region's tables, e.g. assets/prices/eu-west-1.json, or a catalogue from prices import;\n"
    "        the built-in catalogue carries us-east-1)\n"
    "       estimator prices import OFFER.csv [OFFER.csv ...] --out CATALOGUE.json\n"
    "       estimator track FILE... [--mpe ID] [--scenario SCENARIO.json] [--format json|csv|html] [--out FILE]\n"
    "                (MAP credit tracker: AWS billing exports (CUR, CUR 2.0, FOCUS, Cost Explorer CSV; .csv, .csv.gz,\n"
    "                .csv.zip) against the plan; csv: the untagged resources to tag)\n"
    "       estimator --version | --help\n";

int usage(const std::string& why) {
    if (!why.empty()) std::fprintf(stderr, "estimator: %s\n", why.c_str());
    std::fputs(kUsageText, stderr);
    return kUsage;
}

std::optional<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The file's name without its folders, as the importers name it in their messages.
std::string baseName(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    return static_cast<bool>(out);
}

bool fileExists(const std::string& path) { return static_cast<bool>(std::ifstream(path, std::ios::binary)); }

void printProblems(const std::string& file, const std::vector<est::formats::InputProblem>& problems, const char* kind) {
    for (const auto& p : problems)
        std::fprintf(stderr, "%s: %s%s: %s\n", file.c_str(), kind, p.where.c_str(), p.message.c_str());
}

// Adds each catalogue file's regions to the scenario's catalogue (a region it carries replaces that region's
// tables). False, with the problems printed, when a file cannot be read or is no usable catalogue.
bool addPriceFiles(est::model::Scenario& scenario, const std::vector<std::string>& priceFiles) {
    for (const std::string& path : priceFiles) {
        const auto bytes = readFile(path);
        if (!bytes) {
            std::fprintf(stderr, "estimator: cannot read %s\n", path.c_str());
            return false;
        }
        est::io::CatalogueLoad load = est::io::readPriceCatalogue(*bytes);
        if (!load.catalogue) {
            printProblems(path, load.problems, "");
            return false;
        }
        printProblems(path, load.problems, "warning: ");
        scenario.aws.catalogue = est::model::withRegionsOf(scenario.aws.catalogue, *load.catalogue);
    }
    return true;
}

// Loads a scenario over the shipped defaults (plus the given price files) and validates it; prints every
// problem. Nothing on failure.
std::optional<est::io::ScenarioLoad> loadValid(const std::string& path,
                                               const std::vector<std::string>& priceFiles = {}) {
    const auto bytes = readFile(path);
    if (!bytes) {
        std::fprintf(stderr, "estimator: cannot read %s\n", path.c_str());
        return std::nullopt;
    }
    est::io::ScenarioLoad load = est::io::loadScenario(*bytes, est::io::embeddedDefaults().scenario);
    printProblems(path, load.warnings, "warning: ");
    if (!load.ok()) {
        printProblems(path, load.errors, "");
        return std::nullopt;
    }
    if (!addPriceFiles(load.scenario, priceFiles)) return std::nullopt;
    const std::vector<est::model::ValidationError> errors = est::model::validate(load.scenario);
    for (const auto& e : errors) std::fprintf(stderr, "%s: %s: %s\n", path.c_str(), e.path.c_str(), e.message.c_str());
    if (!errors.empty()) return std::nullopt;
    return load;
}

// Today's UTC date, YYYY-MM-DD: the catalogue's "generated" date and the
// executive summary's date.
std::string todayUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

int emit(const std::optional<std::string>& outPath, const std::string& bytes) {
    if (!outPath) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        return kOk;
    }
    if (!writeFile(*outPath, bytes)) {
        std::fprintf(stderr, "estimator: cannot write %s\n", outPath->c_str());
        return kInvalid;
    }
    return kOk;
}

int cmdEstimate(const std::vector<std::string>& args) {
    std::optional<std::string> scenarioPath, outPath;
    std::vector<std::string> priceFiles;
    std::string format = "json", period = "monthly", date;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) return false;
            target = args[++i];
            return true;
        };
        if (a == "--format") {
            if (!value(format)) return usage("--format needs a value");
        } else if (a == "--period") {
            if (!value(period)) return usage("--period needs a value");
        } else if (a == "--date") {
            if (!value(date) || est::io::longDate(date) == date) return usage("--date needs a date as YYYY-MM-DD");
        } else if (a == "--prices") {
            std::string file;
            if (!value(file)) return usage("--prices needs a CATALOGUE.json");
            priceFiles.push_back(file);
        } else if (a == "--out") {
            std::string o;
            if (!value(o)) return usage("--out needs a file name");
            outPath = o;
        } else if (!a.empty() && a[0] == '-') {
            return usage("unknown option " + a);
        } else if (!scenarioPath) {
            scenarioPath = a;
        } else {
            return usage("more than one scenario given");
        }
    }
    if (!scenarioPath) return usage("estimate needs a SCENARIO.json");
    if (format != "json" && format != "csv" && format != "html" && format != "xlsx" && format != "tagging-plan" &&
        format != "exec-summary")
        return usage("--format must be json, csv, html, xlsx, tagging-plan or exec-summary");
    est::io::SeriesPeriod p = est::io::SeriesPeriod::Monthly;
    if (period == "quarterly")
        p = est::io::SeriesPeriod::Quarterly;
    else if (period == "yearly")
        p = est::io::SeriesPeriod::Yearly;
    else if (period != "monthly")
        return usage("--period must be monthly, quarterly or yearly");

    const auto load = loadValid(*scenarioPath, priceFiles);
    if (!load) return kInvalid;
    const est::model::Result result = est::model::estimate(load->scenario);
    if (!result.ok()) {
        for (const auto& e : result.errors)
            std::fprintf(stderr, "%s: %s: %s\n", scenarioPath->c_str(), e.path.c_str(), e.message.c_str());
        return kInvalid;
    }
    // The scenario file's partner section brands the documents a reader sees, as in the app.
    const est::io::PartnerBrand* partner = load->partner ? &*load->partner : nullptr;
    if (format == "json") return emit(outPath, est::io::resultJson(load->scenario, result));
    if (format == "csv") return emit(outPath, est::io::seriesCsv(load->scenario, result, p));
    if (format == "xlsx") return emit(outPath, est::io::writeBusinessCaseXlsx(load->scenario, result, partner));
    if (format == "tagging-plan") return emit(outPath, est::io::taggingPlanCsv(load->scenario, result));
    if (format == "exec-summary") {
        if (date.empty()) date = todayUtc();
        return emit(outPath, est::io::executiveSummaryHtml(load->scenario, result, est::io::embeddedDefaults().ledger,
                                                           partner, date));
    }
    return emit(outPath, est::io::htmlReport(load->scenario, result, est::io::embeddedDefaults().ledger, partner));
}

int cmdImport(const std::vector<std::string>& args) {
    std::optional<std::string> inputPath, scenarioPath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--into") {
            if (i + 1 >= args.size()) return usage("--into needs a SCENARIO.json");
            scenarioPath = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            return usage("unknown option " + args[i]);
        } else if (!inputPath) {
            inputPath = args[i];
        } else {
            return usage("more than one input file given");
        }
    }
    if (!inputPath || !scenarioPath) return usage("import needs FILE and --into SCENARIO.json");

    est::model::Scenario scenario = est::io::embeddedDefaults().scenario;
    est::io::ImportSettings settings;
    if (fileExists(*scenarioPath)) {
        const auto bytes = readFile(*scenarioPath);
        est::io::ScenarioLoad load = est::io::loadScenario(bytes.value_or(std::string()), scenario);
        printProblems(*scenarioPath, load.warnings, "warning: ");
        if (!load.ok()) {
            printProblems(*scenarioPath, load.errors, "");
            std::fprintf(stderr, "estimator: %s left unchanged\n", scenarioPath->c_str());
            return kInvalid;
        }
        scenario = std::move(load.scenario);
        settings = std::move(load.import);
    }
    const auto input = readFile(*inputPath);
    if (!input) {
        std::fprintf(stderr, "estimator: cannot read %s\n", inputPath->c_str());
        return kInvalid;
    }
    const std::string fileName = baseName(*inputPath);
    est::io::FileImport imported = est::io::importInventoryBytes(*input, fileName, settings);
    printProblems(*inputPath, imported.inventory.problems, "");
    printProblems(*inputPath, imported.inventory.notes, "note: ");
    if (!imported.inventory.readable) {
        std::fprintf(stderr, "estimator: nothing imported; %s left unchanged\n", scenarioPath->c_str());
        return kInvalid;
    }
    if (imported.mapping && !imported.mappingWasSaved)
        est::io::rememberMapping(settings, imported.header, *imported.mapping);
    const est::io::MergeReport report = est::io::mergeInventory(scenario, imported.inventory);
    if (!writeFile(*scenarioPath, est::io::saveScenario(scenario, settings))) {
        std::fprintf(stderr, "estimator: cannot write %s\n", scenarioPath->c_str());
        return kInvalid;
    }
    std::printf("%s\n", est::io::summaryLine(report).c_str());
    std::printf("format: %s (%s)\n", est::io::formatLabel(imported.inventory.format),
                imported.inventory.dialect.c_str());
    if (imported.inventory.excludedTemplates + imported.inventory.excludedPlaceholders > 0)
        std::printf("excluded: %d template(s), %d SRM placeholder(s)\n", imported.inventory.excludedTemplates,
                    imported.inventory.excludedPlaceholders);
    for (const std::string& wave : report.wavesAdded) std::printf("added plan wave: %s\n", wave.c_str());
    constexpr std::size_t kMaxChanges = 50;
    for (std::size_t i = 0; i < report.changes.size() && i < kMaxChanges; ++i) {
        const auto& c = report.changes[i];
        std::printf("changed %s %s: %s -> %s\n", c.workloadId.c_str(), c.field.c_str(), c.before.c_str(),
                    c.after.c_str());
    }
    if (report.changes.size() > kMaxChanges)
        std::printf("... and %zu more changes\n", report.changes.size() - kMaxChanges);
    return kOk;
}

// Imports dependency files into the scenario, plans its waves, writes it and prints one line per wave.
int cmdPlanWaves(const std::vector<std::string>& args) {
    std::optional<std::string> scenarioPath, outPath, csvPath;
    std::vector<std::string> dependencyPaths, priceFiles;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--dependencies") {
            if (i + 1 >= args.size()) return usage("--dependencies needs a file");
            dependencyPaths.push_back(args[++i]);
        } else if (a == "--prices") {
            if (i + 1 >= args.size()) return usage("--prices needs a CATALOGUE.json");
            priceFiles.push_back(args[++i]);
        } else if (a == "--out") {
            if (i + 1 >= args.size()) return usage("--out needs a file name");
            outPath = args[++i];
        } else if (a == "--cmf-csv") {
            if (i + 1 >= args.size()) return usage("--cmf-csv needs a file name");
            csvPath = args[++i];
        } else if (!a.empty() && a[0] == '-') {
            return usage("unknown option " + a);
        } else if (!scenarioPath) {
            scenarioPath = a;
        } else {
            return usage("more than one scenario given");
        }
    }
    if (!scenarioPath || !outPath) return usage("plan-waves needs SCENARIO.json and --out PLANNED.json");
    auto load = loadValid(*scenarioPath, priceFiles);
    if (!load) return kInvalid;
    est::model::Scenario& scenario = load->scenario;
    for (const std::string& path : dependencyPaths) {
        const auto bytes = readFile(path);
        if (!bytes) {
            std::fprintf(stderr, "estimator: cannot read %s\n", path.c_str());
            return kInvalid;
        }
        const std::string fileName = baseName(path);
        const est::io::DependencyImport imported = est::io::importDependencyBytes(*bytes, fileName, scenario);
        printProblems(path, imported.problems, "");
        printProblems(path, imported.notes, "note: ");
        if (!imported.readable) {
            std::fprintf(stderr, "estimator: no dependencies read from %s; nothing written\n", path.c_str());
            return kInvalid;
        }
        const est::io::DependencyMerge merged = est::io::mergeDependencies(scenario, imported);
        std::printf("%s: %s (%s); %d added, %d updated\n", fileName.c_str(),
                    est::io::dependencySummary(imported).c_str(), est::io::dependencyFormatLabel(imported.format),
                    merged.added, merged.updated);
    }
    const est::model::Result baseline = est::model::estimate(scenario);
    const est::model::WavePlan plan = est::model::planWaves(scenario, baseline);
    est::model::applyWavePlan(scenario, plan);
    const est::model::Result planned = est::model::estimate(scenario);
    if (!planned.ok()) {
        for (const auto& e : planned.errors)
            std::fprintf(stderr, "%s: planned scenario: %s: %s\n", scenarioPath->c_str(), e.path.c_str(),
                         e.message.c_str());
        return kInvalid;
    }
    if (!writeFile(*outPath, est::io::saveScenario(scenario, load->import))) {
        std::fprintf(stderr, "estimator: cannot write %s\n", outPath->c_str());
        return kInvalid;
    }
    if (csvPath && !writeFile(*csvPath, est::io::cmfIntakeCsv(scenario, planned))) {
        std::fprintf(stderr, "estimator: cannot write %s\n", csvPath->c_str());
        return kInvalid;
    }
    std::printf("%zu move groups in %zu waves (%s order)\n", plan.groups.size(), plan.waves.size(),
                plan.fundingAware ? "funding-aware" : "dependency-only");
    for (const est::model::PlannedWave& w : plan.waves)
        std::printf("%s: %d servers, %d vCPU, %s GB storage, %zu groups, go-live month %d (%s)\n", w.name.c_str(),
                    w.servers, w.vcpu, est::model::formatNumber(w.storageGb).c_str(), w.groups.size(), w.goLiveMonth,
                    est::io::periodLabel(scenario, est::io::SeriesPeriod::Monthly, w.goLiveMonth).c_str());
    if (baseline.ok()) std::printf("this plan changes %s\n", est::model::fundingChangeText(baseline, planned).c_str());
    if (plan.comparison.computed)
        std::printf(
            "funding-aware order vs dependency-only: total funding %s (%s vs %s), credits %s (%s vs %s), NPV %s\n",
            est::model::formatUsd(plan.comparison.fundingGainUsd()).c_str(),
            est::model::formatUsd(plan.comparison.fundingFundingAwareUsd).c_str(),
            est::model::formatUsd(plan.comparison.fundingDependencyOnlyUsd).c_str(),
            est::model::formatUsd(plan.comparison.creditsGainUsd()).c_str(),
            est::model::formatUsd(plan.comparison.creditsFundingAwareUsd).c_str(),
            est::model::formatUsd(plan.comparison.creditsDependencyOnlyUsd).c_str(),
            est::model::formatUsd(plan.comparison.npvGainUsd()).c_str());
    for (const std::string& w : plan.warnings) std::printf("warning: %s\n", w.c_str());
    return kOk;
}

int cmdValidate(const std::vector<std::string>& args) {
    std::optional<std::string> scenarioPath;
    std::vector<std::string> priceFiles;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--prices") {
            if (i + 1 >= args.size()) return usage("--prices needs a CATALOGUE.json");
            priceFiles.push_back(args[++i]);
        } else if (args[i].empty() || args[i][0] == '-' || scenarioPath) {
            return usage("validate needs exactly one SCENARIO.json");
        } else {
            scenarioPath = args[i];
        }
    }
    if (!scenarioPath) return usage("validate needs exactly one SCENARIO.json");
    const auto load = loadValid(*scenarioPath, priceFiles);
    if (!load) return kInvalid;
    std::printf("%s: valid (%zu workloads)\n", scenarioPath->c_str(), load->scenario.workloads.size());
    return kOk;
}

// prices import: AWS Price List bulk offer files (EC2, RDS; CSV, one region each) -> a price catalogue file.
// The files are streamed, never read whole. Nothing is written when any file is refused.
int cmdPricesImport(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    std::optional<std::string> outPath;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--out") {
            if (i + 1 >= args.size()) return usage("--out needs a CATALOGUE.json");
            outPath = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            return usage("unknown option " + args[i]);
        } else {
            paths.push_back(args[i]);
        }
    }
    if (paths.empty() || !outPath) return usage("prices import needs OFFER.csv files and --out CATALOGUE.json");
    std::vector<std::ifstream> streams;
    streams.reserve(paths.size());
    std::vector<est::io::OfferFileInput> inputs;
    for (const std::string& path : paths) {
        streams.emplace_back(path, std::ios::binary);
        if (!streams.back()) {
            std::fprintf(stderr, "estimator: cannot read %s\n", path.c_str());
            return kInvalid;
        }
    }
    for (std::size_t i = 0; i < paths.size(); ++i) inputs.push_back({paths[i], &streams[i]});
    const est::io::PriceListImport imported = est::io::importAwsPriceList(inputs, todayUtc());
    for (const auto& p : imported.problems) std::fprintf(stderr, "%s: %s\n", p.where.c_str(), p.message.c_str());
    if (!imported.catalogue) {
        std::fprintf(stderr, "estimator: no catalogue written; %s left unchanged\n", outPath->c_str());
        return kInvalid;
    }
    for (const auto& f : imported.files) std::printf("%s\n", est::io::summaryLine(f).c_str());
    const int code = emit(outPath, est::io::writePriceCatalogue(*imported.catalogue));
    if (code == kOk) {
        std::size_t rates = 0;
        for (const auto& r : imported.catalogue->regions) {
            for (const auto& t : r.ec2) rates += t.rates.size();
            for (const auto& t : r.rds) rates += t.rates.size();
        }
        std::printf("wrote %s: %zu region(s), %zu instance types, %zu hourly rates\n", outPath->c_str(),
                    imported.catalogue->regions.size(), imported.catalogue->instances.size(), rates);
    }
    return code;
}

// track: billing exports streamed into the credit tracker, summarised against the plan when a scenario is given.
// A file that cannot be read stops the command (its error names the file and the line or column); nothing is written.
int cmdTrack(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    std::optional<std::string> scenarioPath, outPath;
    std::string format = "json";
    est::model::TrackerSettings settings;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == "--mpe") {
            if (!hasValue) return usage("--mpe needs an MPE ID");
            settings.mpeId = args[++i];
        } else if (a == "--scenario") {
            if (!hasValue) return usage("--scenario needs a SCENARIO.json");
            scenarioPath = args[++i];
        } else if (a == "--format") {
            if (!hasValue) return usage("--format needs a value");
            format = args[++i];
        } else if (a == "--out") {
            if (!hasValue) return usage("--out needs a file name");
            outPath = args[++i];
        } else if (!a.empty() && a[0] == '-') {
            return usage("unknown option " + a);
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty()) return usage("track needs at least one billing export FILE");
    if (format != "json" && format != "csv" && format != "html") return usage("--format must be json, csv or html");
    if (scenarioPath) {
        const auto load = loadValid(*scenarioPath);
        if (!load) return kInvalid;
        const est::model::Result result = est::model::estimate(load->scenario);
        if (!result.ok()) {
            std::fprintf(stderr, "%s: the scenario does not estimate: %s\n", scenarioPath->c_str(),
                         result.errors.front().message.c_str());
            return kInvalid;
        }
        settings.forecast = est::model::forecastFromPlan(load->scenario, result);
        settings.workloads = est::model::plannedWorkloads(load->scenario, result);
    }
    est::model::CreditTracker tracker;
    std::vector<std::string> notes;
    for (const std::string& path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "estimator: cannot read %s\n", path.c_str());
            return kInvalid;
        }
        est::io::BillingReadOptions options;
        const std::size_t slash = path.find_last_of("/\\");
        if (slash != std::string::npos) options.deliveryId = path.substr(0, slash);
        const std::string error = est::io::readBillingStream(tracker, baseName(path), in, notes, options);
        if (!error.empty()) {
            std::fprintf(stderr, "%s\nestimator: nothing written\n", error.c_str());
            return kInvalid;
        }
    }
    for (const std::string& n : notes) std::fprintf(stderr, "note: %s\n", n.c_str());
    const est::model::TrackerResult result = est::model::summarize(tracker, settings, est::io::shippedMapRules());
    if (format == "csv") return emit(outPath, est::io::untaggedResourcesCsv(result));
    if (format == "html") return emit(outPath, est::io::trackerHtml(result));
    return emit(outPath, est::io::trackerJson(result));
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage("");
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "--version" || command == "-V") {
        std::puts("estimator 0.1.0");
        return kOk;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsageText, stdout);
        return kOk;
    }
    try {
        if (command == "estimate") return cmdEstimate(args);
        if (command == "import") return cmdImport(args);
        if (command == "plan-waves") return cmdPlanWaves(args);
        if (command == "validate") return cmdValidate(args);
        if (command == "track") return cmdTrack(args);
        if (command == "prices" && !args.empty() && args[0] == "import")
            return cmdPricesImport(std::vector<std::string>(args.begin() + 1, args.end()));
        if (command == "prices") return usage("prices needs a subcommand: import");
    } catch (const std::exception& e) {
        // Not expected: loaders report problems instead of throwing. Still never die silently.
        std::fprintf(stderr, "estimator: internal error: %s\n", e.what());
        return kInvalid;
    }
    return usage("unknown command " + command);
}
