// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DailyEntry.h"

#include <cmath>

namespace backlog {

double roundToTenth(double value)
{
    return std::floor(value * 10.0 + 0.5) / 10.0;
}

std::optional<double> functionFromActivities(const QList<std::optional<int>>& scores,
                                             int activityCount)
{
    if (scores.isEmpty() || (activityCount >= 0 && scores.size() != activityCount))
        return std::nullopt;
    int sum = 0;
    for (const std::optional<int>& s : scores) {
        if (!s)
            return std::nullopt;
        sum += *s;
    }
    // Half up on exact tenths: sum / n in tenths is (10 sum) / n, rounded half up.
    const qint64 n = scores.size();
    const qint64 tenths = (20 * static_cast<qint64>(sum) + n) / (2 * n);
    return static_cast<double>(tenths) / 10.0;
}

} // namespace backlog
