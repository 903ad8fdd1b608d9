#ifndef IMPACT_CBLAS_SHIM_H
#define IMPACT_CBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
/* OpenBLAS: stops its worker threads (exported by every OpenBLAS build; not in cblas.h). */
int blas_thread_shutdown_(void);
#endif
