// tests/io/scenario_json_test.cpp - scenario files: round trip, determinism, problems with paths and lines, v1.
#include <catch2/catch.hpp>

#include "io/scenario_json.hpp"

using namespace est::io;
using namespace est::formats;
namespace m = est::model;

namespace {

// A scenario where every field differs from its default, with non-ASCII text.
m::Scenario richScenario() {
    m::Scenario s;
    s.settings.name = "Migration Zürich – 東京 \"phase 2\"";
    s.settings.currencyCode = "EUR";
    s.settings.currencySymbol = "€";
    s.settings.usdToDisplayRate = 0.92;
    s.settings.horizonYears = 3;
    s.settings.discountRatePct = 0.07;
    s.settings.startYear = 2028;
    s.settings.startQuarter = 3;
    s.source.kind = m::SourceKind::OtherCloud;
    s.source.provider = "Azure";
    s.source.monthlyBillUsd = 12345.67;
    s.source.onPrem.hardwareUsdPerServer = 9000.5;
    s.source.onPrem.pue = 1.5;
    s.source.onPrem.managementUsdPerServerYear = 1000.0;
    s.aws.region = "eu-central-1";
    s.aws.regionMultiplier = 1.1;
    s.aws.rdsReservedPct = 0.31;
    s.aws.allowGraviton = true;
    s.aws.allowBurstable = false;
    s.aws.mpaFallbackPeaks = true;
    s.aws.rdsMultiAzForProduction = false;
    s.aws.pricingModel = m::PricingModel::SavingsPlan3Year;
    s.aws.supportPlan = m::SupportPlan::Enterprise;
    s.aws.enterpriseDiscountPct = 0.05;
    s.aws.relocateVmsPerHost = 25.0;
    s.rules[2].oneTimeUsdPerWorkload = 6000.0;
    s.rules[5].opsLabourFactor = 0.4;
    s.plan.assessWeeks = 4.0;
    s.plan.waves = {{"Pilot ✈", 3, 2, 1}, {"Wave 2", 6, 3, 2}};
    s.program.mobilizeBasis = m::MobilizeBasis::ServicesCost;
    s.program.migrationServicesUsd = 250000.0;
    s.program.migrateCreditPct = {0.1, 0.2, 0.3};
    s.program.creditWindowMonths = {12, 18, 24};
    s.program.partnerMigrationCompetency = true;
    s.program.capIncludesCredits = true;
    s.program.trainingPeople = 4;
    s.program.headlineProfile = m::FundingProfile::PublishedRules;
    s.program.projectedArrOverrideUsd = 132000.0;
    s.program.creditRatePct = {0.1, 0.2, 0.25};
    s.program.creditPeriodMonths = 36;
    s.program.agreementStartMonth = 2;
    s.program.creditCapUsd = 50000.0;
    s.program.dataTransferSharePct = 0.05;
    s.program.tagKey = m::MapTagKey::AwsApnId;
    s.program.tagValue = "migra-abcdefg123456";
    s.recommender.idleCpuPct = 0.03;
    m::Workload a;
    a.id = "vm-ü-1";
    a.name = "Serveur «principal»";
    a.application = "ERP";
    a.environment = m::Environment::NonProduction;
    a.kind = m::WorkloadKind::ManagedDatabase;
    a.os = "Windows Server 2019";
    a.vcpu = 16;
    a.ramGb = 64.5;
    a.storageGb = 0.1;
    a.cpuUtilP95Pct = 0.123456789;
    a.memUtilP95Pct = 0.5;
    a.powerState = m::PowerState::Suspended;
    a.database = m::DatabaseEngine::SqlServer;
    a.databaseEdition = m::DatabaseEdition::Web;
    a.licence = m::LicenceModel::BringYourOwn;
    a.monthlyCostOverrideUsd = 1234.5;
    a.host = "esx-01";
    a.wave = 2;
    a.disposition = m::Disposition::Refactor;
    a.mapTagged = false;
    a.taggedFromMonth = 9;
    a.fundedElsewhere = true;
    a.fundedElsewhereProgram = "Activate";
    s.workloads.push_back(a);
    m::Workload b; // all defaults, optionals unset
    b.id = "plain";
    s.workloads.push_back(b);
    s.ranges.push_back({"program.assessPctOfArr", {0.03, 0.05, 0.07}});
    return s;
}

bool hasProblem(const std::vector<InputProblem>& list, const std::string& whereStart, const std::string& messagePart) {
    for (const auto& p : list)
        if (p.where.rfind(whereStart, 0) == 0 && p.message.find(messagePart) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("a saved scenario loads back equal, including non-ASCII text and unset optionals", "[io][scenario]") {
    const m::Scenario s = richScenario();
    ImportSettings import;
    ColumnMapping mapping;
    mapping.name = "Host name";
    mapping.ram = "RAM (MB)";
    mapping.ramUnit = SizeUnit::Mib;
    mapping.utilAsFraction = true;
    import.mappings.push_back({"hostname|rammb", mapping});
    const std::string text = saveScenario(s, import);
    const ScenarioLoad loaded = loadScenario(text);
    INFO((loaded.errors.empty() ? std::string() : loaded.errors[0].where + ": " + loaded.errors[0].message));
    REQUIRE(loaded.ok());
    CHECK(loaded.warnings.empty());
    CHECK(loaded.fileVersion == kScenarioSchemaVersion);
    CHECK(loaded.scenario == s);
    CHECK(loaded.import == import);
    CHECK(loadScenario(saveScenario(m::Scenario{})).scenario == m::Scenario{});
}

TEST_CASE("saving is deterministic and starts with the schema version", "[io][scenario]") {
    const std::string a = saveScenario(richScenario());
    const std::string b = saveScenario(loadScenario(a).scenario);
    CHECK(a == b);
    CHECK(a.rfind("{\n  \"schemaVersion\": " + std::to_string(kScenarioSchemaVersion) + ",", 0) == 0);
    CHECK(a.back() == '\n');
}

TEST_CASE("fields a file leaves out take the given defaults", "[io][scenario]") {
    m::Scenario defaults;
    defaults.settings.name = "From defaults";
    defaults.program.assessPctOfArr = 0.06;
    const ScenarioLoad r = loadScenario(R"({"schemaVersion": 2, "program": {"mapMinArrUsd": 600000}})", defaults);
    REQUIRE(r.ok());
    CHECK(r.scenario.settings.name == "From defaults");
    CHECK(r.scenario.program.assessPctOfArr == 0.06);
    CHECK(r.scenario.program.mapMinArrUsd == 600000.0);
}

TEST_CASE("type problems are reported with their JSON path and line, all of them", "[io][scenario]") {
    const std::string text = "{\n"
                             "  \"schemaVersion\": 2,\n"
                             "  \"settings\": {\"horizonYears\": \"five\"},\n"
                             "  \"workloads\": [\n"
                             "    {\"id\": \"a\", \"vcpu\": 2},\n"
                             "    {\"id\": \"b\",\n"
                             "     \"vcpu\": 2.5,\n"
                             "     \"environment\": \"staging\",\n"
                             "     \"colour\": \"blue\"}\n"
                             "  ]\n"
                             "}\n";
    const ScenarioLoad r = loadScenario(text);
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].where == "settings.horizonYears (line 3)");
    CHECK(r.errors[0].message == "expected a whole number, got \"five\"");
    CHECK(r.errors[1].where == "workloads[1].vcpu (line 7)");
    CHECK(r.errors[2].where == "workloads[1].environment (line 8)");
    CHECK(r.errors[2].message.find("production, nonProduction") != std::string::npos);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].where == "workloads[1].colour (line 9)");
    CHECK(r.warnings[0].message == "unknown field, ignored");
    CHECK(r.scenario.workloads.size() == 2); // best effort: the rest still loaded
}

