// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Charset.h"

// Implementation pending.
