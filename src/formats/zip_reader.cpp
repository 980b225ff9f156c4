// formats/zip_reader.cpp - ZIP central directory parsing and entry extraction with every offset bounds-checked.
#include "formats/zip_reader.hpp"

#include "formats/text.hpp"

#include "formats/inflate.hpp"

#include <algorithm>

namespace est::formats {
namespace {

constexpr std::uint32_t kLocalSig = 0x04034b50;
constexpr std::uint32_t kCentralSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kLocalSize = 30;

std::uint16_t le16(std::string_view b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                      (static_cast<unsigned>(static_cast<unsigned char>(b[at + 1])) << 8));
}

std::uint32_t le32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(le16(b, at)) | (static_cast<std::uint32_t>(le16(b, at + 2)) << 16);
}

} // namespace

std::optional<ZipReader> ZipReader::open(std::string_view bytes, std::vector<InputProblem>& problems,
                                         const ZipLimits& limits) {
    auto fail = [&](std::string message) -> std::optional<ZipReader> {
        problems.push_back({"zip", std::move(message)});
        return std::nullopt;
    };
    if (bytes.size() < kEndSize) return fail("not a ZIP archive (.xlsx): file too short");
    if (bytes.substr(0, 2) != "PK") return fail("not a ZIP archive (.xlsx): does not start with \"PK\"");

    // The end record sits in the last 22 + up to 65535 (comment) bytes; search backwards for its signature.
    std::size_t endAt = std::string_view::npos;
    const std::size_t lowest = bytes.size() > kEndSize + 65535 ? bytes.size() - kEndSize - 65535 : 0;
    for (std::size_t at = bytes.size() - kEndSize + 1; at-- > lowest;) {
        if (le32(bytes, at) == kEndSig) {
            endAt = at;
            break;
        }
    }
    if (endAt == std::string_view::npos) return fail("not a ZIP archive or truncated: no end-of-directory record");

    const std::uint16_t disk = le16(bytes, endAt + 4);
    const std::uint16_t cdDisk = le16(bytes, endAt + 6);
    const std::uint16_t countHere = le16(bytes, endAt + 8);
    const std::uint16_t countTotal = le16(bytes, endAt + 10);
    const std::uint32_t cdSize = le32(bytes, endAt + 12);
    const std::uint32_t cdOffset = le32(bytes, endAt + 16);
    if (endAt >= 20 && le32(bytes, endAt - 20) == kZip64LocatorSig)
        return fail("ZIP64 archives are not supported (file over 4 GiB or over 65,535 entries)");
    if (countTotal == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu)
        return fail("ZIP64 archives are not supported (file over 4 GiB or over 65,535 entries)");
    if (disk != 0 || cdDisk != 0 || countHere != countTotal)
        return fail("multi-part (spanned) ZIP archives are not supported");
    if (countTotal > limits.maxEntries)
        return fail("archive has " + std::to_string(countTotal) + " entries, more than the limit of " +
                    std::to_string(limits.maxEntries));
    if (static_cast<std::uint64_t>(cdOffset) + cdSize > endAt)
        return fail("corrupt ZIP: central directory lies outside the file (truncated download?)");

    ZipReader reader(bytes, limits);
    reader.m_entries.reserve(countTotal);
    std::size_t at = cdOffset;
    const std::size_t cdEnd = static_cast<std::size_t>(cdOffset) + cdSize;
    for (std::uint32_t i = 0; i < countTotal; ++i) {
        if (at + kCentralSize > cdEnd || le32(bytes, at) != kCentralSig)
            return fail("corrupt ZIP: central directory entry " + std::to_string(i + 1) + " is damaged");
        ZipEntry entry;
        entry.flags = le16(bytes, at + 8);
        entry.method = le16(bytes, at + 10);
        entry.crc32 = le32(bytes, at + 16);
        entry.compressedSize = le32(bytes, at + 20);
        entry.uncompressedSize = le32(bytes, at + 24);
        const std::size_t nameLen = le16(bytes, at + 28);
        const std::size_t extraLen = le16(bytes, at + 30);
        const std::size_t commentLen = le16(bytes, at + 32);
        entry.localHeaderOffset = le32(bytes, at + 42);
        if (at + kCentralSize + nameLen + extraLen + commentLen > cdEnd)
            return fail("corrupt ZIP: central directory entry " + std::to_string(i + 1) + " overruns the directory");
        entry.name.assign(bytes.substr(at + kCentralSize, nameLen));
        if (entry.compressedSize == 0xFFFFFFFFu || entry.uncompressedSize == 0xFFFFFFFFu ||
            entry.localHeaderOffset == 0xFFFFFFFFu)
            return fail("ZIP64 entry \"" + entry.name + "\" is not supported (entry over 4 GiB)");
        std::replace(entry.name.begin(), entry.name.end(), '\\', '/');
        at += kCentralSize + nameLen + extraLen + commentLen;
        reader.m_entries.push_back(std::move(entry));
    }
    return reader;
}

