// ui/brand_dialog.hpp - "Your brand": the partner's name, accent colour and logo, and who the case is prepared for.
#pragma once

#include "app/app_state.hpp"
#include "app/requests.hpp"
#include "ui/customer_name_field.hpp"

#include <string>

namespace est::ui {

/// The brand dialog (File > Your brand..., Share with your CFO > Your brand and customer...). It edits the same
/// partner brand a theme file sets, through app/brand_commands; the logo comes from the file picker (a request the
/// platform carries out) or a PNG, JPEG or SVG dropped anywhere on the page.
struct BrandDialog {
    bool open = false;
    void draw(app::AppState& state, app::Requests& requests);

private:
    char m_name[512] = {};  ///< the partner's name being typed (applied on Enter or when the field is left)
    char m_accent[16] = {}; ///< "#RRGGBB" being typed
    bool m_editingName = false;
    bool m_editingAccent = false;
    std::string m_error; ///< the last refusal from a brand command ("" = none)
    CustomerNameField m_customer;
    void nameField(app::AppState& state, float width);
    void accentField(app::AppState& state, float width);
    void logoRow(app::AppState& state, app::Requests& requests);
};

} // namespace est::ui
