// io/html_page.cpp - the start of every exported HTML page (see html_page.hpp).
#include "io/html_page.hpp"

namespace est::io {

std::string htmlPageStart(std::string_view escapedTitle, std::string_view css) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    h += kExportedPageCsp;
    h += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    h += escapedTitle;
    h += "</title>\n<style>";
    h += css;
    h += "</style></head><body>\n";
    return h;
}

} // namespace est::io
