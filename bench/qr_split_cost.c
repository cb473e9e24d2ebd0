// Instructions libqrencode spends per symbol in all 8-bit (QRcode_encodeData) against its own
// segmentation (QRcode_encodeString, 8-bit hint, case-sensitive), load-independent under callgrind:
//   gcc -O2 -o /tmp/qr_split_cost bench/qr_split_cost.c -lqrencode
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/qr_split_cost N b|s TEXT
// (N = 1 and 11: the difference / 10 is one symbol's cost, start-up removed). BENCHMARKS.md has the figures.
#include <qrencode.h>
#include <string.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    int n = atoi(argv[1]); const char *t = argv[3];
    for (int i = 0; i < n; i++) {
        QRcode *c = argv[2][0] == 'b' ? QRcode_encodeData(strlen(t), (const unsigned char *)t, 0, QR_ECLEVEL_M)
                                      : QRcode_encodeString(t, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
        QRcode_free(c);
    }
    return 0;
}
