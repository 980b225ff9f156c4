// model/random.hpp - a small seeded PRNG (splitmix64): the same numbers natively and in wasm.
// std:: distributions differ between standard libraries, so the engine never uses them.
#pragma once

#include <cmath>
#include <cstdint>

namespace est::model {

/// splitmix64 (Steele, Lea, Flood 2014): 64-bit state, full period, passes BigCrush as a generator of seeds.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    /// Next 64 random bits.
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// Uniform integer in [0, n) (n > 0); the tiny modulo bias is irrelevant here.
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }

    /// Triangular(low, mode, high) by inverse CDF; sqrt is correctly rounded in IEEE 754, so deterministic.
    double triangular(double low, double mode, double high) {
        if (!(high > low)) return mode;
        const double u = uniform();
        const double cut = (mode - low) / (high - low);
        if (u < cut) return low + std::sqrt(u * (high - low) * (mode - low));
        return high - std::sqrt((1.0 - u) * (high - low) * (high - mode));
    }

private:
    std::uint64_t m_state;
};

} // namespace est::model
