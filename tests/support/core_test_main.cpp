// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("BackLogTests"));
    QStandardPaths::setTestModeEnabled(true); // never the user's own diary or settings
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
