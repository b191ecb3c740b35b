// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DailyEntry.h"

#include <cmath>

namespace backlog {

double roundToTenth(double value)
{
    return std::floor(value * 10.0 + 0.5) / 10.0;
}

std::optional<double> functionFromActivities(const QList<int>& scores)
{
    if (scores.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int s : scores)
        sum += s;
    return roundToTenth(sum / scores.size());
}

} // namespace backlog
