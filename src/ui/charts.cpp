// ui/charts.cpp - chart drawing: nice tick steps, plot frame, series, legends and hover tooltips.
#include "ui/charts.hpp"
#include "ui/widget_locator.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace est::ui::charts {
namespace {

struct Range1 {
    double lo = 0.0;
    double hi = 1.0;
};

// A "nice" step (1, 2, 2.5, 5 x 10^n) giving about `target` ticks; ticks read as round numbers on a slide.
double niceStep(double span, int target) {
    if (span <= 0.0) return 1.0;
    const double raw = span / target;
    double magnitude = 1.0;
    while (magnitude * 10.0 <= raw) magnitude *= 10.0;
    while (magnitude > raw) magnitude /= 10.0;
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1.0   ? 1.0
                        : fraction <= 2.0 ? 2.0
                        : fraction <= 2.5 ? 2.5
                        : fraction <= 5.0 ? 5.0
                                          : 10.0;
    return nice * magnitude;
}

Range1 niceRange(double lo, double hi, double& step) {
    if (lo > 0.0) lo = 0.0; // money charts start at zero so bar and line heights compare honestly
    if (hi < 0.0) hi = 0.0;
    if (hi - lo < 1e-9) hi = lo + 1000.0; // an all-zero series still gets a readable axis
    step = niceStep(hi - lo, 5);
    return {std::floor(lo / step) * step, std::ceil(hi / step) * step};
}

// The plot frame: reserves the item, draws the y grid with ticks and titles, returns the inner plot rect.
struct Frame {
    ImVec2 min, max; // plot area
    ImVec2 outerMin, outerMax;
    Range1 y;
    bool hovered = false;
    ImVec2 mouse;
    float toY(double v) const {
        const double t = (v - y.lo) / (y.hi - y.lo);
        return max.y - static_cast<float>(t) * (max.y - min.y);
    }
};

// Lays the legend out in rows that fit `width`; returns the number of rows (0 without series).
int legendRows(const std::vector<std::string>& labels, float width) {
    if (labels.empty()) return 0;
    const float line = ImGui::GetTextLineHeight();
    int rows = 1;
    float x = 0.0f;
    for (const std::string& label : labels) {
        const float w = line + ImGui::CalcTextSize(label.c_str()).x + line;
        if (x > 0.0f && x + w > width) {
            ++rows;
            x = 0.0f;
        }
        x += w;
    }
    return rows;
}

std::vector<std::string> labelsOf(const std::vector<Series>& series) {
    std::vector<std::string> out;
    for (const Series& s : series) out.push_back(s.label);
    return out;
}

Frame beginFrame(const char* id, const Axes& axes, double lo, double hi, float height,
                 const std::vector<std::string>& legendLabels) {
    Frame f;
    double step = 1.0;
    f.y = niceRange(lo, hi, step);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    float labelWidth = 0.0f;
    for (double v = f.y.lo; v <= f.y.hi + step * 0.5; v += step)
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(axes.yTick(v).c_str()).x);
    const float legendHeight = static_cast<float>(legendRows(legendLabels, width * 0.9f)) * line * 1.2f +
                               (legendLabels.empty() ? 0.0f : style.ItemSpacing.y);
    f.outerMin = origin;
    f.outerMax = ImVec2(origin.x + width, origin.y + height);
    f.min = ImVec2(origin.x + labelWidth + style.ItemSpacing.x * 2.0f, origin.y + line * 1.4f + legendHeight);
    f.max = ImVec2(f.outerMax.x - style.ItemSpacing.x, f.outerMax.y - line * 2.6f);
    ImGui::InvisibleButton(id, ImVec2(width, height));
    f.hovered = ImGui::IsItemHovered();
    f.mouse = ImGui::GetIO().MousePos;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    dl->AddText(ImVec2(origin.x, origin.y), muted, axes.yTitle.c_str());
    for (double v = f.y.lo; v <= f.y.hi + step * 0.5; v += step) {
        const float yy = f.toY(v);
        dl->AddLine(ImVec2(f.min.x, yy), ImVec2(f.max.x, yy), std::abs(v) < step * 0.01 ? muted : grid, 1.0f);
        const std::string label = axes.yTick(v);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(f.min.x - size.x - style.ItemSpacing.x, yy - size.y * 0.5f), text, label.c_str());
    }
    const ImVec2 titleSize = ImGui::CalcTextSize(axes.xTitle.c_str());
    dl->AddText(ImVec2((f.min.x + f.max.x - titleSize.x) * 0.5f, f.outerMax.y - line * 1.2f), muted,
                axes.xTitle.c_str());
    return f;
}