const ZipEntry* ZipReader::find(std::string_view name) const {
    for (const ZipEntry& e : m_entries)
        if (e.name == name) return &e;
    while (!name.empty() && name.front() == '/') name.remove_prefix(1);
    for (const ZipEntry& e : m_entries) {
        std::string_view candidate = e.name;
        while (!candidate.empty() && candidate.front() == '/') candidate.remove_prefix(1);
        if (text::equalsIgnoreCase(candidate, name)) return &e;
    }
    return nullptr;
}

std::string ZipReader::read(std::string_view name, std::string& out) const {
    const ZipEntry* entry = find(name);
    if (entry == nullptr) {
        out.clear();
        return "no such part in the archive";
    }
    return read(*entry, out);
}

std::string ZipReader::prepare(const ZipEntry& entry, std::string_view& data) const {
    if ((entry.flags & 1u) != 0) return "the entry is encrypted (password-protected workbook?)";
    if (entry.method != 0 && entry.method != 8)
        return "unsupported compression method " + std::to_string(entry.method) + " (only stored and deflated)";
    if (entry.uncompressedSize > m_limits.maxEntryBytes)
        return "entry is " + std::to_string(entry.uncompressedSize) + " bytes uncompressed, over the limit of " +
               std::to_string(m_limits.maxEntryBytes);
    if (entry.uncompressedSize > (std::uint64_t{1} << 20) &&
        entry.uncompressedSize / std::max<std::uint64_t>(entry.compressedSize, 1) > m_limits.maxRatio)
        return "entry inflates to " +
               std::to_string(entry.uncompressedSize / std::max<std::uint64_t>(entry.compressedSize, 1)) +
               " times its compressed size, more than the limit of " + std::to_string(m_limits.maxRatio) +
               " (a ZIP bomb?)";
    if (entry.localHeaderOffset + kLocalSize > m_bytes.size())
        return "corrupt ZIP: local header missing (truncated file?)";
    const auto local = static_cast<std::size_t>(entry.localHeaderOffset); // < m_bytes.size(): fits size_t
    if (le32(m_bytes, local) != kLocalSig) return "corrupt ZIP: local header missing (truncated file?)";
    const std::uint64_t dataAt =
        std::uint64_t{local} + kLocalSize + le16(m_bytes, local + 26) + le16(m_bytes, local + 28);
    if (dataAt + entry.compressedSize > m_bytes.size()) return "corrupt ZIP: entry data runs past the end of the file";
    if (entry.method == 0 && entry.compressedSize != entry.uncompressedSize)
        return "corrupt ZIP: stored entry sizes disagree";
    data = m_bytes.substr(static_cast<std::size_t>(dataAt), static_cast<std::size_t>(entry.compressedSize));
    return {};
}

std::string ZipReader::read(const ZipEntry& entry, std::string& out) const {
    out.clear();
    std::string_view data;
    if (std::string reason = prepare(entry, data); !reason.empty()) return reason;
    if (entry.method == 0) {
        out.assign(data);
    } else {
        std::string reason = inflateRaw(data, static_cast<std::size_t>(entry.uncompressedSize), out);
        if (!reason.empty()) return reason;
    }
    if (crc32Of(out) != entry.crc32) {
        out.clear();
        return "CRC-32 mismatch: the entry is corrupt";
    }
    return {};
}

std::string ZipReader::readChunked(const ZipEntry& entry, std::size_t chunkBytes,
                                   const std::function<std::size_t(std::string_view, bool)>& consume) const {
    std::string_view data;
    if (std::string reason = prepare(entry, data); !reason.empty()) return reason;
    if (entry.method == 0) { // already in memory: one piece, no copy
        if (crc32Of(data) != entry.crc32) return "CRC-32 mismatch: the entry is corrupt";
        consume(data, true);
        return {};
    }
    RawInflater inflater(data, static_cast<std::size_t>(entry.uncompressedSize));
    std::string buffer;
    std::size_t offset = 0; // consumed bytes at the front of buffer
    while (true) {
        if (offset > 0 && offset >= buffer.size() / 2) { // keep the buffer bounded: drop what was consumed
            buffer.erase(0, offset);
            offset = 0;
        }
        std::string reason = inflater.read(buffer, std::max<std::size_t>(chunkBytes, 4096));
        if (!reason.empty()) return reason;
        const bool last = inflater.done();
        if (last && inflater.crc() != entry.crc32) return "CRC-32 mismatch: the entry is corrupt";
        const std::string_view available = std::string_view(buffer).substr(offset);
        offset += std::min(consume(available, last), available.size());
        if (last) return {};
    }
}

} // namespace est::formats
