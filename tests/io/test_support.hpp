// tests/io/test_support.hpp - reading the io tests' data files (tests/io/data, by absolute path).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace est::test {

/// The bytes of tests/io/data/<name>; empty when missing (the test then fails on its own checks).
inline std::string readDataFile(const std::string& name) {
    std::ifstream in(std::string(EST_IO_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace est::test
