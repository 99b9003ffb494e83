# SPDX-License-Identifier: GPL-3.0-or-later
# Build the .deb and the .tar.gz with the project's CPack configuration into a scratch
# directory and check what a user would install: file names deliverbench-<version>-<arch>,
# the control fields (Depends filled in by dpkg-shlibdeps from the distribution's Qt 6)
# and the package contents.
# Inputs: BUILD_DIR, WORK_DIR, CPACK, DPKG_DEB, APP_ID, VERSION, GUI.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G "DEB;TGZ" -B "${WORK_DIR}"
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (${_rc}); build all targets first:\n${_out}\n${_err}")
endif()

set(_errors "")
function(require_file list_var path what)
    list(FIND ${list_var} "${path}" _i)
    if(_i EQUAL -1)
        set(_errors "${_errors}\n  ${what}: ${path} missing" PARENT_SCOPE)
    endif()
endfunction()

set(_payload bin/deliverbench-cli share/doc/deliverbench/README.md share/doc/deliverbench/LICENSE)
if(GUI)
    list(APPEND _payload bin/deliverbench
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/icons/hicolor/16x16/apps/${APP_ID}.png
        share/icons/hicolor/256x256/apps/${APP_ID}.png
        share/icons/hicolor/512x512/apps/${APP_ID}.png)
endif()

# --- .deb -----------------------------------------------------------------------------
file(GLOB _debs "${WORK_DIR}/*.deb")
list(LENGTH _debs _ndebs)
if(NOT _ndebs EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found ${_ndebs}: ${_debs}")
endif()
get_filename_component(_deb_name "${_debs}" NAME)
if(NOT _deb_name MATCHES "^deliverbench-${VERSION}-[a-z0-9]+\\.deb$")
    string(APPEND _errors "\n  .deb file name ${_deb_name} is not deliverbench-${VERSION}-<arch>.deb")
endif()

foreach(_field Package Version Section Priority Architecture Maintainer Homepage Description Depends)
    execute_process(COMMAND "${DPKG_DEB}" --field "${_debs}" ${_field}
        OUTPUT_VARIABLE _v OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0 OR _v STREQUAL "")
        string(APPEND _errors "\n  .deb control field ${_field} is empty")
    endif()
    set(_deb_${_field} "${_v}")
endforeach()
if(NOT _deb_Package STREQUAL "deliverbench")
    string(APPEND _errors "\n  Package: ${_deb_Package}")
endif()
if(NOT _deb_Version STREQUAL VERSION)
    string(APPEND _errors "\n  Version: ${_deb_Version}, project(VERSION) is ${VERSION}")
endif()
if(NOT _deb_Section STREQUAL "mail")
    string(APPEND _errors "\n  Section: ${_deb_Section}")
endif()
if(NOT _deb_Architecture STREQUAL "all" AND NOT _deb_name MATCHES "-${_deb_Architecture}\\.deb$")
    string(APPEND _errors "\n  file name ${_deb_name} does not carry Architecture ${_deb_Architecture}")
endif()
# dpkg-shlibdeps must have run: the C library and Qt 6 come from the binaries' NEEDED
# entries (versioned), the Qt platform plugins from our explicit Depends.
set(_needed "libc6 \\(>= " "libqt6core6 \\(>= ")
if(GUI)
    list(APPEND _needed "libqt6widgets6 \\(>= " "libqt6gui6 \\(>= " "qt6-qpa-plugins")
endif()
foreach(_dep IN LISTS _needed)
    if(NOT _deb_Depends MATCHES "(^|, )(${_dep})")
        string(APPEND _errors "\n  Depends lacks ${_dep}: ${_deb_Depends}")
    endif()
endforeach()

execute_process(COMMAND "${DPKG_DEB}" --contents "${_debs}"
    OUTPUT_VARIABLE _listing RESULT_VARIABLE _rc)
string(REPLACE "\n" ";" _deb_lines "${_listing}")
set(_deb_files "")
foreach(_line IN LISTS _deb_lines)
    # "-rw-r--r-- root/root  1234 2026-01-01 00:00 ./usr/share/..."; directories end in "/".
    if(_line MATCHES " \\./usr/(.*[^/])$")
        list(APPEND _deb_files "${CMAKE_MATCH_1}")
    endif()
endforeach()
foreach(_f IN LISTS _payload)
    require_file(_deb_files "${_f}" ".deb")
endforeach()
list(LENGTH _deb_files _n_deb)

# --- .tar.gz --------------------------------------------------------------------------
file(GLOB _tgzs "${WORK_DIR}/*.tar.gz")
list(LENGTH _tgzs _ntgz)
if(NOT _ntgz EQUAL 1)
    message(FATAL_ERROR "expected one .tar.gz in ${WORK_DIR}, found ${_ntgz}: ${_tgzs}")
endif()
get_filename_component(_tgz_name "${_tgzs}" NAME)
string(REGEX REPLACE "\\.tar\\.gz$" "" _top "${_tgz_name}")
if(NOT _top MATCHES "^deliverbench-${VERSION}-[a-z0-9_]+$")
    string(APPEND _errors "\n  .tar.gz file name ${_tgz_name} is not deliverbench-${VERSION}-<arch>.tar.gz")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar tzf "${_tgzs}"
    OUTPUT_VARIABLE _tlisting RESULT_VARIABLE _rc)
string(REPLACE "\n" ";" _tgz_files "${_tlisting}")
list(FILTER _tgz_files INCLUDE REGEX "[^/]$")
list(TRANSFORM _tgz_files REPLACE "^${_top}/" "")
foreach(_f IN LISTS _payload)
    require_file(_tgz_files "${_f}" ".tar.gz (under ${_top}/)")
endforeach()
list(LENGTH _tgz_files _n_tgz)

if(_errors)
    message(FATAL_ERROR "packages are wrong:${_errors}")
endif()
message(STATUS "${_deb_name}: ${_n_deb} files, Depends: ${_deb_Depends}")
message(STATUS "${_tgz_name}: ${_n_tgz} files under ${_top}/")
