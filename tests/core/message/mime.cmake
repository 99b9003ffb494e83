# SPDX-License-Identifier: GPL-3.0-or-later
# MIME model: header sections, MIME tree, transfer/charset decoding, mailbox reading, conformance data.
deliverbench_add_test(NAME tst_mime SOURCES tst_mime.cpp LABELS unit)
deliverbench_add_test(NAME tst_decoding SOURCES tst_decoding.cpp LABELS unit)
deliverbench_add_test(NAME tst_mailbox SOURCES tst_mailbox.cpp LABELS unit)
deliverbench_add_test(NAME tst_mimeconformance SOURCES tst_mimeconformance.cpp LABELS unit)
