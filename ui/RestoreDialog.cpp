// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreDialog.h"

#include "DiaryService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace backlog {

RestoreDialog::RestoreDialog(DiaryService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_list(new QListWidget(this)),
      m_restore(new QPushButton(tr("&Restore..."), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Restore from a backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("BackLog keeps a copy of your diary every day (the last 7), "
                                "before every upgrade and before every restore. Choose the copy "
                                "to go back to; your diary as it is now is kept as a backup "
                                "first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("backupsListWidget"));
    m_list->setAccessibleName(tr("Backups"));
    for (const BackupInfo& b : service.backups()) {
        QString reason = b.reason;
        if (reason == QLatin1String("daily"))
            reason = tr("daily copy");
        else if (reason == QLatin1String("before-restore"))
            reason = tr("before a restore");
        else if (reason == QLatin1String("manual"))
            reason = tr("made by you");
        else if (reason.startsWith(QLatin1String("before-upgrade")))
            reason = tr("before an upgrade");
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(QLocale().toString(b.created, QLocale::LongFormat), reason), m_list);
        item->setData(Qt::UserRole, b.path);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("restoreMessageLabel"));
    layout->addWidget(m_message);
    if (m_list->count() == 0)
        m_message->setText(tr("There are no backups yet."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(m_list->count() > 0);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        auto* ask = new QMessageBox(QMessageBox::Question, tr("Restore this backup?"),
                                    tr("Your diary will go back to this copy. Everything entered "
                                       "since then is replaced, but your diary as it is now is "
                                       "kept as a backup first."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::accepted, this, [this] {
            if (restoreSelected())
                accept();
        });
        ask->open();
    });
    resize(560, 400);
}

bool RestoreDialog::restoreSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    // The service restores, recomputes the alerts in the same transaction, loads the diary
    // again and tells every page.
    const auto kept = m_service.restoreFrom(item->data(Qt::UserRole).toString());
    if (!kept) {
        m_message->setText(kept.error().message);
        return false;
    }
    Q_EMIT restored(kept.value());
    return true;
}

} // namespace backlog
