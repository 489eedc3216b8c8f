#ifndef BANNER_H
#define BANNER_H
#include <stdio.h>

/* Prints text inside a box of '#' characters. */
void banner_print(FILE *out, const char *text);
/* The library's version, e.g. "1.0". */
const char *banner_version(void);

#endif
