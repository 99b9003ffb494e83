# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=path/to/deliverbench-cli -P CheckNoGuiLinkage.cmake
# Fails when the binary needs libQt6Gui or libQt6Widgets, directly (ELF NEEDED, readelf) or
# through another library (ldd). It must need libQt6Core, else the check itself is broken.
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "binary not found: '${BINARY}'")
endif()

find_program(READELF readelf)
find_program(LDD ldd)
if(NOT READELF AND NOT LDD)
    message(FATAL_ERROR "neither readelf nor ldd is available")
endif()

set(listing "")
if(READELF)
    execute_process(COMMAND "${READELF}" -d "${BINARY}" OUTPUT_VARIABLE needed RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf -d failed (${rc})")
    endif()
    string(APPEND listing "${needed}")
endif()
if(LDD)
    execute_process(COMMAND "${LDD}" "${BINARY}" OUTPUT_VARIABLE resolved RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ldd failed (${rc})")
    endif()
    string(APPEND listing "${resolved}")
endif()

if(NOT listing MATCHES "libQt6Core")
    message(FATAL_ERROR "libQt6Core not among the dependencies: the check cannot see the linkage\n${listing}")
endif()
foreach(forbidden libQt6Gui libQt6Widgets libQt6OpenGL libQt6Svg)
    if(listing MATCHES "${forbidden}")
        message(FATAL_ERROR "deliverbench-cli depends on ${forbidden}:\n${listing}")
    endif()
endforeach()
message(STATUS "deliverbench-cli needs neither Qt Gui nor Qt Widgets")