TEST_CASE("malformed JSON reports the line and column and never throws", "[io][scenario]") {
    const ScenarioLoad r = loadScenario("{\n  \"schemaVersion\": 2,\n  \"settings\": {,}\n}");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where == "line 3, column 16"); // `  "settings": {,}`: the ',' is the 16th byte of line 3
    CHECK(r.errors[0].message == "not valid JSON: expected a member name in double quotes, got ','");
    for (const char* bad :
         {"", "[]", "42", "null", "{\"schemaVersion\": \"2\"}", "{\"workloads\": {}}", "{\"workloads\": [1, null, []]}",
          "{\"schemaVersion\": 99999999999999999999}", "\xFF\xFE"}) {
        INFO(bad);
        CHECK_FALSE(loadScenario(bad).ok());
    }
    CHECK_FALSE(loadScenario(std::string(100000, '[')).ok());
}

TEST_CASE("a file from a newer version is refused and a missing version is a warning", "[io][scenario]") {
    const ScenarioLoad newer = loadScenario("{\"schemaVersion\": " + std::to_string(kScenarioSchemaVersion + 1) + "}");
    REQUIRE(newer.errors.size() == 1);
    CHECK(newer.errors[0].message.find("newer") != std::string::npos);
    const ScenarioLoad none = loadScenario(R"({"settings": {"name": "x"}})");
    CHECK(none.ok());
    CHECK(hasProblem(none.warnings, "schemaVersion", "missing"));
    CHECK(none.scenario.settings.name == "x");
}

