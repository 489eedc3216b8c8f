#include <stdio.h>
#include <greet.h>

int main(int argc, char **argv)
{
    char message[256];
    greet_message(argc > 1 ? argv[1] : "world", message, sizeof message);
    puts(message);
    return 0;
}
