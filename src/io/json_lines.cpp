// io/json_lines.cpp - where things are in JSON text: nesting depth, byte offset to line and column, value paths
// to lines. A second, minimal tokenizer beside the parser (formats/json_value), whose tree keeps no positions.
#include "io/json_lines.hpp"

#include <string>

namespace est::io {

bool jsonTooDeep(std::string_view s) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

std::pair<int, int> lineColumnOf(std::string_view s, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < s.size() && i < offset; ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::vector<std::pair<std::string, int>> jsonPathLines(std::string_view s) {
    // A small tokenizer: tracks the container stack and records the line where each value starts.
    std::vector<std::pair<std::string, int>> out;
    struct Frame {
        bool isArray;
        std::string path;
        std::size_t index;
        std::string key;
    };
    std::vector<Frame> stack;
    int line = 1;
    bool expectKey = false;
    auto valuePath = [&]() -> std::string {
        if (stack.empty()) return "";
        const Frame& f = stack.back();
        if (f.isArray) return f.path + "[" + std::to_string(f.index) + "]";
        return f.path.empty() ? f.key : f.path + "." + f.key;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == ':') continue;
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isArray)
                    ++stack.back().index;
                else
                    expectKey = true;
            }
            continue;
        }
        if (c == '}' || c == ']') {
            if (stack.empty()) return {};
            stack.pop_back();
            expectKey = false;
            continue;
        }
        if (c == '"') {
            std::string str;
            ++i;
            for (; i < s.size() && s[i] != '"'; ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) ++i;
                if (s[i] == '\n') ++line;
                str.push_back(s[i]);
            }
            if (expectKey) {
                stack.back().key = std::move(str);
                expectKey = false;
            } else {
                out.emplace_back(valuePath(), line);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            const std::string path = valuePath();
            out.emplace_back(path, line);
            stack.push_back({c == '[', path, 0, {}});
            expectKey = c == '{';
            if (stack.size() > static_cast<std::size_t>(kMaxJsonDepth)) return {};
            continue;
        }
        // A bare literal (number, true, false, null): skip to its end.
        out.emplace_back(valuePath(), line);
        while (i + 1 < s.size() && std::string_view(",}] \t\r\n").find(s[i + 1]) == std::string_view::npos) ++i;
    }
    return out;
}

} // namespace est::io
