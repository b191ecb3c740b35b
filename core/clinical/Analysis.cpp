// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinical/Analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace backlog {

namespace {

// The trend: a line with a bend every kSegmentDays (at most kMaxSegments pieces).
constexpr int kSegmentDays = 14;
constexpr int kMaxSegments = 12;
// The day-to-day autocorrelation of the noise is searched in this range.
constexpr double kPhiLow = -0.5;
constexpr double kPhiHigh = 0.98;
constexpr double kPhiStep = 0.1;
constexpr double kPhiGrid[] = {-0.4, -0.2, 0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
// ... and the share of the noise variance that is the AR(1) process (the rest is day noise).
constexpr double kShareLow = 0.02;
constexpr double kShareStep = 0.2;
constexpr double kShareGrid[] = {0.2, 0.4, 0.6, 0.8, 1.0};
constexpr int kGoldenSteps = 12;
constexpr double kNoiseStep = 0.02;
constexpr double kNoiseRidge = 1.0;

// ---- Student's t, from the regularized incomplete beta function ----

/// The continued fraction of the incomplete beta function (modified Lentz).
double betaFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-15;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 500; ++m) {
        const double m2 = 2.0 * m;
        double num = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + num * d;
        c = 1.0 + num / c;
        d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
        c = std::fabs(c) < tiny ? tiny : c;
        h *= d * c;
        num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + num * d;
        c = 1.0 + num / c;
        d = 1.0 / (std::fabs(d) < tiny ? tiny : d);
        c = std::fabs(c) < tiny ? tiny : c;
        const double step = d * c;
        h *= step;
        if (std::fabs(step - 1.0) < epsilon)
            break;
    }
    return h;
}

/// I_x(a, b).
double regularizedBeta(double x, double a, double b)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaFraction(a, b, x) / a;
    return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

// ---- Generalized least squares with AR(1) plus day noise ----

/// The regression: pain on day t = trend(t) + effect * afterSession(t) + noise, where the
/// noise is an AR(1) process in calendar days plus independent day-to-day noise.
struct Design
{
    std::vector<int> days;       ///< observed days, ascending
    std::vector<double> pain;    ///< their pain
    std::vector<double> columns; ///< row-major, p per row
    int p = 0;                   ///< columns; the last one is the after-session indicator
};

struct Fit
{
    bool ok = false;
    double logLikelihood = -std::numeric_limits<double>::infinity();
    double sse = 0.0;
    std::vector<double> beta;
    double effectVariance = 0.0; ///< unscaled: [(X'X)^-1] of the effect column
};

/// Cholesky factorisation in place (lower triangle); false when not positive definite.
bool cholesky(std::vector<double>& a, int p)
{
    double largest = 0.0;
    for (int i = 0; i < p; ++i)
        largest = std::max(largest, a[i * p + i]);
    for (int j = 0; j < p; ++j) {
        double diagonal = a[j * p + j];
        for (int k = 0; k < j; ++k)
            diagonal -= a[j * p + k] * a[j * p + k];
        if (!(diagonal > largest * 1e-11))
            return false;
        const double root = std::sqrt(diagonal);
        a[j * p + j] = root;
        for (int i = j + 1; i < p; ++i) {
            double sum = a[i * p + j];
            for (int k = 0; k < j; ++k)
                sum -= a[i * p + k] * a[j * p + k];
            a[i * p + j] = sum / root;
        }
    }
    return true;
}

/// Solves L L' x = b for x, in place.
void choleskySolve(const std::vector<double>& l, int p, std::vector<double>& b)
{
    for (int i = 0; i < p; ++i) {
        double sum = b[i];
        for (int k = 0; k < i; ++k)
            sum -= l[i * p + k] * b[k];
        b[i] = sum / l[i * p + i];
    }
    for (int i = p - 1; i >= 0; --i) {
        double sum = b[i];
        for (int k = i + 1; k < p; ++k)
            sum -= l[k * p + i] * b[k];
        b[i] = sum / l[i * p + i];
    }
}

