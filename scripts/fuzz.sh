#!/usr/bin/env bash
# Builds core with clang into build-fuzz/, its parsers of outside files instrumented for libFuzzer
# and checked by ASan and UBSan, and runs every fuzz target for FUZZ_SECONDS (default 15: CI keeps
# it short; longer runs find more) from the seed corpus in tests/fuzz/corpus. Any crash, sanitizer
# report or broken invariant fails; the input that caused it is left in build-fuzz/tests/fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS=-O0 \
    -DTIAOJIE_BUILD_FUZZ=ON -DTIAOJIE_FUZZ_SECONDS="${FUZZ_SECONDS:-15}" >/dev/null
cmake --build "$build" -j"$(nproc)"
cd "$build"
ctest -L fuzz -j"$(nproc)" --output-on-failure --timeout 900
