// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace backlog {

/// The largest input any program reads (a bundle, a CSV file, an exchange file): far above
/// ten years of entries, and a limit that holds for pipes, FIFOs and devices too.
inline constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

/// Warnings kept of one input: the first ones, then only how many more there were.
inline constexpr int kMaxWarnings = 100;

/// The line that stands for the warnings beyond kMaxWarnings, naming `source`.
QString moreWarnings(const QString& source, qint64 more);

/// What an output must never land on: the diary and its side files, its backups.
struct ProtectedFiles
{
    QStringList files;   ///< absolute paths (the diary, "-wal", "-shm", "-journal", ".lock")
    QStringList folders; ///< absolute paths of folders nothing may be written into
};

/// Why `path` cannot be an output, decided with lstat() before anything is opened; empty
/// when it can. Refused: a path that is not valid UTF-8 (bytes shown escaped), a folder,
/// a device, a FIFO, a socket, an existing SQLite database, a missing folder, a protected
/// file or a path inside a protected folder, and a symbolic link that leads to any of these
/// (a link to anything else is fine: the link is replaced, never its target).
QString refusedOutput(const QString& path, const ProtectedFiles& protect = {});

/// Writes `data` to `path` so that it is either the whole new file or the file as it was:
/// a new temporary file (mode 0600) in the same folder, each write, the fsync() and the
/// close() checked, then renamed over `path` (a symbolic link at `path` is replaced, not
/// followed) and the folder synced. On any failure the temporary file is removed, the
/// earlier file stays as it was, and the error names the file and the reason.
[[nodiscard]] Status writeFileSafely(const QString& path, const QByteArray& data);

/// As writeFileSafely() for several files that belong together (the two CSV files): all
/// are written and synced before any is renamed into place.
[[nodiscard]] Status writeFilesSafely(const QList<std::pair<QString, QByteArray>>& files);

/// Reads `path` in chunks, at most `limit` bytes: a larger input (a big file, an endless
/// pipe or device) is refused naming the file and the limit, before more is read.
[[nodiscard]] Result<QByteArray> readFileLimited(const QString& path,
                                                 qint64 limit = kMaxInputBytes);

/// The bytes of a file name as the system sees them; false when `path` came from bytes
/// that were not valid UTF-8 (Qt decoded them into U+FFFD or lone surrogates).
bool isFaithfulPath(const QString& path);

/// `bytes` with everything outside printable ASCII written as \xHH, for naming a path that
/// is not valid UTF-8.
QString escapedBytes(const QByteArray& bytes);

} // namespace backlog
