// formats/zip_writer.hpp - builds a ZIP archive in memory (the container of an .xlsx), deterministic byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

/// Collects entries and writes a plain ZIP (no ZIP64, no encryption). Entry times are fixed at
/// 1980-01-01 00:00 so the same content always gives the same bytes.
class ZipWriter {
public:
    /// Adds `data` under `name` ('/'-separated, UTF-8), deflated when `compress` (stored otherwise).
    /// Throws std::length_error past ZIP's 4 GiB / 65,535-entry limits and std::runtime_error if deflate fails.
    void add(std::string_view name, std::string_view data, bool compress = true);

    /// Appends the central directory and returns the whole archive; the writer is empty afterwards.
    std::string finish();

    /// Bytes written so far (local headers and data).
    std::size_t size() const { return m_out.size(); }

private:
    struct Central {
        std::string name;
        std::uint16_t method = 0;
        std::uint32_t crc = 0;
        std::uint32_t compressedSize = 0;
        std::uint32_t uncompressedSize = 0;
        std::uint32_t offset = 0;
    };
    /// Appends the fields the local header and the central directory record share (version needed .. name length).
    void putSharedFields(const Central& c);
    std::string m_out;
    std::vector<Central> m_central;
};

} // namespace est::formats
