#pragma once
// The one thing the bindings (wasm/bindings/) take from Emscripten's header, for compiling them
// natively under the sanitizers and clang-tidy (tests/native/*_binding_test.cpp): an export the
// linker keeps.
#define EMSCRIPTEN_KEEPALIVE __attribute__((used))