void legend(const Frame& f, const std::vector<Series>& series) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    float x = f.min.x;
    float y = f.outerMin.y + line * 1.3f;
    for (const Series& s : series) {
        const float w = line + ImGui::CalcTextSize(s.label.c_str()).x + line;
        if (x > f.min.x && x + w > f.outerMax.x) {
            x = f.min.x;
            y += line * 1.2f;
        }
        dl->AddRectFilled(ImVec2(x, y + line * 0.25f), ImVec2(x + line * 0.8f, y + line * 0.75f), s.colour, 2.0f);
        x += line;
        dl->AddText(ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), s.label.c_str());
        x += ImGui::CalcTextSize(s.label.c_str()).x + line;
    }
}

void xLabels(const Frame& f, const Axes& axes, std::size_t count, bool centred) {
    if (count == 0 || !axes.xLabel) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float slot = (f.max.x - f.min.x) / static_cast<float>(centred ? count : std::max<std::size_t>(1, count - 1));
    // Label only as many positions as fit without overlapping.
    const float widest = ImGui::CalcTextSize(axes.xLabel(static_cast<int>(count - 1)).c_str()).x + 12.0f;
    int every = axes.xLabelEvery > 0 ? axes.xLabelEvery : 1;
    while (slot * static_cast<float>(every) < widest) ++every;
    for (std::size_t i = 0; i < count; i += static_cast<std::size_t>(every)) {
        const std::string label = axes.xLabel(static_cast<int>(i));
        const float cx = f.min.x + slot * (static_cast<float>(i) + (centred ? 0.5f : 0.0f));
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(cx - size.x * 0.5f, f.max.y + 4.0f), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    }
}

void tooltipAt(const Axes& axes, std::size_t i, const std::vector<Series>& series, bool withTotal) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(axes.xLabel ? axes.xLabel(static_cast<int>(i)).c_str() : "");
    double total = 0.0;
    for (const Series& s : series) {
        if (i >= s.values.size()) continue;
        ImGui::ColorButton(s.label.c_str(), ImGui::ColorConvertU32ToFloat4(s.colour), ImGuiColorEditFlags_NoTooltip,
                           ImVec2(ImGui::GetTextLineHeight(), ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        ImGui::Text("%s: %s", s.label.c_str(), axes.yExact(s.values[i]).c_str());
        total += s.values[i];
    }
    if (withTotal) ImGui::Text("Total: %s", axes.yExact(total).c_str());
    ImGui::EndTooltip();
}

} // namespace

std::string fitText(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string out = text;
    while (!out.empty() && ImGui::CalcTextSize((out + "...").c_str()).x > width) out.pop_back();
    return out + "...";
}

namespace {
void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float thickness) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    const float dash = 6.0f;
    for (float t = 0.0f; t < length; t += dash * 2.0f) {
        const float t2 = std::min(length, t + dash);
        dl->AddLine(ImVec2(a.x + dx * t / length, a.y + dy * t / length),
                    ImVec2(a.x + dx * t2 / length, a.y + dy * t2 / length), colour, thickness);
    }
}

// The frame of a chart of every value of `series` (line or side-by-side bars), with its legend and x labels
// (`centred`: one slot per x position, as bars); `count` is the number of x positions.
Frame seriesFrame(const char* id, const std::vector<Series>& series, const Axes& axes, float height, bool centred,
                  std::size_t& count) {
    double lo = 0.0, hi = 0.0;
    count = 0;
    for (const Series& s : series) {
        count = std::max(count, s.values.size());
        for (double v : s.values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    Frame f = beginFrame(id, axes, lo, hi, height, labelsOf(series));
    legend(f, series);
    xLabels(f, axes, count, centred);
    return f;
}
// Bars: the x slot under the mouse gets a frame and the tooltip of its values (`withTotal`: and their sum).
void hoverSlot(const Frame& f, const Axes& axes, const std::vector<Series>& series, std::size_t count, bool withTotal) {
    if (!f.hovered || count == 0 || f.mouse.x < f.min.x || f.mouse.x >= f.max.x) return;
    const float slot = (f.max.x - f.min.x) / static_cast<float>(count);
    const auto i = std::min(count - 1, static_cast<std::size_t>((f.mouse.x - f.min.x) / slot));
    const float x0 = f.min.x + slot * static_cast<float>(i);
    ImGui::GetWindowDrawList()->AddRect(ImVec2(x0, f.min.y), ImVec2(x0 + slot, f.max.y),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled));
    tooltipAt(axes, i, series, withTotal);
}
} // namespace

