// formats/csv_push.cpp - the push-style CSV tokenizer. Complete records are parsed in place from the chunk handed
// over; only a record cut by the chunk's end is copied (into m_pending) and completed from the next chunks.
#include "formats/csv_push.hpp"

#include "formats/csv.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace est::formats {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Bytes of `v` equal to `c` have their high bit set in the result (bytes above the first match may be set too).
inline std::uint64_t bytesEqual(std::uint64_t v, std::uint64_t broadcast) {
    const std::uint64_t x = v ^ broadcast;
    return (x - kOnes) & ~x & kHighs;
}

// The first separator, LF or CR at or after `p` (or `size`): eight bytes at a time, as most of a CUR's bytes are
// unquoted cells. Little-endian loads, so the lowest set bit is the first byte (x86 and wasm both are).
inline std::size_t endOfUnquoted(const char* data, std::size_t p, std::size_t size, char sep) {
    const std::uint64_t seps = kOnes * static_cast<unsigned char>(sep);
    const std::uint64_t lfs = kOnes * static_cast<unsigned char>('\n');
    const std::uint64_t crs = kOnes * static_cast<unsigned char>('\r');
    std::size_t q = p;
    for (; q + 8 <= size; q += 8) {
        std::uint64_t v;
        std::memcpy(&v, data + q, 8);
        const std::uint64_t hit = bytesEqual(v, seps) | bytesEqual(v, lfs) | bytesEqual(v, crs);
        if (hit != 0) return q + static_cast<std::size_t>(__builtin_ctzll(hit)) / 8;
    }
    while (q < size && data[q] != sep && data[q] != '\n' && data[q] != '\r') ++q;
    return q;
}

// Unescaped text of a quoted cell with doubled quotes: where it sits in the record's scratch buffer.
struct Unescaped {
    std::size_t column;
    std::size_t offset;
    std::size_t length;
};

} // namespace

CsvPushTokenizer::CsvPushTokenizer(char separator) : m_separator(separator) {}

void CsvPushTokenizer::setWanted(std::vector<bool> wanted) { m_wanted = std::move(wanted); }