/// The noise model: an AR(1) process with coefficient phi (in calendar days) plus
/// independent day noise (whole-number scores, passing ups and downs); share is the part
/// of the noise variance that is the AR(1) process (1: no day noise).
struct Noise
{
    double phi = 0.0;
    double share = 1.0;
};

/// Visits the rows of the design whitened by the Kalman filter of the noise model: row i is
/// the one-day-ahead prediction error of the pain and of each column, divided by its
/// standard deviation, so that the whitened noise is independent with one variance. A
/// missing day only widens the prediction. Returns the sum of the log variances.
template <typename Visit>
double forEachWhitenedRow(const Design& d, const Noise& noise, std::vector<double>& row,
                          std::vector<double>& state, Visit visit)
{
    const int p = d.p;
    const double dayNoise = 1.0 - noise.share;
    double variance = noise.share; // of the AR(1) state, stationary at the start
    double stateY = 0.0;
    state.assign(p, 0.0);
    row.assign(p, 0.0);
    double sumLogF = 0.0;
    for (size_t i = 0; i < d.days.size(); ++i) {
        if (i > 0) {
            const int gap = d.days[i] - d.days[i - 1];
            const double f = gap == 1 ? noise.phi : std::pow(noise.phi, gap);
            stateY *= f;
            for (int c = 0; c < p; ++c)
                state[c] *= f;
            variance = f * f * variance + noise.share * (1.0 - f * f);
        }
        const double predictionVariance = std::max(variance + dayNoise, 1e-12);
        const double w = 1.0 / std::sqrt(predictionVariance);
        const double gain = variance / predictionVariance;
        const double* x = &d.columns[i * p];
        const double errorY = d.pain[i] - stateY;
        stateY += gain * errorY;
        for (int c = 0; c < p; ++c) {
            const double error = x[c] - state[c];
            state[c] += gain * error;
            row[c] = error * w;
        }
        visit(errorY * w);
        variance *= 1.0 - gain;
        sumLogF += std::log(predictionVariance);
    }
    return sumLogF;
}

Fit fitAt(const Design& d, const Noise& noise)
{
    Fit fit;
    const int p = d.p;
    const auto n = static_cast<double>(d.days.size());
    std::vector<double> xtx(p * p, 0.0);
    std::vector<double> xtz(p, 0.0);
    std::vector<double> row;
    std::vector<double> state;
    const double sumLogV = forEachWhitenedRow(d, noise, row, state, [&](double z) {
        for (int a = 0; a < p; ++a) {
            const double ra = row[a];
            if (ra == 0.0)
                continue;
            xtz[a] += ra * z;
            for (int b = 0; b <= a; ++b)
                xtx[a * p + b] += ra * row[b];
        }
    });
    for (int a = 0; a < p; ++a)
        for (int b = a + 1; b < p; ++b)
            xtx[a * p + b] = xtx[b * p + a];
    if (!cholesky(xtx, p))
        return fit;
    double logDetXtx = 0.0;
    for (int a = 0; a < p; ++a)
        logDetXtx += 2.0 * std::log(xtx[a * p + a]);
    fit.beta = xtz;
    choleskySolve(xtx, p, fit.beta);
    double sse = 0.0;
    (void)forEachWhitenedRow(d, noise, row, state, [&](double z) {
        double predicted = 0.0;
        for (int c = 0; c < p; ++c)
            predicted += row[c] * fit.beta[c];
        sse += (z - predicted) * (z - predicted);
    });
    std::vector<double> unit(p, 0.0);
    unit[p - 1] = 1.0;
    choleskySolve(xtx, p, unit);
    fit.effectVariance = unit[p - 1];
    fit.sse = sse;
    fit.ok = sse > 0.0 && std::isfinite(sse);
    // The profile log-likelihood of the noise model (its scale concentrated out).
    // Restricted (REML) likelihood: it allows for the trend and effect being estimated,
    // which otherwise biases the autocorrelation low in a diary of a few weeks.
    fit.logLikelihood = fit.ok ? -0.5 * (n - p) * std::log(sse) - 0.5 * sumLogV - 0.5 * logDetXtx
                               : -std::numeric_limits<double>::infinity();
    return fit;
}

