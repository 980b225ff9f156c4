// formats/csv_stream.cpp - RFC 4180 CSV records read one at a time from a stream.
#include "formats/csv_stream.hpp"

#include <algorithm>

#include "formats/csv.hpp"

namespace est::formats {
namespace {
constexpr std::size_t kChunkBytes = 1 << 16;
}

std::size_t MemoryByteSource::read(char* out, std::size_t capacity) {
    const std::size_t n = std::min(capacity, rest_.size());
    std::copy_n(rest_.data(), n, out);
    rest_.remove_prefix(n);
    return n;
}

std::size_t IstreamByteSource::read(char* out, std::size_t capacity) {
    if (!in_) return 0;
    in_.read(out, static_cast<std::streamsize>(capacity));
    return static_cast<std::size_t>(in_.gcount());
}

CsvRecordReader::CsvRecordReader(ByteSource& in, char separator)
    : in_(in), separator_(separator), buffer_(kChunkBytes) {}

CsvRecordReader::CsvRecordReader(std::istream& in, char separator)
    : ownedSource_(std::make_unique<IstreamByteSource>(in)), in_(*ownedSource_), separator_(separator),
      buffer_(kChunkBytes) {}

bool CsvRecordReader::fill() {
    if (pos_ < end_) return true;
    if (ended_) return false;
    end_ = in_.read(buffer_.data(), buffer_.size());
    ended_ = end_ == 0;
    pos_ = 0;
    if (!started_ && end_ >= 3 && buffer_[0] == '\xEF' && buffer_[1] == '\xBB' && buffer_[2] == '\xBF') pos_ = 3;
    started_ = true;
    return pos_ < end_;
}

int CsvRecordReader::peek() { return fill() ? static_cast<unsigned char>(buffer_[pos_]) : -1; }

bool CsvRecordReader::next(std::vector<std::string>& fields) {
    unclosedQuote_ = false;
    for (;;) {
        std::size_t count = 0;
        auto field = [&]() -> std::string& {
            if (count == fields.size()) fields.emplace_back();
            return fields[count];
        };
        field().clear();
        bool inQuotes = false;
        bool anyText = false; // a blank line is no record
        int c = peek();
        if (c < 0 || recordTooLong_) return false;
        recordLine_ = line_;
        std::size_t recordBytes = 0;
        for (;;) {
            c = peek();
            if (c < 0) {
                unclosedQuote_ = inQuotes;
                break;
            }
            if (++recordBytes > kMaxCsvRecordBytes) {
                recordTooLong_ = true;
                return false;
            }
            ++pos_;
            const char ch = static_cast<char>(c);
            if (inQuotes) {
                if (ch == '"') {
                    if (peek() == '"') {
                        ++pos_;
                        field().push_back('"');
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                if (ch == '\n' || (ch == '\r' && peek() != '\n')) ++line_;
                field().push_back(ch);
                continue;
            }
            if (ch == '"') {
                inQuotes = true;
                anyText = true;
            } else if (ch == separator_) {
                anyText = true;
                ++count;
                field().clear();
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && peek() == '\n') ++pos_;
                ++line_;
                break;
            } else {
                anyText = true;
                field().push_back(ch);
            }
        }
        if (!anyText) {
            if (c < 0) return false;
            continue;
        }
        fields.resize(count + 1);
        return true;
    }
}

} // namespace est::formats
