// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Episode.h"

namespace backlog {

const QList<ScreeningQuestion>& screeningQuestions()
{
    static const QList<ScreeningQuestion> questions{
        {"SCR-TRAUMA", &Screening::trauma, "scr_trauma", true},
        {"SCR-CANCER", &Screening::cancer, "scr_cancer", true},
        {"SCR-WEIGHT-FEVER", &Screening::weightFever, "scr_weight_fever", true},
        {"SCR-IMMUNO", &Screening::immuno, "scr_immuno", true},
        {"SCR-DISC-LEG", &Screening::discLeg, "scr_disc_leg", true},
        {"SCR-SURGERY-6W", &Screening::surgery6w, "scr_surgery_6w", true},
        {"SCR-OSTEOPOROSIS", &Screening::osteoporosis, "scr_osteoporosis", true},
        {"SCR-AGE-50", &Screening::ageOver50, "scr_age_50", false},
        {"SCR-INFLAMMATORY", &Screening::inflammatory, "scr_inflammatory", false},
        {"SCR-INFECTION", &Screening::infection, "scr_infection", false},
        {"SCR-ANTICOAG", &Screening::anticoag, "scr_anticoag", false},
        {"SCR-AORTA", &Screening::aorta, "scr_aorta", false},
    };
    return questions;
}

bool Screening::answer(const QString& id) const
{
    for (const ScreeningQuestion& q : screeningQuestions())
        if (id == QLatin1String(q.id))
            return this->*q.answer;
    return false;
}

bool Screening::setAnswer(const QString& id, bool yes)
{
    for (const ScreeningQuestion& q : screeningQuestions())
        if (id == QLatin1String(q.id)) {
            this->*q.answer = yes;
            return true;
        }
    return false;
}

} // namespace backlog
