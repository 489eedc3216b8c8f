#include <stdio.h>
#include "greet.h"

int greet_message(const char *name, char *buf, int size)
{
    return snprintf(buf, size, "Hello, %s, from libgreet 1.0!", name);
}
