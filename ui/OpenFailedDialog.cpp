// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFailedDialog.h"

#include "DiaryService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace backlog {

OpenFailedDialog::OpenFailedDialog(const QString& path, const QString& problem, QWidget* parent)
    : QDialog(parent), m_path(QFileInfo(path).absoluteFilePath()),
      m_restoreButton(new QPushButton(tr("&Restore a backup..."), this)),
      m_newDiaryButton(new QPushButton(tr("&Start a new diary..."), this)),
      m_quitButton(new QPushButton(tr("&Quit"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("BackLog cannot open the diary"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* headline = new QLabel(tr("Your diary cannot be opened"), this);
    headline->setObjectName(QStringLiteral("headlineLabel"));
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    headline->setFont(bold);
    top->addWidget(headline, 1);
    layout->addLayout(top);

    // The file and what is wrong with it; the message names the file first, which the
    // form already does.
    QString why = problem;
    if (why.startsWith(m_path + QStringLiteral(": ")))
        why = why.mid(m_path.size() + 2);
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    auto* form = new QFormLayout;
    auto* file = new QLabel(QDir::toNativeSeparators(m_path), this);
    file->setObjectName(QStringLiteral("fileLabel"));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    form->addRow(tr("File:"), file);
    auto* wrong = new QLabel(why, this);
    wrong->setObjectName(QStringLiteral("problemLabel"));
    wrong->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wrong->setWordWrap(true);
    form->addRow(tr("What is wrong:"), wrong);
    layout->addLayout(form);

    auto* explanation = new QLabel(
        tr("BackLog has not changed the file. You can restore one of the diary's backups, or "
           "start a new, empty diary. Either way the file is first moved aside, into the same "
           "folder under a name with today's date, and kept."),
        this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    m_newDiaryButton->setObjectName(QStringLiteral("newDiaryButton"));
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_newDiaryButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_quitButton, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_restoreButton, &QPushButton::clicked, this, &OpenFailedDialog::chooseBackup);
    connect(m_newDiaryButton, &QPushButton::clicked, this, &OpenFailedDialog::askNewDiary);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_restoreButton->setDefault(true);
    resize(600,
           layout->hasHeightForWidth() ? layout->totalHeightForWidth(600) : sizeHint().height());
}

OpenFailedDialog::~OpenFailedDialog() = default;

QListWidget* OpenFailedDialog::backupList() const
{
    return m_backupList;
}

QMessageBox* OpenFailedDialog::newDiaryQuestion() const
{
    return m_question;
}

std::unique_ptr<DiaryService> OpenFailedDialog::takeService()
{
    return std::move(m_service);
}

void OpenFailedDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void OpenFailedDialog::chooseBackup()
{
    delete m_chooser;
    auto* chooser = new QDialog(this);
    m_chooser = chooser;
    chooser->setObjectName(QStringLiteral("backupChooserDialog"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowTitle(tr("Restore a backup"));
    auto* layout = new QVBoxLayout(chooser);
    const QList<BackupInfo> backups = DiaryService::backupsOf(m_path);
    auto* intro = new QLabel(
        backups.isEmpty() ? tr("No backups of this diary were found in %1. You can choose "
                               "a backup file elsewhere.")
                                .arg(QDir::toNativeSeparators(DiaryService::backupFolderOf(m_path)))
                          : tr("BackLog keeps a copy of the diary every day (the last 7), "
                               "before every upgrade and before every restore. Choose the "
                               "copy to go back to; it takes the diary's place, and the "
                               "file that cannot be opened is kept aside."),
        chooser);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* list = new QListWidget(chooser);
    m_backupList = list;
    list->setObjectName(QStringLiteral("backupsListWidget"));
    list->setAccessibleName(tr("Backups"));
    for (const BackupInfo& b : backups) {
        QString reason = b.reason;
        if (reason == QLatin1String("daily"))
            reason = tr("daily copy");
        else if (reason == QLatin1String("before-restore"))
            reason = tr("before a restore");
        else if (reason == QLatin1String("before-import"))
            reason = tr("before an import");
        else if (reason == QLatin1String("manual"))
            reason = tr("made by you");
        else if (reason.startsWith(QLatin1String("before-upgrade")))
            reason = tr("before an upgrade");
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(QLocale().toString(b.created, QLocale::LongFormat), reason), list);
        item->setData(Qt::UserRole, b.path);
    }
    if (list->count() > 0)
        list->setCurrentRow(0);
    list->setVisible(list->count() > 0);
    layout->addWidget(list, 1);
    auto* error = new QLabel(chooser);
    m_chooserError = error;
    error->setObjectName(QStringLiteral("chooserErrorLabel"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, chooser);
    auto* restore = new QPushButton(tr("&Restore"), chooser);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(list->count() > 0);
    auto* other = new QPushButton(tr("&Other file..."), chooser);
    other->setObjectName(QStringLiteral("otherFileButton"));
    buttons->addButton(restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(other, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, chooser, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this, list] {
        if (QListWidgetItem* item = list->currentItem())
            restoreBackup(item->data(Qt::UserRole).toString());
    });
    connect(other, &QPushButton::clicked, this, [this, chooser] {
        auto* files = new QFileDialog(chooser, tr("Choose a backup of the diary"),
                                      DiaryService::backupFolderOf(m_path),
                                      tr("BackLog diaries (*.sqlite);;All files (*)"));
        files->setObjectName(QStringLiteral("backupFileDialog"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setFileMode(QFileDialog::ExistingFile);
        connect(files, &QFileDialog::fileSelected, this,
                [this](const QString& chosen) { restoreBackup(chosen); });
        files->open();
    });
    chooser->resize(520, 360);
    chooser->open();
}

bool OpenFailedDialog::restoreBackup(const QString& backupPath)
{
    const auto aside = DiaryService::replaceWithBackup(m_path, backupPath);
    if (!aside) {
        if (m_chooserError)
            m_chooserError->setText(aside.error().message);
        showError(aside.error().message);
        return false;
    }
    m_keptAside = aside.value();
    auto opened = DiaryService::open(m_path, DiaryService::OpenOptions{false, false});
    if (!opened) {
        showError(opened.error().message);
        if (m_chooserError)
            m_chooserError->setText(opened.error().message);
        return false;
    }
    m_service = std::move(opened).value();
    if (m_chooser)
        m_chooser->accept();
    accept();
    return true;
}

void OpenFailedDialog::askNewDiary()
{
    delete m_question;
    auto* question = new QMessageBox(
        QMessageBox::Question, tr("Start a new diary?"),
        QFileInfo::exists(m_path)
            ? tr("BackLog moves %1 aside, into the same folder under a name with today's date, "
                 "and keeps it. A new, empty diary takes its place.")
                  .arg(QDir::toNativeSeparators(m_path))
            : tr("BackLog starts a new, empty diary at %1.").arg(QDir::toNativeSeparators(m_path)),
        QMessageBox::NoButton, this);
    m_question = question;
    question->setObjectName(QStringLiteral("newDiaryMessageBox"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* start = question->addButton(tr("&Start a new diary"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::buttonClicked, this, [this, start](QAbstractButton* clicked) {
        if (clicked == start)
            startNewDiary();
    });
    question->open();
}

bool OpenFailedDialog::startNewDiary()
{
    const auto aside = DiaryService::moveAside(m_path);
    if (!aside) {
        showError(aside.error().message);
        return false;
    }
    m_keptAside = aside.value();
    auto opened = DiaryService::open(m_path, DiaryService::OpenOptions{true, true});
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    m_service = std::move(opened).value();
    accept();
    return true;
}

} // namespace backlog
