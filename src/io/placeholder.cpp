// io/placeholder.cpp - removed once io lands.
