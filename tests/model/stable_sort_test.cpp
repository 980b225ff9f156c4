// tests/model/stable_sort_test.cpp - the shared stable sort orders as std::stable_sort does, ties included.
#include "model/stable_sort.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

using est::model::stableOrder;
using est::model::stableSort;

TEST_CASE("stableSort keeps tied items in their first order", "[stable_sort]") {
    // By the number only: b1 and b2 tie (2), as do c1 and c2 (3); each pair keeps its input order.
    std::vector<std::pair<int, std::string>> items = {{3, "c1"}, {2, "b1"}, {1, "a"}, {3, "c2"}, {2, "b2"}};
    stableSort(items, [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> names;
    for (const auto& item : items) names.push_back(item.second);
    CHECK(names == std::vector<std::string>{"a", "b1", "b2", "c1", "c2"});
}

TEST_CASE("stableOrder of nothing and of one position", "[stable_sort]") {
    const auto never = [](std::size_t, std::size_t) { return false; };
    CHECK(stableOrder(0, never).empty());
    CHECK(stableOrder(1, never) == std::vector<std::size_t>{0});
}

TEST_CASE("stableSort matches std::stable_sort across run and merge boundaries", "[stable_sort]") {
    // Sizes around the 16-element insertion runs and their merges, keys drawn from few values so most compare equal.
    std::mt19937 random(23);
    for (const std::size_t size : {2u, 15u, 16u, 17u, 31u, 32u, 33u, 100u, 257u, 1000u}) {
        for (const int distinctKeys : {1, 3, 50}) {
            std::vector<std::pair<int, std::size_t>> items;
            for (std::size_t i = 0; i < size; ++i)
                items.emplace_back(std::uniform_int_distribution<int>(1, distinctKeys)(random), i);
            std::vector<std::pair<int, std::size_t>> expected = items;
            const auto byKeyDescending = [](const auto& x, const auto& y) { return x.first > y.first; };
            std::stable_sort(expected.begin(), expected.end(), byKeyDescending);
            stableSort(items, byKeyDescending);
            INFO("size " << size << ", " << distinctKeys << " distinct keys");
            CHECK(items == expected);
        }
    }
}

TEST_CASE("stableSort moves items it cannot copy", "[stable_sort]") {
    std::vector<std::unique_ptr<int>> items;
    for (const int v : {4, 1, 3}) items.push_back(std::make_unique<int>(v));
    stableSort(items, [](const auto& x, const auto& y) { return *x < *y; });
    CHECK(*items[0] == 1);
    CHECK(*items[1] == 3);
    CHECK(*items[2] == 4);
}
