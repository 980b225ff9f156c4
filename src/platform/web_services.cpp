// platform/web_services.cpp - Services in the browser: thin EM_JS calls into window.estimatorServices
// (web/estimator.js).
#include "platform/services.hpp"

#include <emscripten.h>

#include <cstdio>
#include <cstdlib>
#include <string>

// clang-format off
EM_JS(void, est_js_install, (), { window.estimatorServices.install(); });
EM_JS(void, est_js_open_picker, (const char* accept), {
    window.estimatorServices.openFilePicker(UTF8ToString(accept));
});
EM_JS(void, est_js_download, (const char* name, const char* mime, const char* data, int size), {
    window.estimatorServices.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
});
// Returns a malloc'd UTF-8 copy of the value (freed by the caller) or 0 when the key is absent.
EM_JS(int, est_js_open_for_print, (const char* data, int size), {
    return window.estimatorServices.openForPrint(HEAPU8.slice(data, data + size)) ? 1 : 0;
});
EM_JS(char*, est_js_storage_get, (const char* key), {
    const value = window.estimatorServices.storageGet(UTF8ToString(key));
    if (value === null || value === undefined) return 0;
    const size = lengthBytesUTF8(value) + 1;
    const ptr = _est_alloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
});
EM_JS(int, est_js_storage_set, (const char* key, const char* value), {
    return window.estimatorServices.storageSet(UTF8ToString(key), UTF8ToString(value)) ? 1 : 0;
});
EM_JS(void, est_js_storage_remove, (const char* key), { window.estimatorServices.storageRemove(UTF8ToString(key)); });
EM_JS(void, est_js_share, (const char* text), { window.estimatorServices.share(UTF8ToString(text)); });
EM_JS(void, est_js_set_title, (const char* title), { document.title = UTF8ToString(title); });
EM_JS(void, est_js_copy, (const char* text), { window.estimatorServices.copy(UTF8ToString(text)); });
EM_JS(void, est_js_describe_business_case, (const char* headline, const char* figures, const char* steps), {
    window.estimatorServices.describeBusinessCase(UTF8ToString(headline), UTF8ToString(figures), UTF8ToString(steps));
});
EM_JS(double, est_js_now_ms, (), { return performance.now(); });
// Today's date where the user is (year * 10000 + month * 100 + day), not UTC's.
EM_JS(int, est_js_local_date, (), {
    const d = new Date();
    return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});
// The browser's clock in UTC, "YYYY-MM-DDTHH:MM:SSZ": std::strftime would link Emscripten's date formatting JS.
EM_JS(void, est_js_now_iso, (char* out, int size), {
    stringToUTF8(new Date().toISOString().slice(0, 19) + "Z", out, size);
});
EM_JS(void, est_js_fetch_site_file, (const char* path), { window.estimatorServices.fetchSiteFile(UTF8ToString(path)); });
// clang-format on

namespace est::platform {
namespace {
struct Inbox {
    std::vector<IncomingFile> files;
    std::vector<Services::SiteFile> siteFiles;
    std::optional<std::string> shared;
};
Inbox& inbox() {
    static Inbox instance; // filled by JS callbacks between frames
    return instance;
}
} // namespace

Services& services() {
    static Services instance;
    return instance;
}

void Services::install() { est_js_install(); }

void Services::openFilePicker(const std::string& accept) { est_js_open_picker(accept.c_str()); }

std::vector<IncomingFile> Services::takeIncomingFiles() {
    std::vector<IncomingFile> out;
    out.swap(inbox().files);
    return out;
}

void Services::fetchSiteFile(const std::string& path) { est_js_fetch_site_file(path.c_str()); }

std::vector<Services::SiteFile> Services::takeSiteFiles() {
    std::vector<SiteFile> out;
    out.swap(inbox().siteFiles);
    return out;
}

void Services::download(const std::string& fileName, const std::string& mime, const std::string& bytes) {
    est_js_download(fileName.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

bool Services::openForPrint(const std::string& html) {
    return est_js_open_for_print(html.data(), static_cast<int>(html.size())) != 0;
}

std::optional<std::string> Services::get(const std::string& key) {
    char* value = est_js_storage_get(key.c_str());
    if (!value) return std::nullopt;
    std::string out(value);
    std::free(value);
    return out;
}

bool Services::set(const std::string& key, const std::string& value) {
    return est_js_storage_set(key.c_str(), value.c_str()) != 0;
}

void Services::remove(const std::string& key) { est_js_storage_remove(key.c_str()); }

void Services::shareScenario(const std::string& scenarioJson) { est_js_share(scenarioJson.c_str()); }

std::optional<std::string> Services::takeSharedScenario() {
    std::optional<std::string> out;
    out.swap(inbox().shared);
    return out;
}

void Services::copyToClipboard(const std::string& text) { est_js_copy(text.c_str()); }

void Services::setPageTitle(const std::string& title) { est_js_set_title(title.c_str()); }

void Services::describeBusinessCase(const std::string& headline, const std::vector<std::string>& figures,
                                    const std::vector<std::string>& steps) {
    auto lines = [](const std::vector<std::string>& list) {
        std::string out;
        for (const std::string& line : list) out += line + "\n";
        return out;
    };
    est_js_describe_business_case(headline.c_str(), lines(figures).c_str(), lines(steps).c_str());
}

double Services::nowSeconds() const { return est_js_now_ms() / 1000.0; }

std::string Services::localDate() const {
    const int ymd = est_js_local_date();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
    return buffer;
}

std::string Services::nowIso() const {
    char buffer[32];
    est_js_now_iso(buffer, sizeof buffer);
    return buffer;
}

} // namespace est::platform

extern "C" {

/// Memory for JS to hand bytes in (files) and strings out (storage values).
EMSCRIPTEN_KEEPALIVE void* est_alloc(int size) { return std::malloc(static_cast<std::size_t>(size)); }
EMSCRIPTEN_KEEPALIVE void est_free(void* ptr) { std::free(ptr); }

/// A file the user picked or dropped (bytes are copied; JS frees its buffer after the call).
EMSCRIPTEN_KEEPALIVE void est_incoming_file(const char* name, const char* data, int size) {
    est::platform::inbox().files.push_back(
        est::platform::IncomingFile{name, std::string(data, static_cast<std::size_t>(size))});
}

/// One of the site's own files, fetched for the app (bytes are copied); `failure` is "" unless it failed.
EMSCRIPTEN_KEEPALIVE void est_site_file(const char* path, const char* data, int size, const char* failure) {
    est::platform::inbox().siteFiles.push_back(
        {path, std::string(data, static_cast<std::size_t>(size)), std::string(failure)});
}

/// The decoded scenario JSON of the share link the page was opened with (bytes are copied; JS frees its buffer).
EMSCRIPTEN_KEEPALIVE void est_shared_scenario(const char* json, int size) {
    est::platform::inbox().shared = std::string(json, static_cast<std::size_t>(size));
}

/// The share link could not be decoded (damaged, or past the size limit): `reason` is the sentence to show.
EMSCRIPTEN_KEEPALIVE void est_shared_scenario_failed(const char* reason) {
    est::platform::inbox().shared = std::string("\x01") + reason;
}

} // extern "C"
