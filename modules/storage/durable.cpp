// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/durable.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace aw::storage {

int fsyncDir(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int error = 0;
    if (::fsync(fd) != 0)
        error = errno;
    ::close(fd);
    return error;
}

int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    // The file system lacks RENAME_NOREPLACE: link() is the classic atomic "create if absent" (for
    // files; a directory fails here with EPERM and goes on below).
    if (::link(src.constData(), dst.constData()) == 0) {
        ::unlink(src.constData());
        return 0;
    }
    if (errno == EEXIST)
        return EEXIST;
    // No hard links either (some network and FUSE file systems). A racing writer can only put the
    // very same bytes under this name, so the check-then-rename gap cannot lose data.
    if (QFileInfo::exists(to))
        return EEXIST;
    if (::rename(src.constData(), dst.constData()) == 0)
        return 0;
    return errno;
}

}  // namespace aw::storage
