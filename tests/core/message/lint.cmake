# SPDX-License-Identifier: GPL-3.0-or-later
# Structure lint (core/message/MessageLint): focused messages in tests/data/lint and the bundled samples.
deliverbench_add_test(NAME tst_lint SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_lint.cpp LABELS unit)
