#ifndef IMPACT_CBLAS_SHIM_H
#define IMPACT_CBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