/// Golden-section search of one coordinate of the noise model for the largest likelihood.
template <typename Set>
void refine(const Design& d, Noise& best, double& bestValue, double low, double high, Set set)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    auto value = [&](double x) {
        Noise n = best;
        set(n, x);
        return fitAt(d, n).logLikelihood;
    };
    double a = low;
    double b = high;
    double c = b - ratio * (b - a);
    double e = a + ratio * (b - a);
    double fc = value(c);
    double fe = value(e);
    for (int i = 0; i < kGoldenSteps; ++i) {
        if (fc > fe) {
            b = e;
            e = c;
            fe = fc;
            c = b - ratio * (b - a);
            fc = value(c);
        } else {
            a = c;
            c = e;
            fc = fe;
            e = a + ratio * (b - a);
            fe = value(e);
        }
    }
    const double x = fc > fe ? c : e;
    const double fx = std::max(fc, fe);
    if (fx > bestValue) {
        set(best, x);
        bestValue = fx;
    }
}

/// The noise model of the largest likelihood: a grid, then each coordinate refined.
Noise bestNoise(const Design& d)
{
    Noise best;
    double bestValue = -std::numeric_limits<double>::infinity();
    for (double phi : kPhiGrid) {
        for (double share : kShareGrid) {
            const double value = fitAt(d, Noise{phi, share}).logLikelihood;
            if (value > bestValue) {
                bestValue = value;
                best = Noise{phi, share};
            }
        }
    }
    for (int round = 0; round < 2; ++round) {
        refine(d, best, bestValue, std::max(kPhiLow, best.phi - kPhiStep),
               std::min(kPhiHigh, best.phi + kPhiStep), [](Noise& n, double x) { n.phi = x; });
        refine(d, best, bestValue, std::max(kShareLow, best.share - kShareStep),
               std::min(1.0, best.share + kShareStep), [](Noise& n, double x) { n.share = x; });
    }
    return best;
}

/// The part of the effect's variance that comes from the noise model being estimated: when
/// sessions are booked on bad days, the effect leans on how fast a bad day fades, so its
/// uncertainty counts (the delta method: g' V g, with g the gradient of the effect in the
/// noise model and V the inverse of the negative Hessian of the likelihood, steadied by
/// kNoiseRidge as a weak prior so that a flat likelihood cannot make it infinite).
double noiseVariance(const Design& d, const Noise& at)
{
    const double hPhi = kNoiseStep;
    const double hShare = kNoiseStep;
    // The stencil stays inside the ranges of the two parameters.
    const Noise c{std::clamp(at.phi, kPhiLow + hPhi, kPhiHigh - hPhi),
                  std::clamp(at.share, kShareLow + hShare, 1.0 - hShare)};
    double l[3][3];
    double g[3][3];
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j) {
            const Fit f = fitAt(d, Noise{c.phi + (i - 1) * hPhi, c.share + (j - 1) * hShare});
            if (!f.ok)
                return 0.0;
            l[i][j] = f.logLikelihood;
            g[i][j] = f.beta[d.p - 1];
        }
    }
    const double hpp = (l[2][1] - 2.0 * l[1][1] + l[0][1]) / (hPhi * hPhi);
    const double hss = (l[1][2] - 2.0 * l[1][1] + l[1][0]) / (hShare * hShare);
    const double hps = (l[2][2] - l[2][0] - l[0][2] + l[0][0]) / (4.0 * hPhi * hShare);
    const double gp = (g[2][1] - g[0][1]) / (2.0 * hPhi);
    const double gs = (g[1][2] - g[1][0]) / (2.0 * hShare);
    // V = (-H + ridge I)^-1, a 2 x 2 inverse.
    const double a = std::max(-hpp, 0.0) + kNoiseRidge;
    const double b = -hps;
    const double e = std::max(-hss, 0.0) + kNoiseRidge;
    double det = a * e - b * b;
    if (!(det > 0.0))
        return (gp * gp) / a + (gs * gs) / e;
    return (gp * gp * e - 2.0 * gp * gs * b + gs * gs * a) / det;
}

} // namespace

