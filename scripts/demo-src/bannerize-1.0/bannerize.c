#include <stdio.h>
#include <banner.h>

int main(int argc, char **argv)
{
    banner_print(stdout, argc > 1 ? argv[1] : "LTS Ports");
    printf("(libbanner %s from the LTS release)\n", banner_version());
    return 0;
}
