# Third-party code: all of it installed by scripts/setup from Debian packages (see toolchain notes).

# nlohmann/json and stb through a folder holding only symlinks, so emcc never sees /usr/include.
add_library(est_third_party_headers INTERFACE)
target_include_directories(est_third_party_headers SYSTEM INTERFACE "${EST_CACHE}/include")

# Inflate for .xlsx: Debian's libz natively, zlib's own sources (Debian source package) in wasm.
if(EMSCRIPTEN)
    set(EST_ZLIB_DIR "${EST_CACHE}/zlib")
    add_library(est_zlib STATIC
        ${EST_ZLIB_DIR}/adler32.c ${EST_ZLIB_DIR}/crc32.c ${EST_ZLIB_DIR}/inffast.c
        ${EST_ZLIB_DIR}/inflate.c ${EST_ZLIB_DIR}/inftrees.c ${EST_ZLIB_DIR}/zutil.c
        ${EST_ZLIB_DIR}/deflate.c ${EST_ZLIB_DIR}/trees.c) # deflate: the .xlsx writer
    target_include_directories(est_zlib SYSTEM PUBLIC "${EST_ZLIB_DIR}")
    target_compile_definitions(est_zlib PRIVATE Z_HAVE_UNISTD_H)
else()
    find_package(ZLIB REQUIRED)
    add_library(est_zlib INTERFACE)
    target_link_libraries(est_zlib INTERFACE ZLIB::ZLIB)
endif()

if(EMSCRIPTEN)
    # Dear ImGui 1.86 from Debian's source package (scripts/setup unpacks it), compiled as its own target.
    set(EST_IMGUI_DIR "${EST_CACHE}/imgui")
    add_library(est_imgui STATIC
        ${EST_IMGUI_DIR}/imgui.cpp ${EST_IMGUI_DIR}/imgui_draw.cpp ${EST_IMGUI_DIR}/imgui_tables.cpp
        ${EST_IMGUI_DIR}/imgui_widgets.cpp ${EST_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
        ${EST_IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${EST_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
    target_include_directories(est_imgui SYSTEM PUBLIC
        "${EST_IMGUI_DIR}" "${EST_IMGUI_DIR}/backends" "${EST_IMGUI_DIR}/misc/cpp")
    target_compile_definitions(est_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
    # No imgui.ini (web_main sets IniFilename to null) and no font files (fonts are embedded): without ImGui's
    # fopen the page links with -sFILESYSTEM=0 (EstWeb.cmake). Private: only ImGui's own sources use ImFileOpen.
    target_compile_definitions(est_imgui PRIVATE IMGUI_DISABLE_FILE_FUNCTIONS)
    target_link_options(est_imgui PUBLIC -sUSE_GLFW=3 -sUSE_WEBGL2=1)
endif()

if(NOT EMSCRIPTEN AND EST_BUILD_TESTS)
    find_package(Catch2 REQUIRED)
    include(CTest)
    include(Catch)
endif()