std::size_t CsvPushTokenizer::parse(std::string_view buf, bool atEnd, CsvRecordSink& sink) {
    const char* const data = buf.data();
    const std::size_t size = buf.size();
    const char sep = m_separator;
    std::string scratch;
    std::vector<Unescaped> unescaped;
    std::size_t pos = 0;
    while (pos < size) {
        // Blank lines are no records.
        if (data[pos] == '\n') {
            ++pos;
            ++m_line;
            continue;
        }
        if (data[pos] == '\r') {
            if (pos + 1 < size)
                pos += data[pos + 1] == '\n' ? 2 : 1;
            else if (atEnd)
                ++pos;
            else
                return pos; // a CR at the end of the chunk: its LF may follow
            ++m_line;
            continue;
        }
        const std::size_t recordStart = pos;
        std::size_t p = pos;
        std::size_t column = 0;
        long embeddedLines = 0;
        bool complete = false;
        scratch.clear();
        unescaped.clear();
        for (;;) {
            const bool want = m_wanted.empty() || (column < m_wanted.size() && m_wanted[column]);
            if (column >= m_fields.size()) m_fields.resize(column + 1);
            std::string_view cell;
            std::size_t q;
            if (p < size && data[p] == '"') {
                // Quoted cell: runs to the next quote not doubled.
                std::size_t from = p + 1;
                bool doubled = false;
                std::size_t close = std::string_view::npos;
                for (;;) {
                    const void* hit = from < size ? std::memchr(data + from, '"', size - from) : nullptr;
                    if (hit == nullptr) break;
                    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - data);
                    if (at + 1 < size && data[at + 1] == '"') {
                        doubled = true;
                        from = at + 2;
                        continue;
                    }
                    if (at + 1 == size && !atEnd) break; // a doubled quote may be cut by the chunk
                    close = at;
                    break;
                }
                if (close == std::string_view::npos) {
                    if (!atEnd) return recordStart;
                    m_unclosedQuote = true;
                    close = size;
                }
                const std::string_view inside(data + p + 1, close - p - 1);
                embeddedLines += static_cast<long>(std::count(inside.begin(), inside.end(), '\n'));
                if (want) {
                    if (doubled) {
                        Unescaped u{column, scratch.size(), 0};
                        for (std::size_t i = 0; i < inside.size(); ++i) {
                            scratch.push_back(inside[i]);
                            if (inside[i] == '"' && i + 1 < inside.size() && inside[i + 1] == '"') ++i;
                        }
                        u.length = scratch.size() - u.offset;
                        unescaped.push_back(u);
                    } else {
                        cell = inside;
                    }
                }
                // Text between the closing quote and the separator is not RFC 4180: skipped.
                q = close < size ? close + 1 : size;
                while (q < size && data[q] != sep && data[q] != '\n' && data[q] != '\r') ++q;
            } else {
                q = endOfUnquoted(data, p, size, sep);
                if (want) cell = std::string_view(data + p, q - p);
            }
            if (q == size && !atEnd) return recordStart;
            m_fields[column] = cell;
            ++column;
            if (q == size) {
                p = size;
                complete = true;
                break;
            }
            const char c = data[q];
            if (c == sep) {
                p = q + 1;
                continue;
            }
            if (c == '\n') {
                p = q + 1;
            } else { // CR, perhaps CR LF
                if (q + 1 == size && !atEnd) return recordStart;
                p = q + 1 < size && data[q + 1] == '\n' ? q + 2 : q + 1;
            }
            complete = true;
            break;
        }
        if (!complete) return recordStart;
        for (const Unescaped& u : unescaped) m_fields[u.column] = std::string_view(scratch).substr(u.offset, u.length);
        const std::size_t width = std::max(column, m_wanted.size());
        if (m_fields.size() < width) m_fields.resize(width);
        for (std::size_t i = column; i < m_fields.size(); ++i) m_fields[i] = {};
        m_recordLine = m_line;
        m_line += 1 + embeddedLines;
        pos = p;
        if (!sink.record(m_fields, column, m_recordLine)) {
            m_stopped = true;
            return pos;
        }
    }
    return pos;
}

bool CsvPushTokenizer::push(std::string_view bytes, CsvRecordSink& sink) {
    if (m_stopped) return false;
    if (!m_started) {
        m_pending.append(bytes);
        if (m_pending.size() < 3) return true;
        if (m_pending.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pending.erase(0, 3);
        m_started = true;
        bytes = {};
        const std::size_t used = parse(m_pending, false, sink);
        m_pending.erase(0, used);
        if (m_stopped) return false;
    }
    // A record carried over: complete it line by line (a record can only end at a line end).
    while (!m_pending.empty() && !bytes.empty()) {
        const std::size_t end = bytes.find_first_of("\n\r");
        if (end == std::string_view::npos) {
            m_pending.append(bytes);
            bytes = {};
            break;
        }
        m_pending.append(bytes.substr(0, end + 1));
        bytes.remove_prefix(end + 1);
        const std::size_t used = parse(m_pending, false, sink);
        m_pending.erase(0, used);
        if (m_stopped) return false;
        if (m_pending.size() > kMaxCsvRecordBytes) break;
    }
    if (m_pending.empty() && !bytes.empty()) {
        const std::size_t used = parse(bytes, false, sink);
        if (m_stopped) return false;
        m_pending.assign(bytes.substr(used));
    }
    if (m_pending.size() > kMaxCsvRecordBytes) {
        m_tooLong = true;
        m_recordLine = m_line;
        m_stopped = true;
        return false;
    }
    return true;
}

bool CsvPushTokenizer::finish(CsvRecordSink& sink) {
    if (m_stopped) return false;
    if (!m_started && m_pending.compare(0, 3, "\xEF\xBB\xBF") == 0) m_pending.erase(0, 3);
    m_started = true;
    parse(m_pending, true, sink);
    m_pending.clear();
    return !m_stopped;
}

} // namespace est::formats
