# est_configure_web_target(<target>): links an executable as the browser app: index.html from our
# shell.html, index.js and index.wasm, with the static files of web/ copied beside them.
function(est_configure_web_target target)
    set(out_dir "${CMAKE_BINARY_DIR}/web")
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME "index" SUFFIX ".html"
        RUNTIME_OUTPUT_DIRECTORY "${out_dir}"
        LINK_DEPENDS "${CMAKE_SOURCE_DIR}/shell.html")
    target_link_options(${target} PRIVATE
        --shell-file "${CMAKE_SOURCE_DIR}/shell.html"
        -sMINIFY_HTML=0                    # emcc 3.1.6's HTML minifier crashes at -O1 and above
        # WebGL 2 as it is: ImGui's OpenGL 3 backend draws from buffer objects, so no FULL_ES3 emulation of
        # client-side arrays (glue the page would download and never run).
        -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
        -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB
        -sENVIRONMENT=web
        -sFILESYSTEM=0                     # bytes come from the page, never from files: no FS in the JS glue
        -sSUPPORT_LONGJMP=0                # nothing of ours or ImGui's uses setjmp
        -sTEXTDECODER=2                    # every browser the app supports has TextDecoder: no JS fallback
        # The small allocator: 3 KB less gzipped wasm than dlmalloc; the engine, xlsx and tracker benchmarks
        # (which link it too, tests/bench) took the same CPU time with either.
        -sMALLOC=emmalloc
        -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8
        "$<$<CONFIG:Debug>:-sASSERTIONS=1>"
        "$<$<NOT:$<CONFIG:Debug>>:-sASSERTIONS=0>")
    set(static_files manifest.webmanifest favicon.svg estimator.js estimator.css sw.js)
    foreach(file IN LISTS static_files)
        add_custom_command(TARGET ${target} POST_BUILD
            COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/web/${file}" "${out_dir}/${file}")
    endforeach()
endfunction()
