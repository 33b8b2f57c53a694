// What Swift's Glibc module does not export: memmem(3), declared by glibc only under _GNU_SOURCE.
#ifndef CS_SYS_SHIMS_H
#define CS_SYS_SHIMS_H

/// Whether `needle` occurs in `haystack` (memmem, a GNU and BSD extension: vectorised search).
int cs_contains(const void *haystack, unsigned long haystackLength, const void *needle,
                unsigned long needleLength);

#endif