void line(const char* id, const std::vector<Series>& series, const Axes& axes, float height) {
    std::size_t count = 0;
    const Frame f = seriesFrame(id, series, axes, height, false, count);
    if (count < 2) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float step = (f.max.x - f.min.x) / static_cast<float>(count - 1);
    const float thickness = std::max(2.0f, ImGui::GetFontSize() * 0.15f);
    std::vector<ImVec2> points;
    for (const Series& s : series) {
        points.clear();
        for (std::size_t i = 0; i < s.values.size(); ++i)
            points.push_back(ImVec2(f.min.x + step * static_cast<float>(i), f.toY(s.values[i])));
        if (s.dashed)
            for (std::size_t i = 1; i < points.size(); ++i)
                dashedLine(dl, points[i - 1], points[i], s.colour, thickness);
        else
            dl->AddPolyline(points.data(), static_cast<int>(points.size()), s.colour, 0, thickness);
    }
    if (axes.markerX >= 0 && static_cast<std::size_t>(axes.markerX) < count) {
        // Where the lines cross: a solid rule and its label, kept inside the plot.
        const float x = f.min.x + step * static_cast<float>(axes.markerX);
        const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
        dl->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), text, std::max(1.0f, thickness * 0.5f));
        const ImVec2 size = ImGui::CalcTextSize(axes.markerLabel.c_str());
        const float left = std::clamp(x + 4.0f, f.min.x, f.max.x - size.x);
        dl->AddRectFilled(ImVec2(left - 2.0f, f.min.y), ImVec2(left + size.x + 2.0f, f.min.y + size.y),
                          ImGui::GetColorU32(ImGuiCol_WindowBg));
        dl->AddText(ImVec2(left, f.min.y), text, axes.markerLabel.c_str());
    }
    if (f.hovered && f.mouse.x >= f.min.x - step * 0.5f && f.mouse.x <= f.max.x + step * 0.5f) {
        const auto i = static_cast<std::size_t>(
            std::clamp((f.mouse.x - f.min.x) / step + 0.5f, 0.0f, static_cast<float>(count - 1)));
        const float x = f.min.x + step * static_cast<float>(i);
        dl->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), 1.0f);
        for (const Series& s : series)
            if (i < s.values.size()) dl->AddCircleFilled(ImVec2(x, f.toY(s.values[i])), thickness * 2.0f, s.colour);
        tooltipAt(axes, i, series, false);
    }
}

void groupedBars(const char* id, const std::vector<Series>& series, const Axes& axes, float height) {
    std::size_t count = 0;
    const Frame f = seriesFrame(id, series, axes, height, true, count);
    if (count == 0 || series.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float slot = (f.max.x - f.min.x) / static_cast<float>(count);
    const float group = slot * 0.8f;
    const float bar = group / static_cast<float>(series.size());
    const float gap = std::min(2.0f, bar * 0.1f);
    for (std::size_t i = 0; i < count; ++i) {
        const float x0 = f.min.x + slot * static_cast<float>(i) + (slot - group) * 0.5f;
        for (std::size_t k = 0; k < series.size(); ++k) {
            const Series& s = series[k];
            if (i >= s.values.size()) continue;
            const float left = x0 + bar * static_cast<float>(k);
            const float y0 = f.toY(0.0), y1 = f.toY(s.values[i]);
            const ImVec2 a(left + gap, std::min(y0, y1)), b(left + bar - gap, std::max(y0, y1));
            if (s.dashed) { // a reference (today): outlined, so the bar that is the plan stands out
                ImVec4 fill = ImGui::ColorConvertU32ToFloat4(s.colour);
                fill.w = 0.5f;
                dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(fill));
                dl->AddRect(a, b, s.colour, 0.0f, 0, 2.0f);
            } else {
                dl->AddRectFilled(a, b, s.colour);
            }
        }
    }
    hoverSlot(f, axes, series, count, false);
}

