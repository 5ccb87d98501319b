# Toolchain file for the wasm preset: Emscripten's own, found under IIN_EMSCRIPTEN_ROOT (a cache
# variable or environment variable; Debian's emscripten package by default).
if(NOT IIN_EMSCRIPTEN_ROOT)
  if(DEFINED ENV{IIN_EMSCRIPTEN_ROOT})
    set(IIN_EMSCRIPTEN_ROOT "$ENV{IIN_EMSCRIPTEN_ROOT}")
  else()
    set(IIN_EMSCRIPTEN_ROOT "/usr/share/emscripten")
  endif()
endif()
set(IIN_EMSCRIPTEN_ROOT "${IIN_EMSCRIPTEN_ROOT}" CACHE PATH "Emscripten's folder (it holds cmake/Modules/Platform/Emscripten.cmake)")
if(NOT EXISTS "${IIN_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
  message(FATAL_ERROR "No Emscripten in ${IIN_EMSCRIPTEN_ROOT}: install Debian's emscripten (scripts/setup) "
                      "or set IIN_EMSCRIPTEN_ROOT to your Emscripten's folder")
endif()
include("${IIN_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
# emcmake's default emulator passes a flag Node 20 refuses; plain node runs the tests' modules.
set(CMAKE_CROSSCOMPILING_EMULATOR node CACHE STRING "Runs wasm programs at build time" FORCE)
