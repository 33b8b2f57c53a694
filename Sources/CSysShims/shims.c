#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "CSysShims.h"

int cs_syncfs(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    (void)fd;
    errno = ENOSYS;
    return -1;
#endif
}

int cs_contains(const void *haystack, unsigned long haystackLength, const void *needle,
                unsigned long needleLength) {
    return memmem(haystack, haystackLength, needle, needleLength) != NULL;
}
