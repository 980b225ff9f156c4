// model/customer_name.cpp - checks a display name: length in characters, no control characters, valid UTF-8.
#include "model/customer_name.hpp"

namespace est::model {

std::string displayNameProblem(std::string_view name) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < name.size();) {
        const auto lead = static_cast<unsigned char>(name[i]);
        // The sequence length from the lead byte; continuation bytes must follow (RFC 3629).
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        if (length == 0 || i + length > name.size()) return "is not valid UTF-8 text";
        unsigned codePoint = length == 1 ? lead : lead & (0x7Fu >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(name[i + k]);
            if ((next & 0xC0) != 0x80) return "is not valid UTF-8 text";
            codePoint = (codePoint << 6) | (next & 0x3Fu);
        }
        // A tab or line break would split a header line; other control characters print as boxes or nothing.
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F))
            return "contains a control character (a tab, a line break or an invisible code); type the name on one line";
        ++characters;
        i += length;
    }
    if (characters > kMaxDisplayNameChars)
        return "has " + std::to_string(characters) + " characters; at most " + std::to_string(kMaxDisplayNameChars) +
               " fit a header line";
    return {};
}

} // namespace est::model
