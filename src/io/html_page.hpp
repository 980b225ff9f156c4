// io/html_page.hpp - the start of every HTML page the product exports: charset, a strict Content-Security-Policy.
#pragma once

#include <string>
#include <string_view>

namespace est::io {

/// The policy of every exported page (the executive summary, the report): a page a CFO opens from a mail
/// attachment runs nothing and loads nothing from elsewhere, even if a hostile name slipped past the escaping.
/// Inline styles and data: images (the partner logo) are all the pages use.
inline constexpr std::string_view kExportedPageCsp =
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// The palette (io/palette.hpp) as CSS custom properties: ":root{--today:#64748B;--aws:#FF9900;...}", the same
/// colours the app and the workbook's charts draw with. Pages style with var(--today), var(--aws), var(--one-time),
/// var(--savings), var(--funding), var(--assess), var(--mobilize), var(--credits), var(--training), var(--warning),
/// var(--fail), var(--other-run).
std::string paletteCss();

/// "<!DOCTYPE html>...<head>" with charset, the policy above, viewport, `escapedTitle` (already HTML-escaped)
/// and paletteCss() then `css` in a <style> element, ending with "</head><body>\n".
std::string htmlPageStart(std::string_view escapedTitle, std::string_view css);

} // namespace est::io
