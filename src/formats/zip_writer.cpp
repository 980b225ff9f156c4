// formats/zip_writer.cpp - local headers, data, central directory and end record of a plain ZIP archive.
#include "formats/zip_writer.hpp"

#include "formats/inflate.hpp"

#include <limits>
#include <stdexcept>

namespace est::formats {
namespace {

constexpr std::uint16_t kVersion = 20;                         // 2.0: deflate
constexpr std::uint16_t kUtf8Names = 1u << 11;                 // general-purpose flag: names are UTF-8
constexpr std::uint16_t kDosDate = (0u << 9) | (1u << 5) | 1u; // 1980-01-01
constexpr std::uint16_t kDosTime = 0;

void put16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

std::uint32_t checked32(std::size_t v, const char* what) {
    if (v >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error(std::string("ZIP limit exceeded: ") + what + " over 4 GiB");
    return static_cast<std::uint32_t>(v);
}

} // namespace

void ZipWriter::putSharedFields(const Central& c) {
    put16(m_out, kVersion);
    put16(m_out, kUtf8Names);
    put16(m_out, c.method);
    put16(m_out, kDosTime);
    put16(m_out, kDosDate);
    put32(m_out, c.crc);
    put32(m_out, c.compressedSize);
    put32(m_out, c.uncompressedSize);
    put16(m_out, static_cast<std::uint16_t>(c.name.size()));
}

void ZipWriter::add(std::string_view name, std::string_view data, bool compress) {
    if (m_central.size() >= 0xFFFF) throw std::length_error("ZIP limit exceeded: more than 65,535 entries");
    if (name.size() > 0xFFFF) throw std::length_error("ZIP entry name too long");
    Central c;
    c.name.assign(name);
    c.crc = crc32Of(data);
    c.uncompressedSize = checked32(data.size(), "entry");
    c.offset = checked32(m_out.size(), "archive");
    std::string deflated;
    std::string_view payload = data;
    if (compress && !data.empty()) {
        const std::string reason = deflateRaw(data, deflated);
        if (!reason.empty()) throw std::runtime_error("cannot compress " + c.name + ": " + reason);
        // Keep whichever is smaller: tiny parts can grow when deflated.
        if (deflated.size() < data.size()) {
            c.method = 8;
            payload = deflated;
        }
    }
    c.compressedSize = checked32(payload.size(), "entry");
    put32(m_out, 0x04034b50);
    putSharedFields(c);
    put16(m_out, 0);
    m_out += c.name;
    m_out.append(payload);
    checked32(m_out.size(), "archive");
    m_central.push_back(std::move(c));
}

std::string ZipWriter::finish() {
    const std::uint32_t cdOffset = checked32(m_out.size(), "archive");
    for (const Central& c : m_central) {
        put32(m_out, 0x02014b50);
        put16(m_out, kVersion); // made by: MS-DOS / FAT attributes, version 2.0
        putSharedFields(c);
        put16(m_out, 0); // extra
        put16(m_out, 0); // comment
        put16(m_out, 0); // disk
        put16(m_out, 0); // internal attributes
        put32(m_out, 0); // external attributes
        put32(m_out, c.offset);
        m_out += c.name;
    }
    const std::uint32_t cdSize = checked32(m_out.size() - cdOffset, "central directory");
    put32(m_out, 0x06054b50);
    put16(m_out, 0);
    put16(m_out, 0);
    put16(m_out, static_cast<std::uint16_t>(m_central.size()));
    put16(m_out, static_cast<std::uint16_t>(m_central.size()));
    put32(m_out, cdSize);
    put32(m_out, cdOffset);
    put16(m_out, 0);
    m_central.clear();
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

} // namespace est::formats
