# est_embed_files(<target> NAMESPACE <ns> HEADER <name.hpp> FILES ...): compiles data files into a static
# library as byte arrays with a lookup by file name, so defaults, prices, demo scenarios and the font ship
# inside both the wasm app and the CLI with no file access at run time.
function(est_embed_files target)
    cmake_parse_arguments(ARG "" "NAMESPACE;HEADER" "FILES" ${ARGN})
    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_generated")
    set(generated "${out_dir}/${target}.cpp")
    set(inputs)
    foreach(file IN LISTS ARG_FILES)
        if(IS_ABSOLUTE "${file}")
            list(APPEND inputs "${file}")
        else()
            list(APPEND inputs "${CMAKE_CURRENT_SOURCE_DIR}/${file}")
        endif()
    endforeach()
    string(REPLACE ";" "|" inputs_arg "${inputs}")
    add_custom_command(
        OUTPUT "${generated}" "${out_dir}/${ARG_HEADER}"
        COMMAND ${CMAKE_COMMAND} "-DOUT_DIR=${out_dir}" "-DTARGET=${target}" "-DNAMESPACE=${ARG_NAMESPACE}"
                "-DHEADER=${ARG_HEADER}" "-DFILES=${inputs_arg}" -P "${CMAKE_SOURCE_DIR}/cmake/EstEmbedGenerate.cmake"
        DEPENDS ${inputs} "${CMAKE_SOURCE_DIR}/cmake/EstEmbedGenerate.cmake"
        COMMENT "Embedding data files into ${target}"
        VERBATIM)
    add_library(${target} STATIC "${generated}")
    target_include_directories(${target} PUBLIC "${out_dir}")
endfunction()
