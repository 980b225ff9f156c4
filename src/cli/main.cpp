// cli/main.cpp - the estimator's command-line entry point (filled by the io work).
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::puts("estimator 0.1.0");
        return 0;
    }
    std::fputs("usage: estimator estimate SCENARIO.json [--format json|csv|html] [--out FILE]\n", stderr);
    return 2;
}