void stackedBars(const char* id, const std::vector<Series>& series, const Axes& axes, float height) {
    std::size_t count = 0;
    for (const Series& s : series) count = std::max(count, s.values.size());
    double lo = 0.0, hi = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        double up = 0.0, down = 0.0;
        for (const Series& s : series)
            if (i < s.values.size()) (s.values[i] >= 0.0 ? up : down) += s.values[i];
        hi = std::max(hi, up);
        lo = std::min(lo, down);
    }
    Frame f = beginFrame(id, axes, lo, hi, height, labelsOf(series));
    legend(f, series);
    xLabels(f, axes, count, true);
    if (count == 0) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float slot = (f.max.x - f.min.x) / static_cast<float>(count);
    const float barWidth = slot * 0.7f;
    for (std::size_t i = 0; i < count; ++i) {
        const float x0 = f.min.x + slot * static_cast<float>(i) + (slot - barWidth) * 0.5f;
        double up = 0.0, down = 0.0;
        for (const Series& s : series) {
            if (i >= s.values.size() || s.values[i] == 0.0) continue;
            double& base = s.values[i] >= 0.0 ? up : down;
            const float y0 = f.toY(base);
            base += s.values[i];
            const float y1 = f.toY(base);
            dl->AddRectFilled(ImVec2(x0, std::min(y0, y1)), ImVec2(x0 + barWidth, std::max(y0, y1)), s.colour);
        }
    }
    hoverSlot(f, axes, series, count, true);
}

void band(const char* id, const Series& low, const Series& mid, const Series& high, const Axes& axes, float height) {
    double lo = 0.0, hi = 0.0;
    const std::size_t count = mid.values.size();
    for (const Series* s : {&low, &mid, &high})
        for (double v : s->values) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const std::vector<Series> all = {high, mid, low};
    Frame f = beginFrame(id, axes, lo, hi, height, labelsOf(all));
    legend(f, all);
    xLabels(f, axes, count, false);
    if (count < 2 || low.values.size() != count || high.values.size() != count) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float step = (f.max.x - f.min.x) / static_cast<float>(count - 1);
    ImVec4 fill = ImGui::ColorConvertU32ToFloat4(mid.colour);
    fill.w = 0.25f;
    const ImU32 fillColour = ImGui::ColorConvertFloat4ToU32(fill);
    // Two triangles per segment (the band is not convex in general), without anti-aliased edges: the fringes of
    // neighbouring translucent triangles would overlap and draw seams across the band.
    const ImDrawListFlags flags = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (std::size_t i = 1; i < count; ++i) {
        const float x0 = f.min.x + step * static_cast<float>(i - 1), x1 = x0 + step;
        const ImVec2 a(x0, f.toY(high.values[i - 1])), b(x1, f.toY(high.values[i])), c(x1, f.toY(low.values[i])),
            d(x0, f.toY(low.values[i - 1]));
        dl->AddTriangleFilled(a, b, c, fillColour);
        dl->AddTriangleFilled(a, c, d, fillColour);
    }
    dl->Flags = flags;
    const float thickness = std::max(2.0f, ImGui::GetFontSize() * 0.15f);
    std::vector<ImVec2> points;
    for (const Series* s : {&low, &mid, &high}) {
        points.clear();
        for (std::size_t i = 0; i < count; ++i)
            points.push_back(ImVec2(f.min.x + step * static_cast<float>(i), f.toY(s->values[i])));
        dl->AddPolyline(points.data(), static_cast<int>(points.size()), s->colour, 0, s == &mid ? thickness : 1.0f);
    }
    if (f.hovered && f.mouse.x >= f.min.x - step * 0.5f && f.mouse.x <= f.max.x + step * 0.5f) {
        const auto i = static_cast<std::size_t>(
            std::clamp((f.mouse.x - f.min.x) / step + 0.5f, 0.0f, static_cast<float>(count - 1)));
        const float x = f.min.x + step * static_cast<float>(i);
        dl->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), 1.0f);
        tooltipAt(axes, i, all, false);
    }
}

