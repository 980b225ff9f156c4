// io/json_lines.hpp - where things are in JSON text, for messages that name a line: a nesting-depth check
// before parsing, a byte offset's line and column, and the line of each value path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace est::io {

/// Deepest nesting the JSON readers accept: scenario files nest 4 deep; anything far deeper is not one of ours.
inline constexpr int kMaxJsonDepth = 64;

/// True when brackets nest deeper than kMaxJsonDepth (strings skipped), so absurd nesting never reaches the parser.
bool jsonTooDeep(std::string_view json);

/// The 1-based line and column of a byte offset.
std::pair<int, int> lineColumnOf(std::string_view text, std::size_t offset);

/// The 1-based line of each JSON path in a document ("workloads[3].vcpu" -> 45); empty on malformed text.
std::vector<std::pair<std::string, int>> jsonPathLines(std::string_view json);

} // namespace est::io
