// formats/base64.hpp - base64 text for binary data kept in text stores (compressed autosave, data URLs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace est::formats {

/// Standard base64 (RFC 4648 alphabet, with '=' padding) of `bytes`.
std::string encodeBase64(std::string_view bytes);

/// Decodes standard or URL-safe base64 (padding and whitespace allowed) into `out` (replaced). Stops with
/// false once more than `limit` bytes would be produced. False on any character outside the alphabets.
bool decodeBase64(std::string_view text, std::string& out, std::size_t limit = std::string::npos);

} // namespace est::formats
