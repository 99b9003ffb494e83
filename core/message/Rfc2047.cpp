// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Rfc2047.h"

// Implementation pending.