void tornado(const char* id, const std::vector<TornadoBar>& bars, double base, const std::string& resultTitle,
             const Formatter& tick, const Formatter& exact) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    float labelWidth = 0.0f;
    double lo = base, hi = base;
    for (const TornadoBar& b : bars) {
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(b.label.c_str()).x);
        lo = std::min({lo, b.lowResult, b.highResult});
        hi = std::max({hi, b.lowResult, b.highResult});
    }
    const double pad = std::max((hi - lo) * 0.05, 1.0);
    lo -= pad;
    hi += pad;
    const float width = ImGui::GetContentRegionAvail().x;
    // Rows shrink to fit the space given (down to one text line each) so the axis stays on screen.
    const float fitRow =
        (ImGui::GetContentRegionAvail().y - line * 4.5f) / static_cast<float>(std::max<std::size_t>(1, bars.size()));
    const float rowHeight = std::clamp(fitRow, line * 1.1f, line * 1.6f);
    labelWidth =
        std::min(labelWidth, width * 0.42f); // long labels are cut with an ellipsis; the tooltip has them whole
    const float height = rowHeight * static_cast<float>(bars.size()) + line * 4.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(width, std::max(height, line * 5.0f)));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pmin(origin.x + labelWidth + style.ItemSpacing.x * 2.0f, origin.y + line * 1.4f);
    const ImVec2 pmax(origin.x + width - style.ItemSpacing.x, origin.y + height - line * 2.4f);
    auto toX = [&](double v) { return pmin.x + static_cast<float>((v - lo) / (hi - lo)) * (pmax.x - pmin.x); };
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    dl->AddText(origin, muted, ("Effect on " + resultTitle + " of each assumption at its low / high value").c_str());
    const ImU32 lowColour = IM_COL32(90, 140, 220, 255), highColour = IM_COL32(255, 153, 0, 255);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const TornadoBar& b = bars[i];
        const float y0 = pmin.y + rowHeight * static_cast<float>(i) + rowHeight * 0.1f, y1 = y0 + rowHeight * 0.8f;
        dl->AddText(ImVec2(origin.x, y0 + (y1 - y0 - line) * 0.5f), text, fitText(b.label, labelWidth).c_str());
        dl->AddRectFilled(ImVec2(std::min(toX(base), toX(b.lowResult)), y0),
                          ImVec2(std::max(toX(base), toX(b.lowResult)), y1), lowColour);
        dl->AddRectFilled(ImVec2(std::min(toX(base), toX(b.highResult)), y0),
                          ImVec2(std::max(toX(base), toX(b.highResult)), y1), highColour);
        if (hovered && mouse.y >= y0 && mouse.y < y1) {
            dl->AddRect(ImVec2(origin.x, y0), ImVec2(pmax.x, y1), muted);
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(b.label.c_str());
            ImGui::Text("Low (%s): %s", b.lowInput.c_str(), exact(b.lowResult).c_str());
            ImGui::Text("High (%s): %s", b.highInput.c_str(), exact(b.highResult).c_str());
            ImGui::Text("Expected: %s  (swing %s)", exact(base).c_str(),
                        exact(std::fabs(b.highResult - b.lowResult)).c_str());
            ImGui::EndTooltip();
        }
    }
    dl->AddLine(ImVec2(toX(base), pmin.y), ImVec2(toX(base), pmax.y), text, 1.5f);
    // Axis ticks along the bottom.
    float tickWidth = std::max(ImGui::CalcTextSize(tick(lo).c_str()).x, ImGui::CalcTextSize(tick(hi).c_str()).x);
    const int ticks = std::max(2, static_cast<int>((pmax.x - pmin.x) / (tickWidth * 1.6f)));
    const double step = niceStep(hi - lo, std::min(ticks, 6));
    for (double v = std::ceil(lo / step) * step; v <= hi; v += step) {
        const std::string label = tick(v);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        dl->AddLine(ImVec2(toX(v), pmax.y), ImVec2(toX(v), pmax.y + 4.0f), muted);
        dl->AddText(ImVec2(toX(v) - size.x * 0.5f, pmax.y + 6.0f), text, label.c_str());
    }
    const std::string legendText =
        fitText("Blue: the assumption at its low value. Orange: at its high value.", pmax.x - origin.x);
    dl->AddText(ImVec2(origin.x, pmax.y + line * 1.3f), muted, legendText.c_str());
}

