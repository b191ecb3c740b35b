// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPage.h"

#include "DateField.h"
#include "DiaryService.h"
#include "LevelIcon.h"
#include "clinical/Plan.h"
#include "clinical/RuleTable.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace backlog {

namespace {

QString phaseName(int phase)
{
    switch (phase) {
    case 1:
        return PlanPage::tr("Acute relief");
    case 2:
        return PlanPage::tr("Active work");
    case 3:
        return PlanPage::tr("Maintenance");
    default:
        return PlanPage::tr("Not started");
    }
}

QString planText(const char* text)
{
    return text ? QCoreApplication::translate("Plan", text) : QString();
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString shortDate(const QDate& date)
{
    return displayDate(date);
}

/// "upcoming", "today", "passed": where a date is from today, in words.
QString relativeDay(const QDate& date, const QDate& today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return PlanPage::tr("today");
    if (days < 0)
        return PlanPage::tr("passed");
    return PlanPage::tr("upcoming");
}

QTableWidget* makeTable(const QStringList& headers, const QString& objectName,
                        const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(
        std::max(32, table->verticalHeader()->defaultSectionSize()));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setResizeContentsPrecision(60); // a sample, not every week
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // As tall as its rows (fitHeight), never stretched by spare room on the page.
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return table;
}

/// Most rows a table shows before it scrolls inside itself (a diary of years has hundreds
/// of weeks; laying them all out would make the page slow and endless).
constexpr int kMaxVisibleRows = 12;

/// Makes a table as tall as its rows, up to kMaxVisibleRows: the page scrolls, not the
/// table, for the weeks of a course of treatment.
void fitHeight(QTableWidget* table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    const int rows = std::min(table->rowCount(), kMaxVisibleRows);
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row);
    // On a narrow window the columns scroll sideways; the scroll bar must not hide a row.
    if (table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

QTableWidgetItem* cell(const QString& text, const QVariant& raw = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (raw.isValid())
        item->setData(Qt::UserRole, raw);
    return item;
}

} // namespace

// --- PlanTimeline ---------------------------------------------------------------------------

PlanTimeline::PlanTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planTimeline"));
    setAccessibleName(tr("Plan timeline"));
    // Reachable by Tab so that a screen reader reads the description.
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PlanTimeline::setPlan(const QDate& programStart, int today)
{
    m_start = programStart;
    m_today = today;
    const QString description = describe();
    setAccessibleDescription(description);
    setToolTip(description);
    update();
}

int PlanTimeline::weeksShown() const
{
    return std::max(12, programWeek(m_today) + 1);
}

QSize PlanTimeline::sizeHint() const
{
    const int lh = fontMetrics().height();
    // review labels, bar of three lines, week numbers, today's label
    return {720, 8 + lh + 6 + (lh * 3 + 16) + 6 + lh + 12 + lh + 8};
}

QSize PlanTimeline::minimumSizeHint() const
{
    return {420, sizeHint().height()};
}

void PlanTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

QString PlanTimeline::describe() const
{
    if (!m_start.isValid())
        return {};
    const QLocale locale;
    QStringList parts;
    parts << tr("Phase 1, %1: days 1 to 28, weeks 1 to 4 (weeks 1 and 2 pain-focused, from "
                "week 3 movement in sessions).")
                 .arg(phaseName(1));
    parts << tr("Phase 2, %1: days 29 to 56, weeks 5 to 8.").arg(phaseName(2));
    parts << tr("Phase 3, %1: from day 57.").arg(phaseName(3));
    parts << tr("Review points at the end of week 4 (%1) and week 8 (%2).")
                 .arg(shortDate(m_start.addDays(kPhaseOneLastDay - 1)),
                      shortDate(m_start.addDays(kPhaseTwoLastDay - 1)));
    if (m_today >= 1)
        parts << tr("Today is day %1, week %2, phase %3.")
                     .arg(m_today)
                     .arg(programWeek(m_today))
                     .arg(phaseOfDay(m_today));
    else
        parts << tr("The program starts on %1.").arg(shortDate(m_start));
    return parts.join(QLatin1Char(' '));
}

void PlanTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor windowText = pal.color(QPalette::WindowText);
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor alternate = pal.color(QPalette::AlternateBase);
    const QColor highlight = pal.color(QPalette::Highlight);

    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const int lh = fm.height();
    const int pad = 8;
    const int left = pad + fm.horizontalAdvance(QStringLiteral("00"));
    const int right = width() - left;
    const int yReview = pad;
    const int yBar = yReview + lh + 6;
    const int barH = lh * 3 + 16;
    const int yAxis = yBar + barH;
    const int yNumbers = yAxis + 6;
    const int yToday = yNumbers + lh + 2;

    const int days = weeksShown() * 7;
    const auto x = [&](double day) { // x of the start of a 0-based day offset
        return left + (right - left) * day / days;
    };

    // Phases: a filled box each with its name, days and focus; the current one tinted
    // with the highlight and named "now" (never colour alone).
    const int current = phaseOfDay(m_today);
    struct Segment
    {
        int phase, from, to; // 0-based day offsets [from, to)
        QString range, focus;
    };
    const Segment segments[] = {
        {1, 0, kPhaseOneLastDay, tr("Days 1-28, weeks 1-4"), {}},
        {2, kPhaseOneLastDay, kPhaseTwoLastDay, tr("Days 29-56, weeks 5-8"),
         tr("About 70 % active work")},
        {3, kPhaseTwoLastDay, days, tr("Day 57 on"), tr("Movement routine, massage as needed")},
    };
    const auto fillOf = [&](int phase) {
        return phase == current ? mix(base, highlight, 0.35) : (phase == 2 ? alternate : base);
    };
    const double split = x(14); // phase 1 sub-step: weeks 1-2 | from week 3
    for (const Segment& s : segments) {
        const QRectF box(x(s.from), yBar, x(s.to) - x(s.from), barH);
        p.setPen(QPen(windowText, 1));
        p.setBrush(fillOf(s.phase));
        p.drawRect(box);
    }
    p.setPen(QPen(text, 1, Qt::DashLine));
    p.drawLine(QPointF(split, yBar + 6 + 2 * lh), QPointF(split, yAxis));

    // Review points: a strong boundary line with a diamond on top (labels further down).
    for (const int day : {kPhaseOneLastDay, kPhaseTwoLastDay}) {
        const double rx = x(day);
        const double d = lh * 0.4;
        p.setPen(QPen(windowText, 2));
        p.drawLine(QPointF(rx, yBar), QPointF(rx, yAxis));
        QPainterPath diamond;
        diamond.moveTo(rx, yBar - d);
        diamond.lineTo(rx + d, yBar);
        diamond.lineTo(rx, yBar + d);
        diamond.lineTo(rx - d, yBar);
        diamond.closeSubpath();
        p.setPen(QPen(base, 1));
        p.setBrush(windowText);
        p.drawPath(diamond);
    }

    // Today: a bold line through the bar; the bar's words are drawn over it on their own
    // background, so that they stay readable where the line crosses them.
    const double tx = x(m_today - 0.5);
    if (m_today >= 1) {
        p.setPen(QPen(windowText, 3, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(tx, yBar - 4), QPointF(tx, yAxis + 4));
    }
    const auto label = [&](const QRectF& area, const QString& words, const QFontMetrics& metrics,
                           const QColor& background) {
        const QString shown = metrics.elidedText(words, Qt::ElideRight, int(area.width()));
        if (shown.isEmpty())
            return;
        const double w = metrics.horizontalAdvance(shown);
        p.fillRect(QRectF(area.left() - 2, area.top(), w + 4, area.height()), background);
        p.setPen(text);
        p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, shown);
    };
    for (const Segment& s : segments) {
        const QRectF box(x(s.from), yBar, x(s.to) - x(s.from), barH);
        const double inner = box.width() - 10;
        const QColor fill = fillOf(s.phase);
        QString title = tr("%1. %2").arg(s.phase).arg(phaseName(s.phase));
        if (s.phase == current)
            title = tr("%1 (now)").arg(title);
        p.setFont(bold);
        label(QRectF(box.left() + 5, box.top() + 4, inner, lh), title, boldFm, fill);
        p.setFont(font());
        label(QRectF(box.left() + 5, box.top() + 6 + lh, inner, lh), s.range, fm, fill);
        const double thirdTop = box.top() + 8 + 2 * lh;
        if (s.phase == 1) {
            label(QRectF(box.left() + 5, thirdTop, split - box.left() - 10, lh), tr("Pain-focused"),
                  fm, fill);
            label(QRectF(split + 5, thirdTop, box.right() - split - 10, lh), tr("Adds movement"),
                  fm, fill);
        } else {
            label(QRectF(box.left() + 5, thirdTop, inner, lh), s.focus, fm, fill);
        }
    }

    // Week ticks and numbers, thinned out when the weeks get narrow.
    const double weekWidth = x(7) - x(0);
    const int labelEvery = std::max(
        1,
        static_cast<int>(std::ceil((fm.horizontalAdvance(QStringLiteral("00")) + 8) / weekWidth)));
    p.setPen(QPen(windowText, 1));
    for (int w = 0; w <= weeksShown(); ++w)
        p.drawLine(QPointF(x(w * 7), yAxis), QPointF(x(w * 7), yAxis + 4));
    for (int w = 1; w <= weeksShown(); w += labelEvery) {
        const double centre = x(w * 7 - 3.5);
        p.drawText(
            QRectF(centre - weekWidth * labelEvery / 2, yNumbers, weekWidth * labelEvery, lh),
            Qt::AlignCenter, QLocale().toString(w));
    }

    // Review labels above the diamonds; shortened when the two would touch.
    const auto placed = [&](double centre, const QString& words) {
        const double w = fm.horizontalAdvance(words) + 2;
        return QRectF(std::clamp(centre - w / 2.0, 0.0, std::max(0.0, width() - w)), yReview, w,
                      lh);
    };
    QString review4 = tr("Review: end of week %1").arg(4);
    QString review8 = tr("Review: end of week %1").arg(8);
    if (placed(x(kPhaseOneLastDay), review4).right() + 12 >
        placed(x(kPhaseTwoLastDay), review8).left()) {
        review4 = tr("Review");
        review8 = tr("Review");
    }
    p.setPen(windowText);
    p.drawText(placed(x(kPhaseOneLastDay), review4), Qt::AlignCenter, review4);
    p.drawText(placed(x(kPhaseTwoLastDay), review8), Qt::AlignCenter, review8);

    // Today's triangle under the week numbers, and its label beside it.
    p.setFont(bold);
    double todayLabelEnd = left;
    if (m_today >= 1) {
        QPainterPath triangle;
        const double t = lh * 0.45;
        triangle.moveTo(tx, yToday);
        triangle.lineTo(tx + t, yToday + t);
        triangle.lineTo(tx - t, yToday + t);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(windowText);
        p.drawPath(triangle);
        const QString words = tr("Today: day %1, week %2").arg(m_today).arg(programWeek(m_today));
        const int w = boldFm.horizontalAdvance(words) + 2;
        double lx = tx + t + 4; // beside the triangle, or before it near the right edge
        if (lx + w > width())
            lx = tx - t - 4 - w;
        lx = std::max(0.0, lx);
        p.setPen(windowText);
        p.drawText(QRectF(lx, yToday, w, lh), Qt::AlignLeft | Qt::AlignVCenter, words);
        todayLabelEnd = lx + w;
    } else if (m_start.isValid()) {
        const QString words = tr("Starts on %1").arg(shortDate(m_start));
        p.setPen(windowText);
        p.drawText(QRectF(left, yToday, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter, words);
        todayLabelEnd = left + boldFm.horizontalAdvance(words);
    }
    p.setFont(font());
    p.setPen(windowText);
    const QString caption = tr("Program weeks");
    const int cw = fm.horizontalAdvance(caption);
    if (todayLabelEnd + 16 < right - cw)
        p.drawText(QRectF(right - cw, yToday, cw, lh), Qt::AlignRight | Qt::AlignVCenter, caption);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = pal.color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

// --- PlanPage -------------------------------------------------------------------------------

PlanPage::PlanPage(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("planPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("planStackedWidget"));
    outer->addWidget(m_stack);

    // Before setup there is no plan yet.
    m_setupNotice = new QWidget(m_stack);
    auto* noticeLayout = new QVBoxLayout(m_setupNotice);
    auto* notice = new QLabel(tr("Your plan starts after setup. Once you have entered when the "
                                 "pain began and the day the program starts, this page shows "
                                 "the three phases, what each asks for, this week's targets and "
                                 "how each week went."),
                              m_setupNotice);
    notice->setObjectName(QStringLiteral("setupNoticeLabel"));
    notice->setAccessibleName(tr("The plan starts after setup"));
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    noticeLayout->addWidget(notice);
    noticeLayout->addStretch();
    m_stack->addWidget(m_setupNotice);

    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("planScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("planContentWidget"));
    auto* layout = new QVBoxLayout(m_content);

    m_position = new QLabel(m_content);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setAccessibleName(tr("Where you are in the plan"));
    m_position->setWordWrap(true);
    m_position->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont positionFont = m_position->font();
    positionFont.setBold(true);
    m_position->setFont(positionFont);
    layout->addWidget(m_position);

    // Massage on hold: said before the plan, which then asks for no session.
    m_hold = new QFrame(m_content);
    m_hold->setObjectName(QStringLiteral("holdFrame"));
    m_hold->setFrameShape(QFrame::StyledPanel);
    auto* holdRow = new QHBoxLayout(m_hold);
    m_holdIcon = new LevelIcon(AlertLevel::StopMassage, 28, m_hold);
    holdRow->addWidget(m_holdIcon, 0, Qt::AlignTop);
    m_holdText = new QLabel(m_hold);
    m_holdText->setObjectName(QStringLiteral("holdLabel"));
    m_holdText->setAccessibleName(tr("Massage is on hold"));
    m_holdText->setWordWrap(true);
    m_holdText->setTextFormat(Qt::RichText);
    m_holdText->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    holdRow->addWidget(m_holdText, 1);
    m_hold->hide();
    layout->addWidget(m_hold);

    m_timeline = new PlanTimeline(m_content);
    layout->addWidget(m_timeline);

    auto* phaseBox = new QGroupBox(tr("What this phase asks for"), m_content);
    phaseBox->setObjectName(QStringLiteral("phaseGroupBox"));
    auto* phaseLayout = new QVBoxLayout(phaseBox);
    m_summary = new QLabel(phaseBox);
    m_summary->setObjectName(QStringLiteral("phaseSummaryLabel"));
    m_summary->setAccessibleName(tr("What this phase asks for"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_subStep = new QLabel(phaseBox);
    m_subStep->setObjectName(QStringLiteral("subStepLabel"));
    m_subStep->setAccessibleName(tr("Step within the phase"));
    m_subStep->setWordWrap(true);
    m_subStep->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tasks = new QLabel(phaseBox);
    m_tasks->setObjectName(QStringLiteral("tasksLabel"));
    m_tasks->setAccessibleName(tr("Today's checklist"));
    m_tasks->setWordWrap(true);
    m_tasks->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tasks->setTextFormat(Qt::PlainText);
    for (QLabel* label : {m_summary, m_subStep, m_tasks}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        phaseLayout->addWidget(label);
    }
    layout->addWidget(phaseBox);

    m_weekBox = new QGroupBox(tr("This week"), m_content);
    m_weekBox->setObjectName(QStringLiteral("weekGroupBox"));
    auto* weekLayout = new QVBoxLayout(m_weekBox);
    m_week =
        makeTable({tr("Target"), tr("Plan"), tr("Done so far")},
                  QStringLiteral("weekTargetsTableWidget"), tr("This week's targets"), m_weekBox);
    weekLayout->addWidget(m_week);
    layout->addWidget(m_weekBox);

    auto* reviewBox = new QGroupBox(tr("Review points"), m_content);
    reviewBox->setObjectName(QStringLiteral("reviewGroupBox"));
    auto* reviewLayout = new QVBoxLayout(reviewBox);
    m_reviews = new QLabel(reviewBox);
    m_reviews->setObjectName(QStringLiteral("reviewPointsLabel"));
    m_reviews->setAccessibleName(tr("Review points"));
    m_reviews->setWordWrap(true);
    m_reviews->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reviews->setTextFormat(Qt::PlainText);
    m_reviews->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    reviewLayout->addWidget(m_reviews);
    layout->addWidget(reviewBox);

    auto* adherenceBox = new QGroupBox(tr("Adherence per week"), m_content);
    adherenceBox->setObjectName(QStringLiteral("adherenceGroupBox"));
    auto* adherenceLayout = new QVBoxLayout(adherenceBox);
    auto* explanation = new QLabel(
        tr("For every week that has ended: the massage sessions done against those planned, and "
           "the share of the daily self-care done (a day without an entry counts as none). A "
           "week is consistent when both reach 75 %."),
        adherenceBox);
    explanation->setObjectName(QStringLiteral("adherenceExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    adherenceLayout->addWidget(explanation);
    m_adherence = makeTable(
        {tr("Week"), tr("Dates"), tr("Phase"), tr("Sessions"), tr("Self-care"), tr("Consistent")},
        QStringLiteral("adherenceTableWidget"), tr("Adherence per week"), adherenceBox);
    adherenceLayout->addWidget(m_adherence);
    m_adherenceEmpty = new QLabel(tr("No week has ended yet: the first row appears after the "
                                     "end of week 1."),
                                  adherenceBox);
    m_adherenceEmpty->setObjectName(QStringLiteral("adherenceEmptyLabel"));
    m_adherenceEmpty->setWordWrap(true);
    m_adherenceEmpty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    adherenceLayout->addWidget(m_adherenceEmpty);
    layout->addWidget(adherenceBox);
    layout->addStretch();

    scroll->setWidget(m_content);
    m_stack->addWidget(scroll);

    // Columns are laid out once the viewport has its new width: fit the height after.
    m_week->viewport()->installEventFilter(this);
    m_adherence->viewport()->installEventFilter(this);
    setTabOrder(m_timeline, m_week);
    setTabOrder(m_week, m_adherence);

    connect(&m_context.service, &DiaryService::changed, this, &PlanPage::refresh);
    refresh();
}

bool PlanPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (QTableWidget* table : {m_week, m_adherence})
            if (watched == table->viewport())
                QTimer::singleShot(0, table, [table] { fitHeight(table); });
    }
    return QWidget::eventFilter(watched, event);
}

bool PlanPage::showsSetupNotice() const
{
    return m_stack->currentWidget() == m_setupNotice;
}

void PlanPage::refresh()
{
    const auto& episode = m_context.service.episode();
    if (!episode) {
        m_stack->setCurrentWidget(m_setupNotice);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QDate today = m_context.service.today();
    const PlanDay plan = planFor(*episode, today);
    const QLocale locale;
    m_timeline->setPlan(episode->programStart, plan.day);

    if (plan.day >= 1) {
        m_position->setText(tr("Today, %1, is day %2 of the program: week %3, phase %4 (%5).")
                                .arg(locale.toString(today, QLocale::LongFormat))
                                .arg(plan.day)
                                .arg(plan.week)
                                .arg(plan.phase)
                                .arg(phaseName(plan.phase)));
    } else {
        m_position->setText(tr("The program starts on %1. Until then there is nothing to do "
                               "but your daily log.")
                                .arg(locale.toString(episode->programStart, QLocale::LongFormat)));
    }

    refreshHold(today);
    m_summary->setText(planText(plan.summary));
    switch (plan.phase) {
    case 1:
        m_subStep->setText(plan.painFocused
                               ? tr("Now: weeks 1 and 2, when sessions focus on easing the pain. "
                                    "From week 3, movement is worked into the sessions.")
                               : tr("Now: from week 3, movement is worked into the sessions. "
                                    "Weeks 1 and 2 focused on easing the pain."));
        break;
    case 2:
    case 3:
        // The phase's summary already says it (the share of active work, how often massage
        // comes): said once.
        m_subStep->clear();
        break;
    default:
        m_subStep->setText(tr("Phase 1, %1, begins on the first day.").arg(phaseName(1)));
        break;
    }
    m_subStep->setVisible(!m_subStep->text().isEmpty());
    m_subStep->setVisible(true);

    QStringList tasks;
    for (const PlanTask& task : plan.tasks) {
        const QString label = planText(task.label);
        const QString unit = planText(task.unit);
        if (task.key == QLatin1String("walking_min"))
            tasks << tr("- %1: %2 min today").arg(label).arg(task.dose);
        else if (task.scored)
            tasks << tr("- %1: %2 %3 a day").arg(label).arg(task.dose).arg(unit);
        else
            tasks << tr("- %1: %2 %3").arg(label).arg(task.dose).arg(unit);
    }
    if (plan.phase >= 1)
        tasks.prepend(tr("Today's checklist:"));
    m_tasks->setText(tasks.join(QLatin1Char('\n')));
    m_tasks->setVisible(!tasks.isEmpty());

    refreshWeek(plan);
    refreshReviews();
    refreshAdherence();
}

void PlanPage::refreshHold(const QDate& today)
{
    const MassageHold& hold = m_context.service.evaluation().hold;
    if (!hold.onHold(today)) {
        m_hold->hide();
        m_holdText->clear();
        m_hold->setAccessibleDescription(QString());
        return;
    }
    const QString head = tr("Massage is on hold, because of: %1.").arg(holdText(hold, today));
    const QString advice =
        hold.reasons(today).isEmpty()
            ? tr("The plan asks for no massage session until the hold ends. Keep up your daily "
                 "log and gentle walking, as you are able.")
            : tr("The plan asks for no massage session until the alert is cleared: see the "
                 "Alerts page for what to do. Keep up your daily log.");
    m_holdText->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(head.toHtmlEscaped(), advice.toHtmlEscaped()));
    m_hold->setAccessibleName(tr("Massage is on hold"));
    m_hold->setAccessibleDescription(head + u' ' + advice);
    m_hold->show();
}

void PlanPage::refreshWeek(const PlanDay& plan)
{
    const auto& episode = *m_context.service.episode();
    m_week->setRowCount(0);
    if (plan.day < 1) {
        m_weekBox->setTitle(tr("This week"));
        m_weekBox->setVisible(false);
        return;
    }
    m_weekBox->setVisible(true);
    const int firstDay = 7 * (plan.week - 1) + 1;
    const QDate firstDate = episode.programStart.addDays(firstDay - 1);
    m_weekBox->setTitle(tr("This week: week %1, %2 to %3")
                            .arg(plan.week)
                            .arg(shortDate(firstDate), shortDate(firstDate.addDays(6))));
    const int daysSoFar = plan.day - firstDay + 1;

    const auto addRow = [this](const QString& target, const QString& planned, const QString& done,
                               const QString& key) {
        const int row = m_week->rowCount();
        m_week->insertRow(row);
        m_week->setItem(row, 0, cell(target, key));
        m_week->setItem(row, 1, cell(planned));
        m_week->setItem(row, 2, cell(done));
    };

    int sessions = 0;
    for (const Session& s : m_context.service.sessions())
        if (programWeek(programDay(episode.programStart, s.date)) == plan.week)
            ++sessions;
    if (m_context.service.evaluation().hold.onHold(m_context.service.today()))
        addRow(tr("Massage sessions"), tr("None while massage is on hold"),
               tr("%1 this week").arg(sessions), QStringLiteral("sessions"));
    else if (plan.sessionsAsNeeded)
        addRow(tr("Massage sessions"), tr("As needed, every 2 to 4 weeks"),
               tr("%1 this week").arg(sessions), QStringLiteral("sessions"));
    else
        addRow(tr("Massage sessions"), tr("%1 a week").arg(plan.sessionsPerWeek),
               sessions >= plan.sessionsPerWeek
                   ? tr("%1 of %2: done").arg(sessions).arg(plan.sessionsPerWeek)
                   : tr("%1 of %2").arg(sessions).arg(plan.sessionsPerWeek),
               QStringLiteral("sessions"));

    // Each daily item: on how many days so far this week its dose was reached.
    for (const PlanTask& task : plan.tasks) {
        const QString label = planText(task.label);
        const QString unit = planText(task.unit);
        if (!task.scored) { // self-myofascial release: times a week
            int times = 0;
            for (int day = firstDay; day <= plan.day; ++day)
                if (const auto e = m_context.service.entry(episode.programStart.addDays(day - 1));
                    e && e->selfCare.smr)
                    ++times;
            addRow(label, tr("%1 %2").arg(task.dose).arg(unit),
                   tr("%1 of %2").arg(times).arg(task.dose), task.key);
            continue;
        }
        int daysDone = 0;
        for (int day = firstDay; day <= plan.day; ++day) {
            int dose = task.dose;
            for (const PlanItem& item : selfCareItems(day))
                if (item.key == task.key)
                    dose = item.dose;
            const auto e = m_context.service.entry(episode.programStart.addDays(day - 1));
            if (e && amountDone(e->selfCare, task.key) >= dose)
                ++daysDone;
        }
        const QString planned = task.key == QLatin1String("walking_min")
                                    ? tr("Daily, building up to 30 minutes")
                                    : tr("%1 %2 a day").arg(task.dose).arg(unit);
        addRow(label, planned, tr("Days done: %1 of %2").arg(daysDone).arg(daysSoFar), task.key);
    }

    if (plan.walkingTargetMinutes > 0) {
        const auto e = m_context.service.entry(m_context.service.today());
        QString done;
        if (!e)
            done = tr("Not logged yet today");
        else if (e->selfCare.walkingMin >= plan.walkingTargetMinutes)
            done = tr("%1 min: reached").arg(e->selfCare.walkingMin);
        else
            done = tr("%1 min").arg(e->selfCare.walkingMin);
        addRow(tr("Walking today"), tr("%1 min").arg(plan.walkingTargetMinutes), done,
               QStringLiteral("walking_today"));
    }
    fitHeight(m_week);
}

void PlanPage::refreshReviews()
{
    const auto& episode = *m_context.service.episode();
    const QDate today = m_context.service.today();
    const QDate week4 = episode.programStart.addDays(kPhaseOneLastDay - 1);
    const QDate week8 = episode.programStart.addDays(kPhaseTwoLastDay - 1);
    QStringList lines;
    lines << tr("End of week 4, %1 (%2): is the pain responding? From here the plan moves on to "
                "active work.")
                 .arg(shortDate(week4), relativeDay(week4, today));
    lines << tr("End of week 8, %1 (%2): if the pain has not improved significantly by then, the "
                "app suggests a review by a doctor or spine specialist.")
                 .arg(shortDate(week8), relativeDay(week8, today));
    m_reviews->setText(lines.join(QLatin1Char('\n')));
}

void PlanPage::refreshAdherence()
{
    const auto& episode = *m_context.service.episode();
    const QList<WeekAdherence>& weeks = m_context.service.evaluation().weeks;
    const QLocale locale;
    m_adherence->setRowCount(0);
    for (const WeekAdherence& w : weeks) {
        const int row = m_adherence->rowCount();
        m_adherence->insertRow(row);
        const QDate first = episode.programStart.addDays(7 * (w.week - 1));
        m_adherence->setItem(row, 0, cell(locale.toString(w.week), w.week));
        m_adherence->setItem(
            row, 1, cell(tr("%1 to %2").arg(shortDate(first), shortDate(first.addDays(6)))));
        m_adherence->setItem(row, 2,
                             cell(tr("%1. %2").arg(w.phase).arg(phaseName(w.phase)), w.phase));
        m_adherence->setItem(row, 3,
                             cell(w.sessionsPlanned > 0
                                      ? tr("%1 of %2").arg(w.sessionsDone).arg(w.sessionsPlanned)
                                      : tr("%1 (as needed)").arg(w.sessionsDone),
                                  w.sessionsDone));
        const int percent = static_cast<int>(std::lround(w.selfCareRatio * 100));
        m_adherence->setItem(row, 4, cell(tr("%1 %").arg(locale.toString(percent)), percent));
        m_adherence->setItem(row, 5, cell(w.consistent ? tr("Yes") : tr("No"), w.consistent));
    }
    m_adherence->setVisible(!weeks.isEmpty());
    m_adherenceEmpty->setVisible(weeks.isEmpty());
    fitHeight(m_adherence);
    m_adherence->scrollToBottom(); // the latest weeks
}

} // namespace backlog
