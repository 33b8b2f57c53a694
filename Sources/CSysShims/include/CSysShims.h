// What Swift's Glibc module does not export: syncfs(2) and memmem(3), declared by glibc only
// under _GNU_SOURCE. One flush of a whole filesystem is how a commit makes all its files durable in
// one call (Store+Commit.swift).
#ifndef CS_SYS_SHIMS_H
#define CS_SYS_SHIMS_H

/// syncfs(fd) on Linux; -1 with errno ENOSYS elsewhere.
int cs_syncfs(int fd);

/// Whether `needle` occurs in `haystack` (memmem, a GNU and BSD extension: vectorised search).
int cs_contains(const void *haystack, unsigned long haystackLength, const void *needle,
                unsigned long needleLength);

#endif
