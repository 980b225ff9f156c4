// formats/gzip_stream.cpp - zlib's inflate in gzip mode, fed in chunks (formats/gzip_stream.hpp).
#include "formats/gzip_stream.hpp"

#include <zlib.h>

#include <algorithm>

namespace est::formats {
namespace {

// zlib counts in uInt (32 bits); hand it at most this much at once so sizes above 4 GiB cannot wrap.
constexpr std::size_t kMaxZlibCall = std::size_t{1} << 30;

uInt zlibSize(std::size_t n) { return static_cast<uInt>(std::min(n, kMaxZlibCall)); }

// Window bits: 15 (32 KiB, deflate's largest) + 32 = detect a gzip or a zlib header.
constexpr int kGzipOrZlib = 15 + 32;

} // namespace

bool looksLikeGzip(std::string_view bytes) {
    return bytes.size() >= 3 && bytes[0] == '\x1F' && bytes[1] == '\x8B' && bytes[2] == '\x08';
}

GzipStream::GzipStream() {
    auto* stream = new z_stream{};
    if (inflateInit2(stream, kGzipOrZlib) != Z_OK) {
        delete stream;
        m_failure = "cannot start inflate (out of memory?)";
        return;
    }
    m_stream = stream;
}

GzipStream::~GzipStream() {
    if (m_stream == nullptr) return;
    auto* stream = static_cast<z_stream*>(m_stream);
    inflateEnd(stream);
    delete stream;
}

void GzipStream::push(std::string_view chunk) { m_in = chunk; }

std::string GzipStream::read(std::string& out, std::size_t maxBytes) {
    if (!m_failure.empty()) return m_failure;
    auto* stream = static_cast<z_stream*>(m_stream);
    const std::size_t start = out.size();
    out.resize(start + maxBytes);
    std::size_t produced = 0;
    while (produced < maxBytes) {
        if (stream->avail_in == 0) {
            if (m_in.empty()) break;
            stream->next_in =
                reinterpret_cast<unsigned char*>(const_cast<char*>(m_in.data())); // zlib is not const-correct
            stream->avail_in = zlibSize(m_in.size());
            m_in.remove_prefix(stream->avail_in);
        }
        stream->next_out = reinterpret_cast<unsigned char*>(out.data()) + start + produced;
        stream->avail_out = zlibSize(maxBytes - produced);
        const uInt inBefore = stream->avail_in;
        const uInt outBefore = stream->avail_out;
        const int code = inflate(stream, Z_NO_FLUSH);
        produced += outBefore - stream->avail_out;
        if (stream->avail_in != inBefore) m_betweenMembers = false;
        if (code == Z_STREAM_END) {
            // Another member may follow (concatenated .gz files are one file to gzip -d): start it afresh.
            inflateReset(stream);
            m_betweenMembers = true;
            m_anyMember = true;
            continue;
        }
        if (code == Z_BUF_ERROR) break; // needs more input (or more room): not an error in a stream
        if (code != Z_OK) {
            m_failure = std::string("corrupt gzip data: ") + (stream->msg != nullptr ? stream->msg : "invalid data");
            break;
        }
    }
    m_zlibInputLeft = stream->avail_in;
    out.resize(start + produced);
    m_decoded += produced;
    return m_failure;
}

std::string GzipStream::finish() const {
    if (!m_failure.empty()) return m_failure;
    if (!needsInput()) return "not every pushed byte was read";
    if (!m_betweenMembers) return "gzip data ends early";
    if (!m_anyMember) return "no gzip data";
    return {};
}

std::string gunzip(std::string_view compressed, std::string& out, std::size_t maxBytes) {
    out.clear();
    GzipStream gzip;
    gzip.push(compressed);
    constexpr std::size_t kPiece = std::size_t{1} << 16;
    while (!gzip.needsInput()) {
        // One byte past the limit proves the data is larger than allowed.
        const std::size_t room = std::min(kPiece, maxBytes - out.size() + 1);
        const std::string reason = gzip.read(out, room);
        if (!reason.empty()) return reason;
        if (out.size() > maxBytes) {
            out.resize(maxBytes);
            return "gzip data inflates to more than " + std::to_string(maxBytes) + " bytes";
        }
    }
    return gzip.finish();
}

GzipStreamBuf::GzipStreamBuf(std::istream& compressed, std::size_t chunkBytes)
    : m_source(compressed), m_compressed(std::max<std::size_t>(chunkBytes, 1)),
      m_chunkBytes(std::max<std::size_t>(chunkBytes, 1)) {}

GzipStreamBuf::int_type GzipStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    m_decoded.clear();
    while (m_decoded.empty()) {
        if (m_gzip.needsInput()) {
            if (m_sourceEnded) {
                m_error = m_gzip.finish();
                return traits_type::eof();
            }
            m_source.read(m_compressed.data(), static_cast<std::streamsize>(m_compressed.size()));
            const auto got = static_cast<std::size_t>(m_source.gcount());
            if (!m_source) m_sourceEnded = true;
            if (got == 0) continue;
            m_gzip.push(std::string_view(m_compressed.data(), got));
        }
        const std::string reason = m_gzip.read(m_decoded, m_chunkBytes);
        if (!reason.empty()) {
            m_error = reason;
            if (m_decoded.empty()) return traits_type::eof();
            break;
        }
    }
    setg(m_decoded.data(), m_decoded.data(), m_decoded.data() + m_decoded.size());
    return traits_type::to_int_type(*gptr());
}

} // namespace est::formats
