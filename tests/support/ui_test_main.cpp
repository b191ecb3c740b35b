// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BackLogTests"));
    QStandardPaths::setTestModeEnabled(true); // never the user's own diary or settings
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
