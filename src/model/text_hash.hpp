// model/text_hash.hpp - hashing and comparing the short texts the engine looks up once per workload (OS strings,
// application names, workload ids) in its open-addressing tables, eight bytes at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace est::model {

/// Eight bytes of text as one integer (p must have eight readable bytes).
inline std::uint64_t textWord(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}

/// MurmurHash3's 64-bit finaliser: every bit of the result depends on every bit of `h`, so a table may take its slot
/// and its tag from any bits (a multiply alone carries a byte's change only towards the high bits).
inline std::uint64_t finish(std::uint64_t h) {
    h = (h ^ (h >> 33)) * 0xFF51AFD7ED558CCDull;
    h = (h ^ (h >> 33)) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
}

/// A 64-bit hash of every byte of `s`, eight bytes per step. Not for anything that must be stable between runs or
/// builds.
inline std::uint64_t textHash(std::string_view s) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull; // 2^64 / golden ratio, odd
    const std::size_t n = s.size();
    std::uint64_t h = (n + 1) * kMultiplier;
    if (n < 8) {
        std::uint64_t bytes = 0;
        for (char c : s) bytes = (bytes << 8) | static_cast<unsigned char>(c);
        return finish(h ^ bytes);
    }
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) h = (h ^ textWord(s.data() + i)) * kMultiplier;
    if (i < n) h = (h ^ textWord(s.data() + n - 8)) * kMultiplier; // the last word, overlapping the one before
    return finish(h);
}

/// a == b, compared eight bytes at a time: Emscripten's memcmp is a byte loop, and this runs once per workload.
inline bool sameText(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n < 8) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    for (std::size_t i = 0; i + 8 < n; i += 8)
        if (textWord(a.data() + i) != textWord(b.data() + i)) return false;
    return textWord(a.data() + n - 8) == textWord(b.data() + n - 8); // the last word, overlapping the one before
}

} // namespace est::model
