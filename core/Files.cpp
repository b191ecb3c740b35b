// SPDX-License-Identifier: GPL-3.0-or-later
#include "Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace backlog {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The absolute, lexically clean form of `path` (no symbolic link resolved).
QString absoluteOf(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// `path` with every symbolic link resolved as far as it exists (a missing last part is
/// kept as named).
QString resolvedOf(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return absoluteOf(path);
    return QDir::cleanPath(folder + QLatin1Char('/') + info.fileName());
}

bool samePath(const QString& a, const QString& b)
{
    return absoluteOf(a) == absoluteOf(b) || resolvedOf(a) == resolvedOf(b);
}

bool inside(const QString& path, const QString& folder)
{
    for (const QString& p : {absoluteOf(path), resolvedOf(path)})
        for (const QString& f : {absoluteOf(folder), resolvedOf(folder)})
            if (p == f || p.startsWith(f + QLatin1Char('/')))
                return true;
    return false;
}

/// The same file (device and inode) as `path`, when both exist.
bool sameFile(const QByteArray& a, const QString& b)
{
    struct stat sa, sb;
    if (::stat(a.constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool isSqliteFile(const QByteArray& native)
{
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    char head[16] = {};
    const ssize_t n = ::read(fd, head, sizeof head);
    ::close(fd);
    return n == 16 && std::memcmp(head, "SQLite format 3\0", 16) == 0;
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("Files", "a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("Files", "a device");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("Files", "a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("Files", "a socket");
    return {};
}

/// Writes all of `data` to `fd`, then syncs it; false with errno set on failure.
bool writeAll(int fd, const QByteArray& data)
{
    const char* p = data.constData();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(std::min<qint64>(left, 1 << 20)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        p += n;
        left -= n;
    }
    return ::fsync(fd) == 0;
}

/// One output being written: its temporary file until renamed into place.
struct Pending
{
    QString path;
    QByteArray native;
    QByteArray temporary;
    bool renamed = false;
};

Status writeTemporary(Pending& out, const QByteArray& data)
{
    const QFileInfo info(out.path);
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    QByteArray pattern = folder + "/." + QFile::encodeName(info.fileName()) + ".backlog-XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // mode 0600
    if (fd < 0) {
        const int error = errno;
        return failure(QCoreApplication::translate("Files", "%1: cannot be written (%2)")
                           .arg(shown(out.path), reason(error)));
    }
    out.temporary = pattern;
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    if (!writeAll(fd, data)) {
        const int error = errno;
        ::close(fd);
        ::unlink(pattern.constData());
        out.temporary.clear();
        return failure(QCoreApplication::translate(
                           "Files", "%1: writing failed (%2); the file was left as it was")
                           .arg(shown(out.path), reason(error)));
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(pattern.constData());
        out.temporary.clear();
        return failure(QCoreApplication::translate(
                           "Files", "%1: writing failed (%2); the file was left as it was")
                           .arg(shown(out.path), reason(error)));
    }
    return {};
}

void syncFolder(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // best effort: not every file system syncs folders
        ::close(fd);
    }
}

} // namespace

QString moreWarnings(const QString& source, qint64 more)
{
    return QCoreApplication::translate("Files", "%1: %2 more warnings, not shown")
        .arg(source, QString::number(more));
}

bool isFaithfulPath(const QString& path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QChar::ReplacementCharacter)
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= path.size() || !path.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

QString escapedBytes(const QByteArray& bytes)
{
    QString out;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\')
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString refusedOutput(const QString& path, const ProtectedFiles& protect)
{
    if (path.isEmpty())
        return QCoreApplication::translate("Files", "No file name was given for the output.");
    if (!isFaithfulPath(path))
        return QCoreApplication::translate(
                   "Files", "%1: the file name is not valid UTF-8; choose another name")
            .arg(escapedBytes(QFile::encodeName(path)));
    const QByteArray native = QFile::encodeName(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return QCoreApplication::translate("Files", "%1: the folder %2 does not exist")
            .arg(shown(path), shown(folder));

    const auto guarded = [&](const QString& candidate) -> QString {
        for (const QString& f : protect.files)
            if (samePath(candidate, f) || sameFile(QFile::encodeName(candidate), f))
                return QCoreApplication::translate(
                           "Files", "%1: is the diary or one of its own files; choose another name")
                    .arg(shown(path));
        for (const QString& f : protect.folders)
            if (inside(candidate, f))
                return QCoreApplication::translate(
                           "Files", "%1: is in the diary's backup folder; choose another folder")
                    .arg(shown(path));
        return {};
    };
    if (const QString why = guarded(path); !why.isEmpty())
        return why;

    struct stat st;
    if (::lstat(native.constData(), &st) != 0)
        return {}; // a new file
    if (S_ISLNK(st.st_mode)) {
        // The link itself will be replaced; refuse it only when it leads to something
        // that must not be written, so that no one is misled about what happens.
        struct stat target;
        if (::stat(native.constData(), &target) != 0)
            return {}; // a dangling link: replaced by the new file
        // (A link to the diary or into its backups was refused above: guarded() compares
        // the resolved paths too.)
        if (!S_ISREG(target.st_mode))
            return QCoreApplication::translate("Files", "%1: is a link to %2; choose another name")
                .arg(shown(path), kindOf(target.st_mode));
        if (isSqliteFile(QFile::encodeName(resolvedOf(path))))
            return QCoreApplication::translate(
                       "Files", "%1: is a link to a database file; choose another name")
                .arg(shown(path));
        return {};
    }
    if (!S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            return QCoreApplication::translate(
                       "Files", "%1: is a folder; give the name of the file to write")
                .arg(shown(path));
        return QCoreApplication::translate("Files", "%1: is %2, not a file; choose another name")
            .arg(shown(path), kindOf(st.st_mode));
    }
    if (isSqliteFile(native))
        return QCoreApplication::translate(
                   "Files", "%1: is a database file (perhaps a diary); choose another name")
            .arg(shown(path));
    return {};
}

Status writeFileSafely(const QString& path, const QByteArray& data)
{
    return writeFilesSafely({{path, data}});
}

Status writeFilesSafely(const QList<std::pair<QString, QByteArray>>& files)
{
    std::vector<Pending> pending;
    pending.reserve(static_cast<size_t>(files.size()));
    const auto discard = [&] {
        for (Pending& p : pending)
            if (!p.renamed && !p.temporary.isEmpty())
                ::unlink(p.temporary.constData());
    };
    for (const auto& [path, data] : files) {
        if (!isFaithfulPath(path)) {
            discard();
            return badInput(
                QCoreApplication::translate(
                    "Files", "%1: the file name is not valid UTF-8; choose another name")
                    .arg(escapedBytes(QFile::encodeName(path))));
        }
        Pending p;
        p.path = path;
        p.native = QFile::encodeName(path);
        const Status s = writeTemporary(p, data);
        if (!s) {
            discard();
            return s;
        }
        pending.push_back(std::move(p));
    }
    // Everything is written and on disk; now each file takes its place.
    for (Pending& p : pending) {
        if (::rename(p.temporary.constData(), p.native.constData()) != 0) {
            const int error = errno;
            discard();
            return failure(QCoreApplication::translate(
                               "Files", "%1: could not be saved (%2); the file was left as it was")
                               .arg(shown(p.path), reason(error)));
        }
        p.renamed = true;
        syncFolder(p.path);
    }
    return {};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 limit)
{
    if (!isFaithfulPath(path))
        return badInput(QCoreApplication::translate("Files", "%1: the file name is not valid UTF-8")
                            .arg(escapedBytes(QFile::encodeName(path))));
    QFile file(path);
    if (QFileInfo(path).isDir())
        return badInput(
            QCoreApplication::translate("Files", "%1: is a folder, not a file").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return badInput(QCoreApplication::translate("Files", "%1: cannot be read (%2)")
                            .arg(shown(path), file.errorString()));
    QByteArray data;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return failure(QCoreApplication::translate("Files", "%1: reading failed (%2)")
                               .arg(shown(path), file.errorString()));
        if (n == 0)
            break;
        if (data.size() + n > limit)
            return badInput(QCoreApplication::translate(
                                "Files", "%1: is larger than %2 MiB, more than any diary; not read")
                                .arg(shown(path), QString::number(limit / (1024 * 1024))));
        data.append(chunk.constData(), n);
    }
    return data;
}

} // namespace backlog
