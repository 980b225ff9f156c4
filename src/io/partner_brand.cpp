// io/partner_brand.cpp - reads and writes the partner brand: name, colour as "#RRGGBB", optional logo data URL.
#include "io/partner_brand_json.hpp"

#include "formats/base64.hpp"
#include "io/json_writer.hpp"

#include "io/json_cursor.hpp"

#include <cstdio>
#include <utility>

namespace est::io {
namespace {
std::string kilobytes(std::size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

std::string field(const std::string& path, const char* key) {
    return path.empty() ? std::string(key) : path + "." + key;
}
} // namespace

std::optional<std::string> checkLogoDataUrl(std::string_view url, std::string& error) {
    // The base64 forms by MIME type; SVG may also be plain (URL-encoded) text.
    constexpr std::pair<std::string_view, const char*> kBase64[] = {{"data:image/png;base64,", "image/png"},
                                                                    {"data:image/jpeg;base64,", "image/jpeg"},
                                                                    {"data:image/svg+xml;base64,", "image/svg+xml"}};
    constexpr std::string_view kSvgText = "data:image/svg+xml,";
    const std::size_t limit = kMaxPartnerLogoBytes;
    // Base64 grows data by 4/3: reject what cannot fit before decoding it.
    if (url.size() > limit * 4 / 3 + 64) {
        error = "the image is about " + kilobytes(url.size() * 3 / 4) + "; a logo may be at most " + kilobytes(limit);
        return std::nullopt;
    }
    std::string bytes;
    std::string mime;
    for (const auto& [prefix, type] : kBase64) {
        if (url.substr(0, prefix.size()) != prefix) continue;
        mime = type;
        // The length check above bounds the decoded size; the size check below reports it.
        if (!formats::decodeBase64(url.substr(prefix.size()), bytes)) {
            error = "the base64 data of the image is damaged (characters outside A-Z a-z 0-9 + /)";
            return std::nullopt;
        }
    }
    if (mime.empty() && url.substr(0, kSvgText.size()) == kSvgText) {
        mime = "image/svg+xml";
        bytes = std::string(url.substr(kSvgText.size()));
    }
    if (mime.empty()) {
        error = "must be a PNG, JPEG or SVG image as a data URL (\"data:image/png;base64,...\", "
                "\"data:image/jpeg;base64,...\" or \"data:image/svg+xml;base64,...\")";
        return std::nullopt;
    }
    if (bytes.size() > limit) {
        error = "the image is more than " + kilobytes(limit) + "; a logo may be at most " + kilobytes(limit);
        return std::nullopt;
    }
    if (mime == "image/png") {
        constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
        if (bytes.size() < 8 || std::string_view(bytes).substr(0, 8) != kSignature) {
            error = "the data URL says PNG but the data is not a PNG image";
            return std::nullopt;
        }
    } else if (mime == "image/jpeg") {
        if (bytes.size() < 3 || std::string_view(bytes).substr(0, 3) != std::string_view("\xFF\xD8\xFF", 3)) {
            error = "the data URL says JPEG but the data is not a JPEG image";
            return std::nullopt;
        }
    } else if (bytes.find("<svg") == std::string::npos && bytes.find("%3Csvg") == std::string::npos &&
               bytes.find("%3csvg") == std::string::npos) {
        error = "the data URL says SVG but the data has no <svg> element";
        return std::nullopt;
    }
    return mime;
}

namespace {
// The MIME type an image file's first bytes announce; "" for anything else.
std::string sniffLogoMime(std::string_view bytes) {
    if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return "image/png";
    if (bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)) return "image/jpeg";
    // SVG is text: a byte-order mark, an XML declaration, comments or a doctype may come before <svg.
    std::string_view head = bytes.substr(0, 4096);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    const std::size_t start = head.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || head[start] != '<') return {};
    if (head.find("<svg") != std::string_view::npos) return "image/svg+xml";
    return {};
}
} // namespace

bool looksLikeLogoImage(std::string_view bytes) { return !sniffLogoMime(bytes).empty(); }

std::string logoDataUrlFromFile(std::string_view bytes, std::string& error) {
    const std::string mime = sniffLogoMime(bytes);
    if (mime.empty()) {
        error = "is not a PNG, JPEG or SVG image";
        return {};
    }
    if (bytes.size() > kMaxPartnerLogoBytes) {
        error = "is " + kilobytes(bytes.size()) + "; a logo may be at most " + kilobytes(kMaxPartnerLogoBytes);
        return {};
    }
    std::string url = "data:" + mime + ";base64," + formats::encodeBase64(bytes);
    if (!checkLogoDataUrl(url, error)) return {};
    return url;
}

std::optional<PartnerBrand> readPartnerBrand(const formats::JsonValue& doc, const std::string& path,
                                             std::vector<formats::InputProblem>& problems) {
    if (!doc.isObject()) {
        problems.push_back(
            {path.empty() ? "(document)" : path, "expected an object, got " + std::string(doc.typeName())});
        return std::nullopt;
    }
    PartnerBrand brand;
    const formats::JsonValue* name = doc.find("partnerName");
    if (name == nullptr || !name->isString() || name->asString().empty()) {
        problems.push_back({field(path, "partnerName"), "must be a non-empty string"});
        return std::nullopt;
    }
    brand.name = name->asString();
    if (const formats::JsonValue* tagline = doc.find("tagline"); tagline != nullptr && !tagline->isNull()) {
        if (!tagline->isString()) {
            problems.push_back({field(path, "tagline"), "expected a string, got " + std::string(tagline->typeName())});
            return std::nullopt;
        }
        brand.tagline = tagline->asString();
    }
    if (const formats::JsonValue* accent = doc.find("accentColor"); accent != nullptr && !accent->isNull()) {
        const std::string text = accent->isString() ? accent->asString() : std::string();
        if (text.size() != 7 || text[0] != '#' ||
            text.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos) {
            problems.push_back({field(path, "accentColor"), "expected \"#RRGGBB\", got " + compactJson(*accent)});
            return std::nullopt;
        }
        brand.accentRgb = static_cast<std::uint32_t>(std::stoul(text.substr(1), nullptr, 16));
    }
    if (const formats::JsonValue* logo = doc.find("logo"); logo != nullptr && !logo->isNull()) {
        if (!logo->isString()) {
            problems.push_back(
                {field(path, "logo"), "expected a data URL string, got " + std::string(logo->typeName())});
            return std::nullopt;
        }
        std::string error;
        const std::string& url = logo->asString();
        const std::optional<std::string> mime = checkLogoDataUrl(url, error);
        if (!mime) {
            problems.push_back({field(path, "logo"), error});
            return std::nullopt;
        }
        brand.logoDataUrl = url;
        brand.logoMime = *mime;
    }
    return brand;
}

std::string accentHex(std::uint32_t rgb) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "#%06X", static_cast<unsigned>(rgb & 0xFFFFFFu));
    return hex;
}

void writePartnerBrand(JsonWriter& w, const PartnerBrand& brand) {
    w.beginObject().field("partnerName", brand.name);
    if (!brand.tagline.empty()) w.field("tagline", brand.tagline);
    if (brand.accentRgb != 0) w.field("accentColor", accentHex(brand.accentRgb));
    if (!brand.logoDataUrl.empty()) w.field("logo", brand.logoDataUrl);
    w.endObject();
}

} // namespace est::io
