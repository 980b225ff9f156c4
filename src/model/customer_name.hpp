// model/customer_name.hpp - the rule for a name shown on every document ("Prepared for Acme Retail"): the customer's
// name in the settings, and the partner's name typed in the brand dialog.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace est::model {

/// Longest display name accepted, in characters (UTF-8 code points): a name fits one line of a slide header.
inline constexpr std::size_t kMaxDisplayNameChars = 120;

/// Why `name` cannot be shown as a name, in plain words without the field's name ("has 131 characters; at most
/// 120"), or "" when it can. Refused: more than kMaxDisplayNameChars characters, control characters (tabs, line
/// breaks, U+0000-U+001F, U+007F-U+009F), and bytes that are not UTF-8. An empty name is fine (= none).
std::string displayNameProblem(std::string_view name);

} // namespace est::model
