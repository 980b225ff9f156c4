// model/placeholder.cpp - removed once the engine lands.
