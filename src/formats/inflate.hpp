// formats/inflate.hpp - the one compression interface of src/io: raw deflate in and out, CRC-32 (zlib behind it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace est::formats {

/// Inflates raw deflate data (no zlib/gzip header, as in ZIP method 8) into `out` (replaced).
/// `expectedSize` is the size the container declares: output beyond it, a short result or corrupt data fail.
/// Returns "" on success, otherwise a one-line reason ("corrupt deflate data: invalid distance too far back").
std::string inflateRaw(std::string_view compressed, std::size_t expectedSize, std::string& out);

/// Deflates `data` as raw deflate (ZIP method 8) at zlib level `level` (1 fastest .. 9 smallest).
/// Returns "" on success, otherwise the reason.
std::string deflateRaw(std::string_view data, std::string& out, int level = 6);

/// Incremental raw inflate: output in pieces, so a 300 MB sheet never needs one 300 MB buffer.
class RawInflater {
public:
    /// Starts inflating `compressed` (not copied: must outlive the inflater); `expectedSize` as in inflateRaw.
    RawInflater(std::string_view compressed, std::size_t expectedSize);
    ~RawInflater();
    RawInflater(const RawInflater&) = delete;
    RawInflater& operator=(const RawInflater&) = delete;

    /// Appends up to `maxBytes` more output to `out`. Returns "" or the reason it failed (then stop).
    std::string read(std::string& out, std::size_t maxBytes);
    /// True once the whole stream has been inflated (and its size matched the declared one).
    bool done() const { return m_done; }
    /// CRC-32 of everything produced so far.
    std::uint32_t crc() const { return m_crc; }

private:
    void* m_stream = nullptr; // z_stream, kept out of this header
    std::string_view m_in;
    std::size_t m_expected = 0;
    std::size_t m_written = 0;
    std::uint32_t m_crc = 0;
    bool m_done = false;
    bool m_failed = false;
};

/// CRC-32 (ZIP / PNG polynomial) of `data`; `previous` continues a running CRC (0 to start).
std::uint32_t crc32Of(std::string_view data, std::uint32_t previous = 0);

} // namespace est::formats
