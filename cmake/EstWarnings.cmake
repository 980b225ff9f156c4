# Strict warnings for our own targets only; third-party sources are compiled without them.
function(est_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wdouble-promotion -Wno-sign-conversion)
endfunction()
