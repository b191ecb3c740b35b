// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodayPage.h"

#include "Diary.h"
#include "ScoreSelector.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace backlog {

TodayPage::TodayPage(Diary& diary, QWidget* parent) : QWidget(parent), m_diary(diary)
{
    auto* layout = new QVBoxLayout(this);

    auto* dateRow = new QHBoxLayout;
    m_previous = new QPushButton(tr("< Previous day"), this);
    m_previous->setObjectName(QStringLiteral("previousDayButton"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setAccessibleName(tr("Day shown"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_dateEdit->setMaximumDate(QDate::currentDate());
    m_next = new QPushButton(tr("Next day >"), this);
    m_next->setObjectName(QStringLiteral("nextDayButton"));
    m_next->setAccessibleName(tr("Next day"));
    dateRow->addWidget(m_previous);
    dateRow->addWidget(m_dateEdit, 1);
    dateRow->addWidget(m_next);
    layout->addLayout(dateRow);

    auto* painBox = new QGroupBox(tr("Pain on average over the last 24 hours"), this);
    auto* painLayout = new QVBoxLayout(painBox);
    m_pain = new ScoreSelector(tr("Pain"), tr("no pain"), tr("worst pain imaginable"), painBox);
    m_pain->setObjectName(QStringLiteral("painSelector"));
    painLayout->addWidget(m_pain);
    painLayout->addWidget(new QLabel(tr("Lower is better."), painBox));
    layout->addWidget(painBox);

    auto* functionBox = new QGroupBox(tr("How well you can do your important activities"), this);
    auto* functionLayout = new QVBoxLayout(functionBox);
    m_function = new ScoreSelector(tr("Function"), tr("unable to do them"),
                                   tr("able to do them as before the pain"), functionBox);
    m_function->setObjectName(QStringLiteral("functionSelector"));
    functionLayout->addWidget(m_function);
    functionLayout->addWidget(new QLabel(tr("Higher is better."), functionBox));
    layout->addWidget(functionBox);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatusLabel"));
    m_status->setAccessibleName(tr("Save status"));
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_pain, &ScoreSelector::valueChosen, this, &TodayPage::save);
    connect(m_function, &ScoreSelector::valueChosen, this, &TodayPage::save);
    connect(m_previous, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showDate(m_date.addDays(1)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (d != m_date)
            showDate(d);
    });

    setTabOrder(m_previous, m_dateEdit);
    setTabOrder(m_dateEdit, m_next);
    setTabOrder(m_next, m_pain);
    setTabOrder(m_pain, m_function);

    showDate(QDate::currentDate());
}

void TodayPage::showDate(const QDate& date)
{
    if (!date.isValid() || date > QDate::currentDate())
        return;
    m_date = date;
    m_dateEdit->blockSignals(true);
    m_dateEdit->setDate(date);
    m_dateEdit->blockSignals(false);
    m_next->setEnabled(date < QDate::currentDate());
    load();
}

void TodayPage::load()
{
    const auto stored = m_diary.entries().get(m_date);
    if (!stored) {
        m_entry.reset();
        Q_EMIT saveFailed(stored.error().message);
        return;
    }
    m_entry = stored.value();
    if (m_entry) {
        m_pain->setValue(m_entry->pain);
        m_function->setValue(m_entry->function ? static_cast<int>(*m_entry->function + 0.5) : -1);
        m_status->setText(tr("Saved."));
    } else {
        m_pain->clear();
        m_function->clear();
        m_status->setText(m_date == QDate::currentDate() ? tr("Nothing logged today yet.")
                                                         : tr("Nothing logged on this day."));
    }
}

void TodayPage::save()
{
    if (m_pain->value() < 0) {
        m_status->setText(tr("Choose a pain score to save this day."));
        return;
    }
    DailyEntry entry = m_entry.value_or(DailyEntry{});
    entry.date = m_date;
    entry.pain = m_pain->value();
    if (m_function->value() >= 0) {
        entry.function = m_function->value();
        entry.activityScores.clear();
    }
    if (const Status s = m_diary.saveEntry(entry); !s) {
        m_status->setText(tr("Not saved: %1").arg(s.error().message));
        Q_EMIT saveFailed(s.error().message);
        return;
    }
    m_entry = entry;
    m_status->setText(tr("Saved."));
    Q_EMIT saved(m_date);
}

} // namespace backlog
