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

TEST(EvidencePage, LeavesColoursToThePalette)
{
    const QString html = EvidencePage::html();
    EXPECT_FALSE(html.contains(QLatin1String("color"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QLatin1String("href"), Qt::CaseInsensitive)); // nothing online
}
