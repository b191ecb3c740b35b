// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace backlog {

/// What the evidence says about massage for low back pain (clinical.md section 5), in
/// plain words with every source, and what the app does not do (it never diagnoses).
class EvidencePage : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePage(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    /// The page as HTML (translated), without colours: the palette decides them.
    static QString html();

private:
    QTextBrowser* m_browser;
};

} // namespace backlog
