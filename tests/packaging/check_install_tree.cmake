# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` the build into a scratch prefix and check the tree a package gets:
# both executables, the desktop file, the metainfo, the hicolor icons and the docs; no
# development files; then validate the installed desktop file and run
# `appstreamcli validate-tree` over the whole prefix (metainfo + desktop file + icons).
# Inputs: BUILD_DIR, WORK_DIR, APP_ID, SIZES (comma-separated), GUI, BINDIR, DATADIR, DESKTOP_FILE_VALIDATE,
#         APPSTREAMCLI.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "," ";" SIZES "${SIZES}")
file(REMOVE_RECURSE "${WORK_DIR}")
set(_prefix "${WORK_DIR}/usr")
set(ENV{DESTDIR} "")  # --prefix alone decides where files go
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${_prefix}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${_rc}); build all targets first:\n${_out}\n${_err}")
endif()

set(_expected "${BINDIR}/deliverbench-cli"
    "${DATADIR}/doc/deliverbench/README.md" "${DATADIR}/doc/deliverbench/LICENSE")
if(GUI)
    list(APPEND _expected "${BINDIR}/deliverbench"
        "${DATADIR}/applications/${APP_ID}.desktop"
        "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
        "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg")
    foreach(_s IN LISTS SIZES)
        list(APPEND _expected "${DATADIR}/icons/hicolor/${_s}x${_s}/apps/${APP_ID}.png")
    endforeach()
endif()

set(_errors "")
foreach(_f IN LISTS _expected)
    if(NOT EXISTS "${_prefix}/${_f}")
        string(APPEND _errors "\n  missing ${_f}")
    else()
        file(SIZE "${_prefix}/${_f}" _size)
        if(_size EQUAL 0)
            string(APPEND _errors "\n  empty ${_f}")
        endif()
    endif()
endforeach()

file(GLOB_RECURSE _installed RELATIVE "${_prefix}" "${_prefix}/*")
foreach(_f IN LISTS _installed)
    if(_f MATCHES "^include/|\\.(a|la|h|cmake|pc)$")
        string(APPEND _errors "\n  development file installed: ${_f}")
    endif()
endforeach()
list(LENGTH _installed _n)

if(GUI)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${_prefix}/${DATADIR}/applications/${APP_ID}.desktop"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0 OR _out MATCHES "(error|warning): ")
        string(APPEND _errors "\n  installed desktop file does not validate:\n${_out}")
    endif()
    # validate-tree validates the installed metainfo and checks that its launchable
    # desktop file is installed next to it (the icons are checked above).
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${_prefix}"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0 OR _out MATCHES "(^|\n) *[EW]: ")
        string(APPEND _errors "\n  appstreamcli validate-tree failed (${_rc}):\n${_out}")
    endif()
endif()

if(_errors)
    message(FATAL_ERROR "install tree under ${_prefix} is wrong:${_errors}")
endif()
list(JOIN _installed "\n  " _list)
message(STATUS "install tree OK (${_n} files):\n  ${_list}")
