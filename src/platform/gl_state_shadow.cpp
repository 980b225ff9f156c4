// platform/gl_state_shadow.cpp - the scissor box and blend state, answered from what the app last set.
//
// ImGui's OpenGL backend reads back the GL state it changes at the start of every draw, to restore it after.
// In Chromium, WebGL's getParameter(SCISSOR_BOX) and the six blend queries are not cached in the page: each is a
// round trip to the GPU process, and the first waits for it to finish the last frame (13 ms a frame in headless
// Chromium at 1280x800, with the page's main thread blocked). Every call that sets these values goes through the
// wrappers below (the web link wraps them, CMakeLists.txt, wasm-ld --wrap), so a query is answered from what they
// recorded; until the app first sets a value, the query goes to WebGL.
#include <GLES3/gl3.h>

#include <array>
#include <cstddef>

extern "C" {
// Emscripten's own entry points for the WebGL functions (library_webgl.js defines an emscripten_ alias for each).
void emscripten_glScissor(GLint x, GLint y, GLsizei width, GLsizei height);
void emscripten_glBlendFunc(GLenum sfactor, GLenum dfactor);
void emscripten_glBlendFuncSeparate(GLenum srcRgb, GLenum dstRgb, GLenum srcAlpha, GLenum dstAlpha);
void emscripten_glBlendEquation(GLenum mode);
void emscripten_glBlendEquationSeparate(GLenum modeRgb, GLenum modeAlpha);
void emscripten_glGetIntegerv(GLenum pname, GLint* data);
}

namespace {

struct Shadow {
    bool scissorKnown = false, blendFuncKnown = false, blendEquationKnown = false;
    std::array<GLint, 4> scissor{};
    GLint srcRgb = GL_ONE, dstRgb = GL_ZERO, srcAlpha = GL_ONE, dstAlpha = GL_ZERO;
    GLint equationRgb = GL_FUNC_ADD, equationAlpha = GL_FUNC_ADD;
};

Shadow& shadow() {
    static Shadow s;
    return s;
}

// Writes the value of `pname` when the shadow holds it.
bool answeredFromShadow(GLenum pname, GLint* data) {
    const Shadow& s = shadow();
    if (pname == GL_SCISSOR_BOX) {
        if (!s.scissorKnown) return false;
        for (std::size_t i = 0; i < s.scissor.size(); ++i) data[i] = s.scissor[i];
        return true;
    }
    const GLint* value = nullptr;
    bool known = s.blendFuncKnown;
    switch (pname) {
    case GL_BLEND_SRC_RGB:
        value = &s.srcRgb;
        break;
    case GL_BLEND_DST_RGB:
        value = &s.dstRgb;
        break;
    case GL_BLEND_SRC_ALPHA:
        value = &s.srcAlpha;
        break;
    case GL_BLEND_DST_ALPHA:
        value = &s.dstAlpha;
        break;
    case GL_BLEND_EQUATION_RGB:
        value = &s.equationRgb;
        known = s.blendEquationKnown;
        break;
    case GL_BLEND_EQUATION_ALPHA:
        value = &s.equationAlpha;
        known = s.blendEquationKnown;
        break;
    default:
        return false;
    }
    if (!known) return false;
    *data = *value;
    return true;
}

} // namespace

extern "C" {

void __wrap_glScissor(GLint x, GLint y, GLsizei width, GLsizei height) {
    shadow().scissor = {x, y, width, height};
    shadow().scissorKnown = true;
    emscripten_glScissor(x, y, width, height);
}

void __wrap_glBlendFunc(GLenum sfactor, GLenum dfactor) {
    Shadow& s = shadow();
    s.srcRgb = s.srcAlpha = static_cast<GLint>(sfactor);
    s.dstRgb = s.dstAlpha = static_cast<GLint>(dfactor);
    s.blendFuncKnown = true;
    emscripten_glBlendFunc(sfactor, dfactor);
}

void __wrap_glBlendFuncSeparate(GLenum srcRgb, GLenum dstRgb, GLenum srcAlpha, GLenum dstAlpha) {
    Shadow& s = shadow();
    s.srcRgb = static_cast<GLint>(srcRgb);
    s.dstRgb = static_cast<GLint>(dstRgb);
    s.srcAlpha = static_cast<GLint>(srcAlpha);
    s.dstAlpha = static_cast<GLint>(dstAlpha);
    s.blendFuncKnown = true;
    emscripten_glBlendFuncSeparate(srcRgb, dstRgb, srcAlpha, dstAlpha);
}

void __wrap_glBlendEquation(GLenum mode) {
    Shadow& s = shadow();
    s.equationRgb = s.equationAlpha = static_cast<GLint>(mode);
    s.blendEquationKnown = true;
    emscripten_glBlendEquation(mode);
}

void __wrap_glBlendEquationSeparate(GLenum modeRgb, GLenum modeAlpha) {
    Shadow& s = shadow();
    s.equationRgb = static_cast<GLint>(modeRgb);
    s.equationAlpha = static_cast<GLint>(modeAlpha);
    s.blendEquationKnown = true;
    emscripten_glBlendEquationSeparate(modeRgb, modeAlpha);
}

void __wrap_glGetIntegerv(GLenum pname, GLint* data) {
    if (!answeredFromShadow(pname, data)) emscripten_glGetIntegerv(pname, data);
}

} // extern "C"