TEST_CASE("a version 1 file is migrated forward", "[io][scenario]") {
    const std::string v1 = R"({
      "version": 1,
      "name": "Legacy estate",
      "currency": "GBP",
      "horizonYears": 3,
      "discountRatePercent": 9,
      "startQuarter": "2027-Q3",
      "source": {"type": "cloud", "provider": "GCP", "monthlyBill": 40000},
      "servers": [
        {"hostname": "app1", "app": "Shop", "env": "prod", "os": "Ubuntu 20.04", "cpus": 4, "memoryMb": 8192,
         "diskGb": 120, "cpuPeakPercent": 35, "powerOn": false, "wave": 2, "strategy": "replatform", "database": "mysql"}
      ],
      "waves": [{"name": "W1", "start": 3, "months": 2}, {"name": "W2", "start": 5, "months": 3}],
      "map": {"assessPercent": 5, "mobilizePercent": 20, "creditPercent": 25}
    })";
    const ScenarioLoad r = loadScenario(v1);
    INFO((r.errors.empty() ? std::string() : r.errors[0].where + ": " + r.errors[0].message));
    REQUIRE(r.ok());
    CHECK(r.fileVersion == 1);
    CHECK(hasProblem(r.warnings, "version", "migrated"));
    const m::Scenario& s = r.scenario;
    CHECK(s.settings.name == "Legacy estate");
    CHECK(s.settings.currencyCode == "GBP");
    CHECK(s.settings.discountRatePct == Approx(0.09));
    CHECK(s.settings.startYear == 2027);
    CHECK(s.settings.startQuarter == 3);
    CHECK(s.source.kind == m::SourceKind::OtherCloud);
    CHECK(s.source.monthlyBillUsd == 40000.0);
    REQUIRE(s.workloads.size() == 1);
    const m::Workload& w = s.workloads[0];
    CHECK(w.id == "app1");
    CHECK(w.ramGb == Approx(8.0));
    CHECK(*w.cpuUtilP95Pct == Approx(0.35));
    CHECK(w.powerState == m::PowerState::Off);
    CHECK(w.disposition == m::Disposition::Replatform);
    CHECK(w.database == m::DatabaseEngine::MySql);
    CHECK(w.environment == m::Environment::Production);
    REQUIRE(s.plan.waves.size() == 2);
    CHECK(s.plan.waves[1].startMonth == 5);
    CHECK(s.plan.waves[1].lengthMonths == 3);
    CHECK(s.program.migrateCreditPct.expected == Approx(0.25));
    // And the migrated scenario saves as version 2 and round-trips.
    CHECK(loadScenario(saveScenario(s)).scenario == s);
}

