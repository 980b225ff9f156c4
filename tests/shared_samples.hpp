// tests/shared_samples.hpp - the public sample files kept beside the repository (../shared/data), and what a test
// does when they are absent: skip with a warning on a developer's machine, fail when CI is set (a moved folder
// must not turn the tests that read it into silent passes).
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace est::test {

/// True when `path` (a sample file or folder) exists. Otherwise fails the test case when the environment variable
/// CI is set, else warns and returns false (the caller returns).
inline bool samplePresent(const std::string& path) {
    if (std::filesystem::exists(path)) return true;
    if (std::getenv("CI") != nullptr) FAIL("shared sample missing: " << path << " (CI is set, so this is a failure)");
    WARN("shared sample absent: " << path << "; skipped");
    return false;
}

} // namespace est::test
