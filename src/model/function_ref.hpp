// model/function_ref.hpp - a non-owning reference to a callable, for a callback that is only called while the
// function receiving it runs (never stored). std::function would copy the callable into a wrapper class of its own
// (call, clone, destroy through a table) for every lambda passed: hundreds of them in the wasm.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace est::model {

template <class Signature>
class FunctionRef;

/// Refers to a callable object (a lambda, usually) without copying it: the object must outlive every call, so take
/// a FunctionRef as a parameter and never keep one past the call that received it.
template <class R, class... Args>
class FunctionRef<R(Args...)> {
public:
    template <class F, class = std::enable_if_t<!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
                                                std::is_object_v<std::remove_reference_t<F>> &&
                                                std::is_invocable_r_v<R, F&, Args...>>>
    FunctionRef(F&& callable) noexcept // NOLINT(google-explicit-constructor): stands in for a callable argument
        : m_callable(const_cast<void*>(static_cast<const void*>(std::addressof(callable)))),
          m_call(&callAs<std::remove_reference_t<F>>) {}

    R operator()(Args... args) const { return m_call(m_callable, std::forward<Args>(args)...); }

private:
    template <class F>
    static R callAs(void* callable, Args... args) {
        return static_cast<R>((*static_cast<F*>(callable))(std::forward<Args>(args)...));
    }

    void* m_callable;
    R (*m_call)(void*, Args...);
};

} // namespace est::model
