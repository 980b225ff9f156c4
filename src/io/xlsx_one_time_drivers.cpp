// io/xlsx_one_time_drivers.cpp - the yearly one-time cost as rates x servers (see xlsx_one_time_drivers.hpp).
#include "io/xlsx_one_time_drivers.hpp"

#include "model/assumptions.hpp"
#include "model/engine.hpp"

#include <cmath>
#include <string_view>

namespace est::io {
namespace {

constexpr std::string_view kRatePrefix = "rules.";
constexpr std::string_view kRateSuffix = ".oneTimeUsdPerWorkload";
constexpr std::string_view kDiscountKey = "program.professionalServicesDiscountPct";
// A rate step large enough to measure a fraction of a server to the cent, small next to the 1e7 bound.
constexpr double kRateStep = 1000.0;
constexpr double kCent = 0.005;

bool isRate(std::string_view key) {
    return key.size() > kRatePrefix.size() + kRateSuffix.size() && key.substr(0, kRatePrefix.size()) == kRatePrefix &&
           key.substr(key.size() - kRateSuffix.size()) == kRateSuffix;
}

// Every yearly flow other than the one-time cost: a rate must move none of them for the formulas to tell the truth.
bool othersUnchanged(const model::Result& a, const model::Result& b) {
    if (a.yearly.size() != b.yearly.size()) return false;
    for (std::size_t y = 0; y < a.yearly.size(); ++y) {
        const model::PeriodFigures& p = a.yearly[y];
        const model::PeriodFigures& q = b.yearly[y];
        const double pairs[][2] = {{p.statusQuoUsd, q.statusQuoUsd},
                                   {p.legacyUsd, q.legacyUsd},
                                   {p.awsUsd, q.awsUsd},
                                   {p.subscriptionUsd, q.subscriptionUsd},
                                   {p.opsLabourUsd, q.opsLabourUsd},
                                   {p.licencesKeptUsd, q.licencesKeptUsd},
                                   {p.fundingTotalUsd, q.fundingTotalUsd}};
        for (const auto& pair : pairs)
            if (std::fabs(pair[0] - pair[1]) > kCent) return false;
    }
    return true;
}

} // namespace

OneTimeDrivers oneTimeDrivers(const model::Scenario& s, const model::Result& r, std::size_t maxWorkloads) {
    OneTimeDrivers out;
    if (!r.ok() || r.yearly.empty() || s.workloads.size() > maxWorkloads) return out;
    const std::vector<model::Assumption>& registry = model::assumptions();
    const model::Assumption* discount = nullptr;
    for (std::size_t i = 0; i < registry.size(); ++i)
        if (registry[i].key == kDiscountKey) {
            discount = &registry[i];
            out.discountIndex = static_cast<int>(i);
        }
    if (discount == nullptr || discount->get == nullptr || discount->set == nullptr) return out;
    const double psFactor = 1.0 - discount->get(s);
    if (psFactor <= 0.0) return out;
    const std::size_t years = r.yearly.size();

    // Servers per year and disposition: the change in each year's one-time cost per dollar of rate, undiscounted.
    for (std::size_t i = 0; i < registry.size(); ++i) {
        const model::Assumption& a = registry[i];
        if (!isRate(a.key) || a.get == nullptr || a.set == nullptr) continue;
        model::Scenario raised = s;
        a.set(raised, a.get(s) + kRateStep);
        const model::Result moved = model::estimate(raised);
        if (!moved.ok() || moved.yearly.size() != years) return out;
        OneTimeDriver d{std::string(a.key), std::string(a.label), static_cast<int>(i), std::vector<double>(years, 0.0)};
        bool any = false;
        for (std::size_t y = 0; y < years; ++y) {
            d.serversPerYear[y] = (moved.yearly[y].oneTimeUsd - r.yearly[y].oneTimeUsd) / kRateStep / psFactor;
            any = any || std::fabs(d.serversPerYear[y]) > 1e-9;
        }
        if (any) out.drivers.push_back(std::move(d));
    }
    // What the discount covers, from one more estimate at another discount: the discounted part D and the rest U
    // (the assessment fee, booked as one-time cost, is not a migration service) solve
    // oneTime = (1 - discount) x D + U at both discounts.
    const double today = discount->get(s);
    const double otherDiscount = today > 0.0 ? today / 2.0 : 0.1;
    model::Scenario discounted = s;
    discount->set(discounted, otherDiscount);
    const model::Result byDiscount = model::estimate(discounted);
    if (!byDiscount.ok() || byDiscount.yearly.size() != years || !othersUnchanged(r, byDiscount)) return out;
    out.otherPerYear.assign(years, 0.0);
    out.undiscountedPerYear.assign(years, 0.0);
    for (std::size_t y = 0; y < years; ++y) {
        const double covered =
            (r.yearly[y].oneTimeUsd - byDiscount.yearly[y].oneTimeUsd) / (psFactor - (1.0 - otherDiscount));
        out.undiscountedPerYear[y] = r.yearly[y].oneTimeUsd - psFactor * covered;
        double rated = 0.0;
        for (const OneTimeDriver& d : out.drivers)
            rated += d.serversPerYear[y] * registry[static_cast<std::size_t>(d.assumptionIndex)].get(s);
        out.otherPerYear[y] = covered - rated;
    }

    // The checks: the decomposition must predict an estimate at other rates and discount, and nothing else may
    // move. Funding paid as costed waits on the one-time cost booked, so a small programme's partner cash can
    // shift between years with a rate: then the workbook keeps plain figures. Both directions are tried: each
    // rate raised by its own amount with half the discount (10 % when there is none), and every rate halved.
    auto predicts = [&](double rateScale, double rateStep, double checkDiscount) {
        model::Scenario check = s;
        std::vector<double> rates;
        for (std::size_t k = 0; k < out.drivers.size(); ++k) {
            const model::Assumption& a = registry[static_cast<std::size_t>(out.drivers[k].assumptionIndex)];
            rates.push_back(a.get(s) * rateScale + rateStep * static_cast<double>(k + 2));
            a.set(check, rates.back());
        }
        discount->set(check, checkDiscount);
        const model::Result checked = model::estimate(check);
        if (!checked.ok() || !othersUnchanged(r, checked)) return false;
        for (std::size_t y = 0; y < years; ++y) {
            double predicted = out.otherPerYear[y];
            for (std::size_t k = 0; k < out.drivers.size(); ++k)
                predicted += out.drivers[k].serversPerYear[y] * rates[k];
            predicted = predicted * (1.0 - checkDiscount) + out.undiscountedPerYear[y];
            if (std::fabs(predicted - checked.yearly[y].oneTimeUsd) > kCent) return false;
        }
        return true;
    };
    out.live = predicts(1.0, kRateStep, today > 0.0 ? today / 2.0 : 0.1) && predicts(0.5, 0.0, today);
    return out;
}

} // namespace est::io
