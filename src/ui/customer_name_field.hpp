// ui/customer_name_field.hpp - the "Prepared for" field: the customer's name, edited in Assumptions and Your brand.
#pragma once

#include "app/app_state.hpp"

#include <string>

namespace est::ui {

/// One text field for settings.customerName. Typing edits a copy; Enter or leaving the field applies it through
/// app::setCustomerName (one undo step). A refused name stays in the field with the reason under it in red.
struct CustomerNameField {
    void draw(app::AppState& state, const char* locatorName, float width);

private:
    char m_buffer[512] = {}; ///< room past the 120-character limit, so an over-long paste is refused with a reason
    bool m_editing = false;  ///< the field had the keyboard last frame (the buffer is the user's, not the state's)
    bool m_refused = false;  ///< the buffer holds a refused name: keep it until the user changes it
    std::string m_error;     ///< why the last name was refused ("" = none)
};

} // namespace est::ui
