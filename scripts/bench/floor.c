/*
 * The machine's floor under `impact estimate`'s read: what any program pays, in kernel
 * and CPU time, to bring a CSV file in and materialise the columns a model needs, with the
 * parsing itself taken out.
 *
 *   floor CSV DOUBLES CODES [huge]
 *
 * Maps CSV read-only and brings its pages in at once (MADV_POPULATE_READ, as Impact does),
 * counts its records (one per line feed after the header), allocates DOUBLES columns of
 * 8-byte numbers and CODES columns of 4-byte codes with malloc (exactly sized, as Impact's
 * reader allocates them), and writes every cell of every column with a byte of its record
 * (no number is parsed, no label is looked up). With `huge`, each column's 2 MiB-aligned
 * interior is advised onto transparent huge pages first (MADV_HUGEPAGE) by Impact's rule. Then it releases the file and exits. Run it
 * under /usr/bin/time: its system time is the kernel time of mapping the file and of the
 * first touch of the columns' fresh memory, the part of a run's kernel time no parser can
 * avoid; its user time is the cost of the pass with the parsing removed.
 *
 * For the benchmark model (y ~ x1 + … + x5 + treated:post | firm_id + year) the needed
 * columns are 9 numbers (year, treated, post, x1…x5, y) and 1 code column (firm_id).
 * Prints "floor RECORDS CHECKSUM" so the compiler cannot drop the writes.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

/* Advises the 2 MiB-aligned interior of `bytes` bytes at `start` onto huge pages, for
 * buffers of 4 MiB to 64 MiB (Impact's ProcessMemory.adviseHugePages rule). */
static void advise_huge_pages(void *start, size_t bytes) {
    const uintptr_t huge = (uintptr_t)1 << 21;
    if (bytes < ((size_t)1 << 22) || bytes > ((size_t)1 << 26)) return;
    uintptr_t first = ((uintptr_t)start + huge - 1) & ~(huge - 1);
    uintptr_t last = ((uintptr_t)start + bytes) & ~(huge - 1);
    if (last > first) madvise((void *)first, last - first, MADV_HUGEPAGE);
}

int main(int argc, char **argv) {
    if (argc != 4 && !(argc == 5 && strcmp(argv[4], "huge") == 0)) {
        fprintf(stderr, "usage: floor CSV DOUBLES CODES [huge]\n");
        return 2;
    }
    int doubles = atoi(argv[2]), codes = atoi(argv[3]), huge = argc == 5;
    int descriptor = open(argv[1], O_RDONLY);
    struct stat status;
    if (descriptor < 0 || fstat(descriptor, &status) != 0 || status.st_size == 0) {
        perror(argv[1]);
        return 1;
    }
    size_t size = (size_t)status.st_size;
    const unsigned char *bytes = mmap(NULL, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
    if (bytes == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    madvise((void *)bytes, size, MADV_POPULATE_READ);

    const unsigned char *end = bytes + size;
    const unsigned char *header = memchr(bytes, '\n', size);
    const unsigned char *data = header ? header + 1 : end;
    size_t records = 0;
    for (const unsigned char *p = data; p < end && (p = memchr(p, '\n', (size_t)(end - p))); p++) records++;

    double **numbers = malloc(sizeof(double *) * (size_t)doubles);
    int32_t **labels = malloc(sizeof(int32_t *) * (size_t)codes);
    for (int c = 0; c < doubles; c++) {
        numbers[c] = malloc(sizeof(double) * records);
        if (huge) advise_huge_pages(numbers[c], sizeof(double) * records);
    }
    for (int c = 0; c < codes; c++) {
        labels[c] = malloc(sizeof(int32_t) * records);
        if (huge) advise_huge_pages(labels[c], sizeof(int32_t) * records);
    }

    const unsigned char *record = data;
    for (size_t row = 0; row < records; row++) {
        unsigned char first = record[0];
        for (int c = 0; c < doubles; c++) numbers[c][row] = (double)(first + c);
        for (int c = 0; c < codes; c++) labels[c][row] = (int32_t)(first - c);
        record = memchr(record, '\n', (size_t)(end - record)) + 1;
    }

    double checksum = 0;
    for (int c = 0; c < doubles; c++) checksum += numbers[c][records / 2];
    for (int c = 0; c < codes; c++) checksum += labels[c][records / 3];
    munmap((void *)bytes, size);
    close(descriptor);
    printf("floor %zu %.0f\n", records, checksum);
    return 0;
}