TEST_CASE("JSON paths map to the line where their value starts", "[io][scenario]") {
    const auto lines = jsonPathLines("{\n\"a\": [1,\n {\"b\": \"x\\\"y\"}],\n\"c\": {}\n}");
    auto lineOf = [&](const std::string& path) {
        for (const auto& [p, l] : lines)
            if (p == path) return l;
        return -1;
    };
    CHECK(lineOf("a") == 2);
    CHECK(lineOf("a[0]") == 2);
    CHECK(lineOf("a[1]") == 3);
    CHECK(lineOf("a[1].b") == 3);
    CHECK(lineOf("c") == 4);
}

TEST_CASE("a number too large for a double is reported as invalid JSON, not thrown", "[io]") {
    // Found by fuzz_scenario: 1e400 overflows a double. The parser names where the number starts.
    const est::io::ScenarioLoad load =
        est::io::loadScenario("{\"version\": 1, \"name\": 1e400}", est::model::Scenario{});
    REQUIRE_FALSE(load.ok());
    REQUIRE(load.errors.size() == 1);
    CHECK(load.errors[0].where == "line 1, column 24"); // `{"version": 1, "name": ` is 23 bytes
    CHECK(load.errors[0].message == "not valid JSON: number too large: 1e400");
}

TEST_CASE("a version-2 file with a price table and a region multiplier loads with warnings, keeping the multiplier",
          "[io][scenario]") {
    const ScenarioLoad l =
        loadScenario(R"J({"schemaVersion": 2, "aws": {"prices": {"region": "eu-west-1", "date": "2026-11-01",
        "instances": [{"name": "m6i.large", "vcpu": 2, "ramGb": 8, "linuxUsdPerHour": 0.096, "windowsUsdPerHour": 0.188}]},
        "regionMultiplier": 1.2}})J");
    CHECK(l.errors.empty());
    CHECK(l.scenario.aws.region == "eu-west-1");   // the old table's region becomes the target region
    CHECK(l.scenario.aws.regionMultiplier == 1.2); // kept as an explicit override
    bool pricesWarned = false, multiplierWarned = false;
    for (const InputProblem& w : l.warnings) {
        pricesWarned =
            pricesWarned || (w.where.find("aws.prices") == 0 && w.message.find("no longer used") != std::string::npos);
        multiplierWarned = multiplierWarned || (w.where.find("aws.regionMultiplier") == 0 &&
                                                w.message.find("kept as an explicit override") != std::string::npos);
    }
    CHECK(pricesWarned);
    CHECK(multiplierWarned);
    // A version-3 file names its region and says nothing more.
    const ScenarioLoad v3 =
        loadScenario(R"J({"schemaVersion": 3, "aws": {"region": "eu-west-1", "regionMultiplier": 1.2}})J");
    CHECK(v3.warnings.empty());
    CHECK(v3.scenario.aws.region == "eu-west-1");
}

TEST_CASE("a workload's database edition is saved and read by name", "[io][scenario]") {
    m::Scenario s;
    m::Workload w;
    w.id = "sql-1";
    w.database = m::DatabaseEngine::SqlServer;
    w.databaseEdition = m::DatabaseEdition::Enterprise;
    s.workloads.push_back(w);
    const std::string text = saveScenario(s);
    CHECK(text.find("\"databaseEdition\": \"enterprise\"") != std::string::npos);
    CHECK(loadScenario(text).scenario.workloads.at(0).databaseEdition == m::DatabaseEdition::Enterprise);
    const ScenarioLoad bad =
        loadScenario(R"J({"schemaVersion": 3, "workloads": [{"id": "x", "databaseEdition": "developer"}]})J");
    REQUIRE_FALSE(bad.errors.empty());
    CHECK(bad.errors[0].where.find("workloads[0].databaseEdition") == 0);
}

