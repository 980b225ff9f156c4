// formats/zip_reader.hpp - reads the entries of a ZIP archive held in memory (an .xlsx is one), bounded and safe.
#pragma once

#include "formats/table.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

/// Limits that keep a hostile or broken archive from exhausting memory (wasm has little of it).
/// A workbook has tens of entries (RVTools: about 40); deflate cannot shrink data more than about 1,030 times,
/// and real SpreadsheetML shrinks 10-50 times, so 500 stops a bomb of zeros and passes any real sheet.
struct ZipLimits {
    std::size_t maxEntries = 10000;                     ///< entries in the central directory
    std::size_t maxEntryBytes = std::size_t{512} << 20; ///< uncompressed size of one entry (512 MiB)
    std::uint64_t maxRatio = 500;                       ///< uncompressed / compressed, above 1 MiB
};

/// One file of the archive, as the central directory describes it.
struct ZipEntry {
    std::string name;                   ///< path inside the archive, '/'-separated ("xl/workbook.xml")
    std::uint16_t method = 0;           ///< 0 stored, 8 deflated (others are reported when read)
    std::uint16_t flags = 0;            ///< general-purpose bit flags (bit 0 = encrypted)
    std::uint32_t crc32 = 0;            ///< CRC-32 of the uncompressed data
    std::uint64_t compressedSize = 0;   ///< bytes in the archive
    std::uint64_t uncompressedSize = 0; ///< bytes once inflated
    std::uint64_t localHeaderOffset = 0;
};

/// A parsed central directory over caller-owned bytes (the bytes must outlive the reader).
class ZipReader {
public:
    /// Parses the central directory of `bytes`. On failure returns nullopt and appends why to `problems`
    /// (not a ZIP, truncated, ZIP64, too many entries). Never throws on bad input.
    static std::optional<ZipReader> open(std::string_view bytes, std::vector<InputProblem>& problems,
                                         const ZipLimits& limits = {});

    /// Every entry, in central-directory order.
    const std::vector<ZipEntry>& entries() const { return m_entries; }

    /// The entry named exactly `name`, else one matching ignoring ASCII case and a leading '/', else null.
    const ZipEntry* find(std::string_view name) const;

    /// Extracts `entry` into `out` (stored or deflated), checking bounds, sizes and CRC-32.
    /// Returns "" on success, otherwise a one-line reason (the entry name is not included).
    std::string read(const ZipEntry& entry, std::string& out) const;

    /// Extracts the entry called `name` (see find). Returns "" on success, otherwise the reason.
    std::string read(std::string_view name, std::string& out) const;

    /// Extracts `entry` in pieces of about `chunkBytes`: `consume(buffer, last)` is called with everything not
    /// yet consumed and returns how many leading bytes it used (the rest is offered again with more data).
    /// Sizes and CRC-32 are checked at the end: a "" result means every byte given was right.
    std::string readChunked(const ZipEntry& entry, std::size_t chunkBytes,
                            const std::function<std::size_t(std::string_view buffer, bool last)>& consume) const;

private:
    /// Checks done before extracting; "" when the entry may be read. Sets `data` to its compressed bytes.
    std::string prepare(const ZipEntry& entry, std::string_view& data) const;
    ZipReader(std::string_view bytes, ZipLimits limits) : m_bytes(bytes), m_limits(limits) {}
    std::string_view m_bytes;
    ZipLimits m_limits;
    std::vector<ZipEntry> m_entries;
};

} // namespace est::formats
