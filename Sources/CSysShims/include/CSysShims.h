// What Swift's Glibc module does not export: syncfs(2), declared by glibc only under
// _GNU_SOURCE. One flush of a whole filesystem is how a commit makes all its files durable in
// one call (Store+Commit.swift).
#ifndef CS_SYS_SHIMS_H
#define CS_SYS_SHIMS_H

/// syncfs(fd) on Linux; -1 with errno ENOSYS elsewhere.
int cs_syncfs(int fd);

#endif
