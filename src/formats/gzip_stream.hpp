// formats/gzip_stream.hpp - gzip (or zlib) data inflated as it arrives: chunks in, bytes out, memory bounded.
//
// For files too large to hold whole, such as a month of AWS billing export (.csv.gz, hundreds of MB): the caller
// hands over compressed chunks as it reads them and takes decoded bytes in pieces of the size it chooses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace est::formats {

/// True when `bytes` starts like a gzip member (magic 1F 8B, method 8 = deflate).
bool looksLikeGzip(std::string_view bytes);

/// Incremental gzip inflater (RFC 1952; a zlib stream, RFC 1950, is accepted too). Members written one after
/// another (`cat a.gz b.gz`, as some exporters split their output) read as one stream. Each member's CRC-32 and
/// length are checked by zlib. Never throws on bad input (std::bad_alloc aside).
///
/// Use: push(chunk), then read() until needsInput(); repeat; at the end of the input, finish().
class GzipStream {
public:
    GzipStream();
    ~GzipStream();
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;

    /// Hands over the next compressed chunk (not copied: it must stay valid until needsInput() is true again).
    void push(std::string_view chunk);
    /// True when every byte pushed so far has been consumed (push the next chunk, or finish()).
    bool needsInput() const { return m_in.empty() && m_zlibInputLeft == 0; }
    /// Appends at most `maxBytes` decoded bytes to `out`. Returns "" or a one-line reason ("corrupt gzip data:
    /// incorrect data check"); after a failure every call returns the same reason.
    std::string read(std::string& out, std::size_t maxBytes);
    /// Called once the input has ended: "" when it ended exactly after a complete member, else the reason
    /// ("gzip data ends early", or an earlier failure).
    std::string finish() const;
    /// Decoded bytes produced so far, over every member.
    std::uint64_t decodedBytes() const { return m_decoded; }

private:
    void* m_stream = nullptr;        // z_stream, kept out of this header
    std::string_view m_in;           // pushed bytes zlib has not been handed yet
    std::size_t m_zlibInputLeft = 0; // bytes handed to zlib and not consumed (mirrors avail_in)
    std::uint64_t m_decoded = 0;
    bool m_betweenMembers = true; // no member begun since the start or since the last one ended
    bool m_anyMember = false;     // at least one member ended cleanly
    std::string m_failure;
};

/// Convenience over GzipStream for data already in memory: the whole decoded text, refused past `maxBytes`
/// decoded (a bomb guard). Returns "" or the reason (then `out` holds what was decoded before it).
std::string gunzip(std::string_view compressed, std::string& out, std::size_t maxBytes);

/// A std::streambuf that reads gzip data from another stream and serves the decoded bytes, so stream readers
/// (CsvRecordReader) read a .csv.gz as they read a .csv. Memory: one compressed and one decoded chunk.
/// A damaged stream ends early; error() says why.
class GzipStreamBuf : public std::streambuf {
public:
    /// `compressed` must outlive the buffer. `chunkBytes`: size of each read from it and of each decoded piece.
    explicit GzipStreamBuf(std::istream& compressed, std::size_t chunkBytes = std::size_t{1} << 16);
    /// Why reading stopped early ("" when the data ended cleanly or has not ended yet).
    const std::string& error() const { return m_error; }

protected:
    int_type underflow() override;

private:
    std::istream& m_source;
    GzipStream m_gzip;
    std::vector<char> m_compressed;
    std::string m_decoded;
    std::size_t m_chunkBytes;
    bool m_sourceEnded = false;
    std::string m_error;
};

} // namespace est::formats
