// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled only so that CMake builds the test programs' shared precompiled header
// (kindred_reuse_test_headers in tests/CMakeLists.txt); it holds no code.
