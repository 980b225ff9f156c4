// tests/fuzz/fuzz_scenario.cpp - libFuzzer target: any bytes through the scenario loader; what loads must
// save and load back to the same scenario.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/scenario_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    est::io::ScenarioLoad loaded = est::io::loadScenario(text);
    if (!loaded.ok()) return 0;
    // The horizon an older file asked for is a note of this load (warning horizon_adjusted), never saved.
    loaded.scenario.settings.horizonRequestedYears = 0;
    const std::string saved = est::io::saveScenario(loaded.scenario, loaded.import);
    const est::io::ScenarioLoad again = est::io::loadScenario(saved);
    // NaN cannot occur (the loader rejects non-finite numbers), so a loaded scenario must round-trip exactly.
    if (!again.ok() || !(again.scenario == loaded.scenario) || !(again.import == loaded.import)) std::abort();
    return 0;
}
