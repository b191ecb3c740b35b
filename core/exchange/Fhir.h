// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace backlog {
} // namespace backlog
