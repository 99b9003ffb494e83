# SPDX-License-Identifier: GPL-3.0-or-later
# Stand-in for a packaging test whose tool is missing: fail loudly, never skip.
cmake_minimum_required(VERSION 3.25)
message(FATAL_ERROR "${MESSAGE}")
