#include <string.h>
#include "banner.h"

#ifndef BANNER_VERSION
#define BANNER_VERSION "1.0"
#endif

static void rule(FILE *out, size_t width)
{
    for (size_t i = 0; i < width + 4; i++)
        fputc('#', out);
    fputc('\n', out);
}

void banner_print(FILE *out, const char *text)
{
    size_t width = strlen(text);
    rule(out, width);
    fprintf(out, "# %s #\n", text);
    rule(out, width);
}

const char *banner_version(void)
{
    return BANNER_VERSION;
}