void gantt(const char* id, const std::vector<GanttBar>& bars, int months,
           const std::function<std::string(int)>& monthLabel, const GanttView& view) {
    if (bars.empty() || months <= 0) return;
    ImGui::PushID(id);
    const float font = ImGui::GetFontSize();
    const float axisHeight = font * 1.8f + (view.markerMonth >= 0 ? font * 1.4f : 0.0f);
    const float rows = static_cast<float>(bars.size());
    // Rows fill the height asked for, up to five lines each (a plan of three waves is not three giant blocks), and
    // shrink to a line and a bit when many waves share it.
    const float rowHeight =
        view.height > 0.0f ? std::clamp((view.height - axisHeight) / rows, font * 1.15f, font * 5.0f) : font * 1.6f;
    float labelWidth = font * 4.0f;
    for (const GanttBar& b : bars) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(b.label.c_str()).x + font);
    labelWidth = std::min(labelWidth, font * 9.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, labelWidth + font * 10.0f);
    const float markerBand = view.markerMonth >= 0 ? font * 1.4f : 0.0f; // the marker's label above the rows
    const float height = markerBand + rowHeight * rows + font * 1.8f;
    ImGui::InvisibleButton("gantt", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int first = std::clamp(view.firstMonth, 0, months - 1);
    const int last = std::clamp(view.endMonth > 0 ? view.endMonth : months, first + 1, months);
    const float x0 = origin.x + labelWidth, x1 = origin.x + width - font * 0.5f;
    const float perMonth = (x1 - x0) / static_cast<float>(last - first);
    auto xOf = [&](int m) { return x0 + perMonth * static_cast<float>(std::clamp(m, first, last) - first); };
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), grid = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float rowsTop = origin.y + markerBand;
    // Month axis: ticks as close as their labels allow (every 1, 3, 6, 12 or 24 months).
    const float labelSpace = ImGui::CalcTextSize(monthLabel(first).c_str()).x + font;
    int every = 24;
    for (int step : {1, 3, 6, 12, 24})
        if (perMonth * static_cast<float>(step) >= labelSpace) {
            every = step;
            break;
        }
    const float axisY = rowsTop + rowHeight * rows;
    for (int m = (first + every - 1) / every * every; m <= last; m += every) {
        dl->AddLine(ImVec2(xOf(m), rowsTop), ImVec2(xOf(m), axisY), grid, 1.0f);
        if (m < last) dl->AddText(ImVec2(xOf(m) + 2.0f, axisY + font * 0.2f), grid, monthLabel(m).c_str());
    }
    for (std::size_t r = 0; r < bars.size(); ++r) {
        const GanttBar& b = bars[r];
        const float top = rowsTop + rowHeight * static_cast<float>(r);
        dl->AddText(ImVec2(origin.x, top + (rowHeight - font) * 0.5f), text,
                    fitText(b.label, labelWidth - font * 0.5f).c_str());
        const float y0 = top + rowHeight * 0.15f, y1 = top + rowHeight * 0.85f;
        const float barLeft = xOf(b.start), barRight = std::max(xOf(std::max(b.end, b.goLive)), barLeft + 2.0f);
        dl->AddRectFilled(ImVec2(barLeft, y0), ImVec2(std::max(xOf(b.goLive), barLeft + 2.0f), y1), b.colour, 2.0f);
        const ImU32 faint = (b.colour & 0x00FFFFFFu) | 0x60000000u;
        if (b.end > b.goLive) dl->AddRectFilled(ImVec2(xOf(b.goLive), y0), ImVec2(xOf(b.end), y1), faint, 2.0f);
        if (!b.barText.empty()) {
            // After the bar in the text colour when it fits there, else on the bar in white, else cut where the room
            // is.
            const float textWidth = ImGui::CalcTextSize(b.barText.c_str()).x;
            const float after = x1 - barRight - font * 0.3f, inside = barRight - barLeft - font * 0.6f;
            const bool onBar = textWidth > after && (textWidth <= inside || inside > after);
            const float textX = onBar ? barLeft + font * 0.3f : barRight + font * 0.3f;
            const std::string shown = fitText(b.barText, onBar ? inside : after);
            const ImVec2 at(textX, top + (rowHeight - font) * 0.5f);
            dl->AddText(at, onBar ? IM_COL32_WHITE : text, shown.c_str());
            locateRect(std::string(id) + ".bar" + std::to_string(r), at.x, at.y, ImGui::CalcTextSize(shown.c_str()).x,
                       font);
        }
        if (hovered && mouse.y >= top && mouse.y < top + rowHeight && !b.tooltip.empty())
            ImGui::SetTooltip("%s", b.tooltip.c_str());
    }
    if (view.markerMonth >= first && view.markerMonth <= last) {
        const float x = xOf(view.markerMonth);
        dashedLine(dl, ImVec2(x, rowsTop - font * 0.2f), ImVec2(x, axisY), text, 2.0f);
        const float labelWidthPx = ImGui::CalcTextSize(view.markerLabel.c_str()).x;
        const ImVec2 at(std::clamp(x - labelWidthPx * 0.5f, origin.x, x1 - labelWidthPx), origin.y);
        dl->AddText(at, text, view.markerLabel.c_str());
        locateRect(std::string(id) + ".marker", at.x, at.y, labelWidthPx, font);
    }
    ImGui::PopID();
}

