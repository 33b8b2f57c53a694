#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "CSysShims.h"

int cs_contains(const void *haystack, unsigned long haystackLength, const void *needle,
                unsigned long needleLength) {
    return memmem(haystack, haystackLength, needle, needleLength) != NULL;
}
