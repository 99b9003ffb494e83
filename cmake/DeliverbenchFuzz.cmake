# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzing and benchmark wiring (issue 2). Included from the root CMakeLists.txt right after
# DeliverbenchCommonConfig, before core/ and app/ are added.
#
#   -DDELIVERBENCH_FUZZ=ON   libFuzzer targets in tests/fuzz (clang only). Every target of the
#                            project is instrumented through deliverbench_common_cfg:
#                            -fsanitize=fuzzer-no-link,address,undefined; the fuzz executables
#                            add -fsanitize=fuzzer at link time. scripts/fuzz.sh is the driver.
#   -DDELIVERBENCH_BENCH=ON  benchmarks in tests/bench (use a Release build; scripts/bench.sh).
#
# tests/CMakeLists.txt adds tests/fuzz and tests/bench when the test suite is on; when it is off
# (what fuzz.sh and bench.sh do: they need the core only), they are added from here. That is
# before core/ is added, which is fine: Deliverbench::Core is resolved at generate time.

if(DELIVERBENCH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR
            "DELIVERBENCH_FUZZ=ON needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}. Configure "
            "a separate build directory with CC=clang-14 CXX=clang++-14, or run scripts/fuzz.sh.")
    endif()
    if(DELIVERBENCH_BUILD_GUI)
        # Qt's GUI modules have already been looked up by now (the root CMakeLists.txt does
        # find_package(Qt6) before including this file), so this only keeps app/gui out of the
        # build. Pass -DDELIVERBENCH_BUILD_GUI=OFF to skip the lookup too (fuzz.sh does).
        message(STATUS "DELIVERBENCH_FUZZ: forcing DELIVERBENCH_BUILD_GUI=OFF (a fuzz build needs the core only; "
                       "pass -DDELIVERBENCH_BUILD_GUI=OFF to skip looking up the Qt GUI modules too)")
        set(DELIVERBENCH_BUILD_GUI OFF CACHE BOOL "Build the Qt Widgets application" FORCE)
    endif()

    set(DELIVERBENCH_FUZZ_SANITIZERS "fuzzer-no-link,address,undefined")
    target_compile_options(deliverbench_common_cfg INTERFACE
        -fsanitize=${DELIVERBENCH_FUZZ_SANITIZERS}
        -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer
        -g -O1)
    target_link_options(deliverbench_common_cfg INTERFACE
        -fsanitize=address,undefined
        -fno-sanitize-recover=undefined)

    if(NOT DELIVERBENCH_BUILD_TESTS)
        add_subdirectory("${PROJECT_SOURCE_DIR}/tests/fuzz" "${PROJECT_BINARY_DIR}/tests/fuzz")
    endif()
endif()

if(DELIVERBENCH_BENCH)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Release")
        message(WARNING "DELIVERBENCH_BENCH=ON in a ${CMAKE_BUILD_TYPE} build: figures are only "
                        "meaningful in Release (scripts/bench.sh configures build/bench that way).")
    endif()
    if(NOT DELIVERBENCH_BUILD_TESTS)
        add_subdirectory("${PROJECT_SOURCE_DIR}/tests/bench" "${PROJECT_BINARY_DIR}/tests/bench")
    endif()
endif()
