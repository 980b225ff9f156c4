// platform/services.hpp - the browser services the app needs, behind one interface (web_services.cpp implements it).
#pragma once

#include "app/autosave.hpp"

#include <optional>
#include <string>
#include <vector>

namespace est::platform {

/// A file the user handed to the page (picker or drag and drop).
struct IncomingFile {
    std::string name;  ///< file name as the browser gives it ("vinfo.csv")
    std::string bytes; ///< raw content
};

/// Browser services. Every call returns at once; results of asynchronous work (picker, drop, share link
/// decoding) arrive through takeIncomingFiles() / takeSharedScenario() on a later frame.
class Services : public app::KeyValueStore {
public:
    /// Installs the page listeners (drag and drop, Ctrl+S default suppression, clipboard hook for ImGui).
    void install();
    /// Opens the browser's file picker; `accept` is the input element's accept list (".json,.csv,.xlsx").
    void openFilePicker(const std::string& accept);
    /// Files picked or dropped since the last call, in arrival order.
    std::vector<IncomingFile> takeIncomingFiles();
    /// Fetches one of the site's own files (`path` relative to the page, e.g. "prices/eu-west-1.json"); it
    /// arrives through takeSiteFiles(), or with its failure when it cannot be fetched (the single-file build
    /// opened from disk, a site without the file, offline before the first visit cached it).
    void fetchSiteFile(const std::string& path);
    struct SiteFile {
        std::string path;
        std::string bytes;
        std::string failure; ///< "" when fetched
    };
    std::vector<SiteFile> takeSiteFiles();
    /// Offers `bytes` as a download called `fileName` with MIME type `mime`.
    void download(const std::string& fileName, const std::string& mime, const std::string& bytes);
    /// Opens `html` in a new tab with the browser's print dialog (the executive summary, ready to print or save as
    /// PDF). Returns false when the browser blocked the new tab.
    bool openForPrint(const std::string& html);
    /// localStorage (KeyValueStore). set() returns false when the browser refuses (quota, private mode).
    std::optional<std::string> get(const std::string& key) override;
    bool set(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;
    /// Compresses `scenarioJson` (CompressionStream deflate-raw, base64url) into the URL fragment "#s=..."
    /// and copies the full link to the clipboard. Asynchronous; the page shows nothing is sent anywhere.
    void shareScenario(const std::string& scenarioJson);
    /// When the page was opened with a share link, its decoded scenario JSON (once), else nothing.
    std::optional<std::string> takeSharedScenario();
    /// Puts the overview in the page's DOM for screen readers and the browser's find (an off-screen live
    /// region): the headline, one line per figure, one line per next step.
    void describeBusinessCase(const std::string& headline, const std::vector<std::string>& figures,
                              const std::vector<std::string>& steps);
    /// Sets the page's (browser tab's) title, which is also the title a printed page and the task bar show.
    void setPageTitle(const std::string& title);
    /// Copies text to the system clipboard (navigator.clipboard; ImGui's copy goes through here too).
    void copyToClipboard(const std::string& text);
    /// Seconds since the page loaded (for autosave timing).
    double nowSeconds() const;
    /// The date and time in UTC as ISO 8601 text ("2026-12-02T06:10:00Z", for the autosave record).
    std::string nowIso() const;
    /// Today's date where the user is, "YYYY-MM-DD" (the date printed on exports: "prepared on ...").
    std::string localDate() const;
};

/// The single instance (the JS callbacks need a place to deliver to).
Services& services();

} // namespace est::platform
