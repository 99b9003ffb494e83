# SPDX-License-Identifier: GPL-3.0-or-later
# Header field parsers: RFC 2047, addresses and Message-IDs, dates, Received,
# Authentication-Results, DSN.
deliverbench_add_test(NAME tst_rfc2047 SOURCES tst_rfc2047.cpp LABELS unit)
deliverbench_add_test(NAME tst_address SOURCES tst_address.cpp LABELS unit)
deliverbench_add_test(NAME tst_date SOURCES tst_date.cpp LABELS unit)
deliverbench_add_test(NAME tst_received SOURCES tst_received.cpp LABELS unit)
deliverbench_add_test(NAME tst_authresults SOURCES tst_authresults.cpp LABELS unit)
deliverbench_add_test(NAME tst_dsn SOURCES tst_dsn.cpp LABELS unit)
