// tests/app/map_store.hpp - the browser's localStorage in tests: a map that can be told to refuse writes (quota).
#pragma once

#include "app/autosave.hpp"

#include <map>
#include <optional>
#include <string>

namespace est::test {

struct MapStore : app::KeyValueStore {
    std::map<std::string, std::string> values;
    bool refuse = false; ///< every set() fails, as a full store does
    std::optional<std::string> get(const std::string& key) override {
        const auto it = values.find(key);
        return it == values.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    bool set(const std::string& key, const std::string& value) override {
        if (refuse) return false;
        values[key] = value;
        return true;
    }
    void remove(const std::string& key) override { values.erase(key); }
};

} // namespace est::test
