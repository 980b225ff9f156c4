// app/placeholder.cpp - removed once the app state lands.