TEST_CASE("an older file's horizon other than 3 or 5 years loads as the nearer one, with a warning", "[io][scenario]") {
    // Version 2 accepted 1..10 years; version 3 offers 3 or 5: 1, 2 -> 3; 4 (a tie) -> 5, keeping its years; 7 -> 5.
    for (const auto& [years, nearest] :
         {std::pair{1, 3}, std::pair{2, 3}, std::pair{4, 5}, std::pair{7, 5}, std::pair{10, 5}}) {
        INFO(years);
        const ScenarioLoad r =
            loadScenario("{\"schemaVersion\": 2,\n \"settings\": {\"horizonYears\": " + std::to_string(years) + "}}");
        REQUIRE(r.ok());
        CHECK(r.scenario.settings.horizonYears == nearest);
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].where == "settings.horizonYears (line 2)");
        CHECK(r.warnings[0].message == "horizon of " + std::to_string(years) + " years is no longer offered: read as " +
                                           std::to_string(nearest) + " years");
    }
    // 3 and 5 load as they are; a version-3 file is not migrated (validation refuses a 4-year horizon there).
    CHECK(loadScenario(R"({"schemaVersion": 2, "settings": {"horizonYears": 3}})").warnings.empty());
    const ScenarioLoad v3 = loadScenario(R"({"schemaVersion": 3, "settings": {"horizonYears": 4}})");
    CHECK(v3.warnings.empty());
    CHECK(v3.scenario.settings.horizonYears == 4);
}

TEST_CASE("a version-3 file that kept the former labour and management defaults reads them as the current ones",
          "[io][scenario]") {
    // The former defaults: Rehost $5,500 and Replatform $16,500 (with its 0.85 run-rate factor) per server, and
    // $1,440 a server-year of management with backup inside. A rule the user set (Refactor $40,000) stays.
    const std::string v3 = R"({"schemaVersion": 3,
        "source": {"kind": "onPremises", "onPrem": {"managementUsdPerServerYear": 1440}},
        "rules": [
          {"disposition": "rehost", "oneTimeUsdPerWorkload": 5500, "runRateFactor": 1, "durationWeeks": 3, "opsLabourFactor": 1, "subscriptionUsdPerUserMonth": 0},
          {"disposition": "replatform", "oneTimeUsdPerWorkload": 16500, "runRateFactor": 0.85, "durationWeeks": 8, "opsLabourFactor": 0.5, "subscriptionUsdPerUserMonth": 0},
          {"disposition": "refactor", "oneTimeUsdPerWorkload": 40000, "runRateFactor": 0.6, "durationWeeks": 32, "opsLabourFactor": 0.5, "subscriptionUsdPerUserMonth": 0}
        ]})";
    const ScenarioLoad r = loadScenario(v3);
    REQUIRE(r.errors.empty());
    const std::vector<m::DispositionRule>& rules = r.scenario.rules;
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].oneTimeUsdPerWorkload == 200.0);
    CHECK(rules[0].oneTimeUsdPerApplication == 3000.0);
    CHECK(rules[1].oneTimeUsdPerWorkload == 0.0);
    CHECK(rules[1].oneTimeUsdPerApplication == 16500.0);
    CHECK(rules[1].runRateFactor == 1.0);
    CHECK(rules[2].oneTimeUsdPerWorkload == 40000.0);
    CHECK(rules[2].oneTimeUsdPerApplication == 0.0);
    CHECK(r.scenario.source.onPrem.managementUsdPerServerYear == 435.0);
    CHECK(r.scenario.source.onPrem.backupUsdPerGbMonth == 0.022);
    int migrationNotes = 0;
    for (const InputProblem& p : r.warnings)
        if (p.message.find("former default") != std::string::npos) ++migrationNotes;
    CHECK(migrationNotes == 3); // Rehost, Replatform, management
    // Saved again, the file is version 4 and reads back unchanged, with no notes.
    const ScenarioLoad again = loadScenario(saveScenario(r.scenario, {}, {}));
    CHECK(again.scenario == r.scenario);
    CHECK(again.warnings.empty());
}

TEST_CASE("a version-2 file's 7-year horizon is read as 5 years and the estimate says so", "[io][scenario]") {
    const ScenarioLoad r = loadScenario(R"({"schemaVersion": 2, "settings": {"horizonYears": 7}})");
    REQUIRE(r.errors.empty());
    CHECK(r.scenario.settings.horizonYears == 5);
    CHECK(r.scenario.settings.horizonRequestedYears == 7);
}
