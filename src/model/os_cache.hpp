// model/os_cache.hpp - what an OS string says (Windows, past end of support, EC2 OS family), worked out once
// per distinct string: estates repeat a few OS strings many times.
#pragma once

#include "model/recommender.hpp"
#include "model/sizing.hpp"
#include "model/text_hash.hpp"

#include <cstddef>
#include <cstdint>
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
            if (e.hash == h && sameText(e.os, os)) return e.cls;
        }
    }

private:
    static constexpr std::size_t kSlots = 128, kMaxEntries = 64; // at most half full: a probe always ends
    // Length, first and last eight bytes: cheap, and enough to tell an estate's few OS strings apart
    // (equal hashes are confirmed by sameText()).
    static std::uint64_t quickHash(std::string_view s) {
        std::uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
        if (s.size() >= 8) {
            h = (h ^ textWord(s.data())) * 0x9E3779B97F4A7C15ull;
            h = (h ^ textWord(s.data() + s.size() - 8)) * 0x9E3779B97F4A7C15ull;
        } else {
            for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x9E3779B97F4A7C15ull;
        }
        return h ^ (h >> 29);
    }
    struct Entry {
        std::string os; // owned: the cache outlives one scenario (EstimatorScratch)
        std::uint64_t hash = 0;
        OsClass cls;
        bool used = false;
    };
    Entry m_slots[kSlots];
    std::size_t m_count = 0;
};

} // namespace est::model
