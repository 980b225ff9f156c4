// formats/inflate.cpp - zlib's inflate/deflate/crc32 behind io/inflate.hpp (Debian libz natively, zlib sources in
// wasm).
#include "formats/inflate.hpp"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace est::formats {
namespace {

// zlib counts in uInt (32 bits); feed it in chunks so inputs above 4 GiB cannot wrap.
constexpr std::size_t kChunk = std::size_t{1} << 30;

uInt chunkOf(std::size_t remaining) { return static_cast<uInt>(remaining < kChunk ? remaining : kChunk); }

std::string zlibReason(const z_stream& stream, int code) {
    if (stream.msg != nullptr) return std::string(stream.msg);
    switch (code) {
    case Z_MEM_ERROR:
        return "out of memory";
    case Z_BUF_ERROR:
        return "data ends early";
    case Z_DATA_ERROR:
        return "invalid data";
    default:
        return "zlib error " + std::to_string(code);
    }
}

} // namespace

std::string inflateRaw(std::string_view compressed, std::size_t expectedSize, std::string& out) {
    out.clear();
    out.resize(expectedSize);
    z_stream stream{};
    // -15: raw deflate with a 32 KiB window, as ZIP stores it.
    if (inflateInit2(&stream, -15) != Z_OK) return "cannot start inflate (out of memory?)";
    const auto* in = reinterpret_cast<const unsigned char*>(compressed.data());
    std::size_t inLeft = compressed.size();
    std::size_t written = 0;
    int code = Z_OK;
    // One spare byte of output space lets us notice data longer than declared.
    unsigned char spare = 0;
    bool usingSpare = false;
    while (true) {
        if (stream.avail_in == 0 && inLeft > 0) {
            stream.next_in = const_cast<unsigned char*>(in); // zlib's API is not const-correct
            stream.avail_in = chunkOf(inLeft);
            in += stream.avail_in;
            inLeft -= stream.avail_in;
        }
        if (written < expectedSize) {
            stream.next_out = reinterpret_cast<unsigned char*>(out.data()) + written;
            stream.avail_out = chunkOf(expectedSize - written);
        } else {
            stream.next_out = &spare;
            stream.avail_out = 1;
            usingSpare = true;
        }
        const uInt outBefore = stream.avail_out;
        code = inflate(&stream, Z_NO_FLUSH);
        const std::size_t produced = outBefore - stream.avail_out;
        if (usingSpare && produced > 0) {
            inflateEnd(&stream);
            out.clear();
            return "entry inflates to more than its declared " + std::to_string(expectedSize) + " bytes";
        }
        written += produced;
        if (code == Z_STREAM_END) break;
        if (code == Z_BUF_ERROR && stream.avail_in == 0 && inLeft == 0) {
            inflateEnd(&stream);
            out.clear();
            return "deflate data ends early";
        }
        if (code != Z_OK && code != Z_BUF_ERROR) {
            std::string reason = "corrupt deflate data: " + zlibReason(stream, code);
            inflateEnd(&stream);
            out.clear();
            return reason;
        }
        if (produced == 0 && stream.avail_in == 0 && inLeft == 0) {
            inflateEnd(&stream);
            out.clear();
            return "deflate data ends early";
        }
    }
    inflateEnd(&stream);
    if (written != expectedSize) {
        out.clear();
        return "entry inflates to " + std::to_string(written) + " bytes, declared " + std::to_string(expectedSize);
    }
    return {};
}

RawInflater::RawInflater(std::string_view compressed, std::size_t expectedSize)
    : m_in(compressed), m_expected(expectedSize) {
    auto* stream = new z_stream{};
    if (inflateInit2(stream, -15) != Z_OK) {
        delete stream;
        m_failed = true;
        return;
    }
    m_stream = stream;
}

RawInflater::~RawInflater() {
    if (m_stream == nullptr) return;
    auto* stream = static_cast<z_stream*>(m_stream);
    inflateEnd(stream);
    delete stream;
}

