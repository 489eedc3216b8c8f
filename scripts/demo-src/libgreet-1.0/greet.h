#ifndef GREET_H
#define GREET_H

/* Writes "Hello, <name>, from libgreet 1.0!" into buf (at most size bytes); returns its length. */
int greet_message(const char *name, char *buf, int size);

#endif
