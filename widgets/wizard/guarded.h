#pragma once

#include <QPointer>

namespace cd {

namespace detail {
template<typename T>
struct FirstArgument;
template<typename C, typename R, typename A>
struct FirstArgument<R (C::*)(A) const>
{
    using type = A;
};
template<typename C, typename R, typename A>
struct FirstArgument<R (C::*)(A)>
{
    using type = A;
};
} // namespace detail

// A continuation that runs only while `receiver` lives. Qt 6.4 asserts (and may crash) when a
// future's `.then(context, …)` context is deleted before the future finishes — e.g. a dialog
// closed while the cloud is still answering. So the context of such a continuation is an
// object that outlives the future (the controller, the secret store, or the provider the
// continuation itself keeps alive), and the receiver is checked here. `func` takes the
// future's result (one argument, as QFuture::then wants it spelled out).
template<typename Receiver, typename F>
auto guarded(Receiver *receiver, F func)
{
    using Argument = typename detail::FirstArgument<decltype(&F::operator())>::type;
    return [guard = QPointer<Receiver>(receiver), func = std::move(func)](Argument arg) mutable {
        if (guard)
            func(arg);
    };
}

} // namespace cd