std::string RawInflater::read(std::string& out, std::size_t maxBytes) {
    if (m_failed || m_stream == nullptr) return "cannot start inflate (out of memory?)";
    if (m_done) return {};
    auto* stream = static_cast<z_stream*>(m_stream);
    // Never produce past the declared size plus one byte (the byte that proves the entry lies).
    const std::size_t room = std::min(maxBytes, m_expected - m_written + 1);
    const std::size_t start = out.size();
    out.resize(start + room);
    std::size_t produced = 0;
    while (produced < room) {
        if (stream->avail_in == 0 && !m_in.empty()) {
            stream->next_in = reinterpret_cast<unsigned char*>(const_cast<char*>(m_in.data()));
            stream->avail_in = chunkOf(m_in.size());
            m_in.remove_prefix(stream->avail_in);
        }
        stream->next_out = reinterpret_cast<unsigned char*>(out.data()) + start + produced;
        stream->avail_out = chunkOf(room - produced);
        const uInt before = stream->avail_out;
        const int code = inflate(stream, Z_NO_FLUSH);
        const std::size_t got = before - stream->avail_out;
        produced += got;
        if (code == Z_STREAM_END) {
            m_done = true;
            break;
        }
        if (code != Z_OK && code != Z_BUF_ERROR) {
            m_failed = true;
            out.resize(start + produced);
            return "corrupt deflate data: " + zlibReason(*stream, code);
        }
        if (got == 0 && stream->avail_in == 0 && m_in.empty()) {
            m_failed = true;
            out.resize(start + produced);
            return "deflate data ends early";
        }
    }
    out.resize(start + produced);
    m_written += produced;
    m_crc = crc32Of(std::string_view(out).substr(start), m_crc);
    if (m_written > m_expected) {
        m_failed = true;
        return "entry inflates to more than its declared " + std::to_string(m_expected) + " bytes";
    }
    if (m_done && m_written != m_expected) {
        m_failed = true;
        return "entry inflates to " + std::to_string(m_written) + " bytes, declared " + std::to_string(m_expected);
    }
    return {};
}

std::string deflateRaw(std::string_view data, std::string& out, int level) {
    out.clear();
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return "cannot start deflate (out of memory?)";
    const auto* in = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t inLeft = data.size();
    std::size_t bound = data.size() + data.size() / 1000 + 64;
    if (inLeft <= std::numeric_limits<uLong>::max()) bound = deflateBound(&stream, static_cast<uLong>(inLeft));
    out.resize(bound);
    std::size_t written = 0;
    int code = Z_OK;
    while (code != Z_STREAM_END) {
        if (stream.avail_in == 0 && inLeft > 0) {
            stream.next_in = const_cast<unsigned char*>(in);
            stream.avail_in = chunkOf(inLeft);
            in += stream.avail_in;
            inLeft -= stream.avail_in;
        }
        if (written == out.size()) out.resize(out.size() * 2 + 64);
        stream.next_out = reinterpret_cast<unsigned char*>(out.data()) + written;
        stream.avail_out = chunkOf(out.size() - written);
        const uInt outBefore = stream.avail_out;
        code = deflate(&stream, inLeft == 0 ? Z_FINISH : Z_NO_FLUSH);
        written += outBefore - stream.avail_out;
        if (code != Z_OK && code != Z_STREAM_END && code != Z_BUF_ERROR) {
            std::string reason = "deflate failed: " + zlibReason(stream, code);
            deflateEnd(&stream);
            out.clear();
            return reason;
        }
    }
    deflateEnd(&stream);
    out.resize(written);
    return {};
}

std::uint32_t crc32Of(std::string_view data, std::uint32_t previous) {
    uLong crc = previous;
    const auto* p = reinterpret_cast<const Bytef*>(data.data());
    std::size_t left = data.size();
    while (left > 0) {
        const uInt n = chunkOf(left);
        crc = crc32(crc, p, n);
        p += n;
        left -= n;
    }
    return static_cast<std::uint32_t>(crc);
}

} // namespace est::formats