namespace {
// A label on at most two lines of `width` pixels: as many words as fit on the first, the rest on the second.
std::pair<std::string, std::string> twoLines(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return {text, ""};
    std::size_t split = text.find(' ');
    if (split == std::string::npos) return {fitText(text, width), ""};
    for (std::size_t next = text.find(' ', split + 1);
         next != std::string::npos && ImGui::CalcTextSize(text.substr(0, next).c_str()).x <= width;
         next = text.find(' ', next + 1))
        split = next;
    return {fitText(text.substr(0, split), width), fitText(text.substr(split + 1), width)};
}
} // namespace

void bridge(const char* id, const std::vector<BridgeBar>& bars, const Axes& axes, float height) {
    // Each bar spans [from, to]: a total from zero to its value, a step from the running level by its value.
    std::vector<std::pair<double, double>> spans;
    double level = 0.0, lo = 0.0, hi = 0.0;
    for (const BridgeBar& b : bars) {
        const double from = b.total ? 0.0 : level;
        level = b.total ? b.value : level + b.value;
        spans.emplace_back(from, level);
        lo = std::min({lo, from, level});
        hi = std::max({hi, from, level});
    }
    const float line = ImGui::GetTextLineHeight();
    hi += (hi - lo) * 0.08; // room for the amounts above the bars
    Axes framed = axes;
    framed.xTitle.clear(); // the two-line bar labels take the title's place
    Frame f = beginFrame(id, framed, lo, hi, height, {});
    if (bars.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float slot = (f.max.x - f.min.x) / static_cast<float>(bars.size());
    const float barWidth = slot * 0.62f;
    std::size_t hoveredBar = bars.size();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const BridgeBar& b = bars[i];
        const float x0 = f.min.x + slot * static_cast<float>(i) + (slot - barWidth) * 0.5f;
        const float yFrom = f.toY(spans[i].first), yTo = f.toY(spans[i].second);
        // At least a hairline, so a zero step is still seen to be there.
        const float top = std::min(yFrom, yTo), bottom = std::max(std::max(yFrom, yTo), top + 1.0f);
        dl->AddRectFilled(ImVec2(x0, top), ImVec2(x0 + barWidth, bottom), b.colour, 2.0f);
        if (i + 1 < bars.size()) // connector at the running level to the next bar
            dl->AddLine(ImVec2(x0 + barWidth, yTo), ImVec2(x0 + slot, yTo), muted, 1.0f);
        const std::string amount = (!b.total && b.value > 0.0 ? "+" : "") + axes.yTick(b.value);
        const ImVec2 amountSize = ImGui::CalcTextSize(amount.c_str());
        dl->AddText(ImVec2(x0 + (barWidth - amountSize.x) * 0.5f, top - amountSize.y - 2.0f), text, amount.c_str());
        const auto [first, second] = twoLines(b.label, slot - 4.0f);
        const float cx = f.min.x + slot * (static_cast<float>(i) + 0.5f);
        dl->AddText(ImVec2(cx - ImGui::CalcTextSize(first.c_str()).x * 0.5f, f.max.y + 4.0f), text, first.c_str());
        if (!second.empty())
            dl->AddText(ImVec2(cx - ImGui::CalcTextSize(second.c_str()).x * 0.5f, f.max.y + 4.0f + line), text,
                        second.c_str());
        if (f.hovered && f.mouse.x >= f.min.x + slot * static_cast<float>(i) &&
            f.mouse.x < f.min.x + slot * static_cast<float>(i + 1))
            hoveredBar = i;
    }
    if (hoveredBar < bars.size()) {
        const BridgeBar& b = bars[hoveredBar];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(b.label.c_str());
        ImGui::Text("%s%s", !b.total && b.value > 0.0 ? "+" : "", axes.yExact(b.value).c_str());
        if (!b.total) ImGui::TextDisabled("running total %s", axes.yExact(spans[hoveredBar].second).c_str());
        ImGui::EndTooltip();
    }
}

} // namespace est::ui::charts
