#!/usr/bin/env bash
# Second quick-start command: installs what is missing, builds with warnings as errors, runs
# every test through CTest (GUI tests offscreen), then the sanitizer fuzz targets for a bounded
# time (FUZZ_SECONDS each, default 15; scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# Debug (assertions on, no optimisation) without debug information, which costs a sixth of the
# compile time and is not needed to run the tests; TEST_DEBUG_FLAGS="-O0 -g" brings it back.
BUILD_DIR=${BUILD_DIR:-build} BUILD_TYPE=${BUILD_TYPE:-Debug} scripts/build.sh -DTIAOJIE_WERROR=ON \
    "-DCMAKE_CXX_FLAGS_DEBUG=${TEST_DEBUG_FLAGS:--O0}"
cd "${BUILD_DIR:-build}"
# The core tests run twice: on SQLite, and (label core_pg) on a throw-away PostgreSQL cluster.
QT_QPA_PLATFORM=offscreen ../scripts/pg_test_cluster.sh ctest -j"$(nproc)" --output-on-failure --timeout 600
cd - >/dev/null
scripts/fuzz.sh
