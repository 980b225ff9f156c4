// app/app_state.cpp - AppState's behaviour (recompute-when-dirty, commands) lands here.
#include "app/app_state.hpp"