QString toString(SessionVerdict verdict)
{
    switch (verdict) {
    case SessionVerdict::LowerPain:
        return QStringLiteral("lower-pain");
    case SessionVerdict::HigherPain:
        return QStringLiteral("higher-pain");
    case SessionVerdict::NoClearDifference:
        return QStringLiteral("no-clear-difference");
    case SessionVerdict::TooFewSessions:
        break;
    }
    return QStringLiteral("too-few-sessions");
}

QString sessionEffectMethod()
{
    return QStringLiteral("GLS of daily pain on a 14-day piecewise trend and the two days after a "
                          "session, AR(1) plus day noise (Kalman filter, REML); t interval "
                          "(df: usable sessions or runs of other days, less 1) widened for the "
                          "estimated noise");
}

double roundHalfUp(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    // The small nudge keeps a tie written in decimal (1.005) a tie in binary.
    return std::floor(value * scale + 0.5 + 1e-7) / scale + 0.0;
}

double studentTwoSidedP(double t, double df)
{
    if (!std::isfinite(t))
        return 0.0;
    return regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
}

double studentQuantileTwoSided(double p, double df)
{
    double low = 0.0;
    double high = 1.0;
    while (studentTwoSidedP(high, df) > p && high < 1e6)
        high *= 2.0;
    for (int i = 0; i < 200 && high - low > 1e-12 * high; ++i) {
        const double middle = (low + high) / 2.0;
        if (studentTwoSidedP(middle, df) > p)
            low = middle;
        else
            high = middle;
    }
    return (low + high) / 2.0;
}

