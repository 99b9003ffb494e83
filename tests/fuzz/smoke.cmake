# SPDX-License-Identifier: GPL-3.0-or-later
# Included (OPTIONAL) from tests/CMakeLists.txt in the normal build: registers the CI fuzz
# smoke test, which builds the libFuzzer targets in a separate clang build tree
# (<build>/fuzz) and runs each for 8 s on a copy of the checked-in corpus (scripts/fuzz.sh).
# Only added when clang++-14 and its libFuzzer runtime (libclang-rt-14-dev) are installed.

if(DELIVERBENCH_FUZZ)
    return()   # this is the fuzz build itself
endif()

find_program(DELIVERBENCH_CLANG14 clang-14)
find_program(DELIVERBENCH_CLANGXX14 clang++-14)
set(_fuzz_runtime "")
if(DELIVERBENCH_CLANG14 AND DELIVERBENCH_CLANGXX14)
    execute_process(COMMAND "${DELIVERBENCH_CLANGXX14}" -print-resource-dir
        OUTPUT_VARIABLE _clang_resource_dir OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET RESULT_VARIABLE _clang_rc)
    if(_clang_rc EQUAL 0)
        file(GLOB _fuzz_runtime "${_clang_resource_dir}/lib/linux/libclang_rt.fuzzer-${CMAKE_SYSTEM_PROCESSOR}.a"
                                "${_clang_resource_dir}/lib/*/libclang_rt.fuzzer.a")
    endif()
endif()

if(_fuzz_runtime)
    add_test(NAME fuzz_smoke
        COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/fuzz.sh" --time 8 --build-dir "${CMAKE_BINARY_DIR}/fuzz")
    set_tests_properties(fuzz_smoke PROPERTIES
        LABELS fuzz
        TIMEOUT 2400
        RUN_SERIAL TRUE  # builds core with sanitizers on both cores: keep timing-sensitive tests off its back
        ENVIRONMENT "CC=${DELIVERBENCH_CLANG14};CXX=${DELIVERBENCH_CLANGXX14};LANG=C.UTF-8;LC_ALL=C.UTF-8")
else()
    message(STATUS "fuzz_smoke test not added: needs clang-14, clang++-14 and libclang-rt-14-dev (libFuzzer runtime)")
endif()
