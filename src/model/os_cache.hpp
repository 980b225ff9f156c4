// model/os_cache.hpp - what an OS string says (Windows, past end of support, EC2 OS family), worked out once
// per distinct string: estates repeat a few OS strings many times.
#pragma once

#include "model/recommender.hpp"
#include "model/sizing.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace est::model {

/// What one OS string says.
struct OsClass {
    bool windows = false;
    bool unsupported = false;
    OsFamily family = OsFamily::Linux;
};

/// The classes of the OS strings seen, keyed by their text (it keeps copies, so it may outlive any scenario).
class OsCache {
public:
    // Inlined: it runs once per workload in the engine's loop (a call costs as much as the lookup).
    [[gnu::always_inline]] OsClass classify(std::string_view os) {
        const std::uint64_t h = quickHash(os);
        for (std::size_t k = static_cast<std::size_t>(h >> 32) & (kSlots - 1);; k = (k + 1) & (kSlots - 1)) {
            Entry& e = m_slots[k];
            if (!e.used) {
                const OsClass c{isWindowsOs(os), isUnsupportedOs(os), osFamilyOf(os)};
                if (m_count < kMaxEntries) {
                    e = {std::string(os), h, c, true};
                    ++m_count;
                }
                return c;
            }
            if (e.hash == h && same(e.os, os)) return e.cls;
        }
    }

private:
    static constexpr std::size_t kSlots = 128, kMaxEntries = 64; // at most half full: a probe always ends
    static std::uint64_t word(const char* p) {
        std::uint64_t x;
        std::memcpy(&x, p, 8);
        return x;
    }
    // Length, first and last eight bytes: cheap, and enough to tell an estate's few OS strings apart
    // (equal hashes are confirmed by same()).
    static std::uint64_t quickHash(std::string_view s) {
        std::uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
        if (s.size() >= 8) {
            h = (h ^ word(s.data())) * 0x9E3779B97F4A7C15ull;
            h = (h ^ word(s.data() + s.size() - 8)) * 0x9E3779B97F4A7C15ull;
        } else {
            for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x9E3779B97F4A7C15ull;
        }
        return h ^ (h >> 29);
    }
    // Word-wise compare: Emscripten's memcmp is a byte loop, and this runs once per workload.
    static bool same(std::string_view a, std::string_view b) {
        const std::size_t n = a.size();
        if (n != b.size()) return false;
        if (n < 8) {
            for (std::size_t i = 0; i < n; ++i)
                if (a[i] != b[i]) return false;
            return true;
        }
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (word(a.data() + i) != word(b.data() + i)) return false;
        return word(a.data() + n - 8) == word(b.data() + n - 8); // the last word, overlapping the one before

    }
    struct Entry {
        std::string os;                         // owned: the cache outlives one scenario (EstimatorScratch)
        std::uint64_t hash = 0;
        OsClass cls;
        bool used = false;
    };
    Entry m_slots[kSlots];
    std::size_t m_count = 0;
};

} // namespace est::model
