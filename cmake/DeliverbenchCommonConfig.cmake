# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt defines for every
# target of the project (STYLE.md convention 2). Nothing is set directory-wide.

add_library(deliverbench_common_cfg INTERFACE)
target_compile_features(deliverbench_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(deliverbench_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DELIVERBENCH_VERSION="${PROJECT_VERSION}"
    DELIVERBENCH_APP_ID="${DELIVERBENCH_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(deliverbench_common_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
    if(DELIVERBENCH_WERROR)
        target_compile_options(deliverbench_common_cfg INTERFACE -Werror)
    endif()
endif()

# deliverbench_add_test(NAME name SOURCES a.cpp... [LIBRARIES ...] [LABELS unit|integration|gui|cli])
# One QtTest executable per unit; ctest runs it with a fixed locale and a throwaway home.
function(deliverbench_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS;FIXTURES" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE deliverbench_common_cfg Deliverbench::Core Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${ARG_NAME} PRIVATE
        TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SHARED_CONFORMANCE_DIR="${PROJECT_SOURCE_DIR}/../shared/conformance"
        PROJECT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/xdg-runtime;HOME=${CMAKE_BINARY_DIR}/test-home")
    if(ARG_FIXTURES)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
