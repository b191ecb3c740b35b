// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence page: clinical.md section 5 with its sources, and the never-diagnoses line.
#include "EvidencePage.h"

#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace backlog;

TEST(EvidencePage, SummarisesTheEvidenceWithSources)
{
    EvidencePage page;
    QTextBrowser* browser = page.findChild<QTextBrowser*>(QStringLiteral("evidenceTextBrowser"));
    ASSERT_NE(browser, nullptr);
    EXPECT_EQ(browser, page.browser());
    EXPECT_FALSE(browser->accessibleName().isEmpty());
    const QString text = browser->toPlainText();
    for (const char* expected :
         {"Furlan", "Cochrane", "25 trials", "3,096", "-1.24", "-0.75", "-0.72", "1.5 % and 25 %",
          "Cherkin", "401 adults", "Roland-Morris", "Chou R, Huffman LH", "NG59", "22 of the 25",
          "never diagnoses", "low to very low"})
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected;
}

TEST(EvidencePage, SaysTheEvidenceForAcutePainIsThin)
{
    EvidencePage page;
    const QString text = page.browser()->toPlainText().simplified();
    const qsizetype section =
        text.indexOf(QLatin1String("Recent (acute) pain: the evidence is thin"));
    ASSERT_GE(section, 0);
    const QString acute = text.mid(section, 1400);
    for (const char* expected :
         {"single small trial, of 51 people", "no better function",
          "Chou and Huffman, 2007) found no evidence that massage helps acute low back pain",
          "low quality", "Qaseem"})
        EXPECT_TRUE(acute.contains(QLatin1String(expected))) << expected;
}

TEST(EvidencePage, LeavesColoursToThePalette)
{
    const QString html = EvidencePage::html();
    EXPECT_FALSE(html.contains(QLatin1String("color"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QLatin1String("href"), Qt::CaseInsensitive)); // nothing online
}