SessionEffect analysePain(const std::vector<std::optional<double>>& pain,
                          const std::vector<int>& sessionDays)
{
    SessionEffect result;
    const int length = static_cast<int>(pain.size());
    std::vector<char> session(length, 0);
    for (int day : sessionDays)
        if (day >= 0 && day < length)
            session[day] = 1;
    auto painOn = [&](int day) -> const std::optional<double>& {
        static const std::optional<double> none;
        return day >= 0 && day < length ? pain[day] : none;
    };

    // Usable sessions, and the pain around them for the chart.
    std::array<double, SessionEffect::kAroundBefore + 1 + SessionEffect::kAroundAfter> sums{};
    std::array<int, SessionEffect::kAroundBefore + 1 + SessionEffect::kAroundAfter> counts{};
    for (int s = 0; s < length; ++s) {
        if (!session[s] || !painOn(s - 1) || (!painOn(s + 1) && !painOn(s + 2)))
            continue;
        ++result.sessionsUsed;
        for (int offset = -SessionEffect::kAroundBefore; offset <= SessionEffect::kAroundAfter;
             ++offset) {
            if (const auto& value = painOn(s + offset)) {
                sums[offset + SessionEffect::kAroundBefore] += *value;
                ++counts[offset + SessionEffect::kAroundBefore];
            }
        }
    }
    for (size_t i = 0; i < sums.size(); ++i)
        if (counts[i] > 0)
            result.around[i] = sums[i] / counts[i];
    if (result.sessionsUsed < SessionEffect::kMinSessions) {
        result.verdict = SessionVerdict::TooFewSessions;
        return result;
    }
    result.verdict = SessionVerdict::NoClearDifference;

    Design d;
    for (int t = 0; t < length; ++t) {
        if (pain[t]) {
            d.days.push_back(t);
            d.pain.push_back(*pain[t]);
        }
    }
    const int n = static_cast<int>(d.days.size());
    const int first = d.days.front();
    const int span = d.days.back() - first;
    // Fewer pieces when the diary is short or sparse, so that enough rows remain.
    int segments =
        std::clamp(static_cast<int>(std::lround(span / double(kSegmentDays))), 1, kMaxSegments);
    segments = std::max(1, std::min(segments, n / 20));
    std::vector<double> knots;
    for (int j = 1; j < segments; ++j)
        knots.push_back(first + span * double(j) / segments);
    d.p = 2 + static_cast<int>(knots.size()) + 1;
    d.columns.reserve(static_cast<size_t>(n) * d.p);
    for (int t : d.days) {
        d.columns.push_back(1.0);
        d.columns.push_back((t - first) / double(kSegmentDays));
        for (double knot : knots)
            d.columns.push_back(std::max(0.0, (t - knot) / double(kSegmentDays)));
        const bool after = (t >= 1 && session[t - 1]) || (t >= 2 && session[t - 2]);
        d.columns.push_back(after ? 1.0 : 0.0);
    }
    // Pain that never changes: the diary shows no difference at all (and a fit would
    // mistake rounding error for information).
    const auto [lowest, highest] = std::minmax_element(d.pain.begin(), d.pain.end());
    if (*highest - *lowest < 1e-9) {
        result.effect = 0.0;
        result.low = 0.0;
        result.high = 0.0;
        result.pValue = 1.0;
        return result;
    }
    // The other side of the comparison: runs of scored days that are not after-days. With
    // sessions nearly every day there are few, and they, not the sessions, limit what the
    // diary can tell.
    int controlRuns = 0;
    bool inRun = false;
    for (int i = 0; i < n; ++i) {
        const bool control = d.columns[static_cast<size_t>(i) * d.p + d.p - 1] == 0.0;
        const bool adjacent = i > 0 && d.days[i] == d.days[i - 1] + 1;
        if (control && !(inRun && adjacent))
            ++controlRuns;
        inRun = control;
    }
    const int df = n - d.p - 2;
    if (df < 2 || controlRuns == 0)
        return result;
    const Noise noise = bestNoise(d);
    const Fit fit = fitAt(d, noise);
    if (!fit.ok)
        return result;
    result.autocorrelation = noise.phi * noise.share;
    const double effect = fit.beta[d.p - 1];
    const double sigma2 = fit.sse / (n - d.p);
    const double se = std::sqrt(sigma2 * fit.effectVariance + noiseVariance(d, noise));
    // The effect is learnt from the days around the sessions, a handful of nearly
    // independent pieces: Student's t with one degree of freedom fewer than the usable
    // sessions (as for a mean of that many), or than the runs of days without a session
    // before them when those are fewer, or than the diary's rows; at least one.
    const int effectDf = std::max(1, std::min({df, result.sessionsUsed - 1, controlRuns - 1}));
    const double q = studentQuantileTwoSided(0.05, effectDf);
    result.effect = effect;
    result.low = effect - q * se;
    result.high = effect + q * se;
    result.pValue = studentTwoSidedP(effect / se, effectDf);
    if (*result.high < 0.0)
        result.verdict = SessionVerdict::LowerPain;
    else if (*result.low > 0.0)
        result.verdict = SessionVerdict::HigherPain;
    return result;
}

SessionEffect analyseSessions(const QList<DailyEntry>& entries, const QList<Session>& sessions,
                              const QDate& asOf)
{
    QDate first;
    QDate last;
    for (const DailyEntry& e : entries) {
        if (!e.date.isValid() || (asOf.isValid() && e.date > asOf))
            continue;
        if (!first.isValid() || e.date < first)
            first = e.date;
        if (!last.isValid() || e.date > last)
            last = e.date;
    }
    SessionEffect result;
    if (first.isValid()) {
        const auto length = static_cast<size_t>(first.daysTo(last) + 1);
        std::vector<std::optional<double>> pain(length);
        for (const DailyEntry& e : entries)
            if (e.date.isValid() && e.date >= first && e.date <= last)
                pain[static_cast<size_t>(first.daysTo(e.date))] = e.pain;
        std::vector<int> days;
        for (const Session& s : sessions)
            if (s.date.isValid() && s.date <= last && first.daysTo(s.date) >= -2)
                days.push_back(static_cast<int>(first.daysTo(s.date)));
        // A session up to two days before the first score still marks the days after it.
        const int shift =
            days.empty() ? 0 : std::max(0, -*std::min_element(days.begin(), days.end()));
        if (shift > 0) {
            pain.insert(pain.begin(), static_cast<size_t>(shift), std::nullopt);
            for (int& day : days)
                day += shift;
        }
        result = analysePain(pain, days);
    }
    result.asOf = asOf;
    return result;
}

} // namespace backlog
