#ifndef SELLTHROUGH_CGSL_SHIM_H
#define SELLTHROUGH_CGSL_SHIM_H

// The parts of GSL that Sellthrough uses. Only the Swift module `GSL` imports this.
#include <string.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_log.h>
#include <gsl/gsl_min.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_multifit_nlinear.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_poly.h>

/// Looks a generator type up by its GSL name ("mt19937", "taus2", "ranlxd2", ...).
/// GSL exposes generator types as mutable global variables, which Swift 6 rejects;
/// the table returned by gsl_rng_types_setup() reaches the same types through a function.
/// Returns NULL when no generator has that name.
static inline const gsl_rng_type *cgsl_rng_type_named(const char *name) {
    const gsl_rng_type **types = gsl_rng_types_setup();
    for (const gsl_rng_type **t = types; *t != NULL; t++) {
        if (strcmp((*t)->name, name) == 0) { return *t; }
    }
    return NULL;
}

/// Number of generator types GSL knows; `cgsl_rng_type_at(i)` returns each one.
static inline int cgsl_rng_type_count(void) {
    int count = 0;
    for (const gsl_rng_type **t = gsl_rng_types_setup(); *t != NULL; t++) { count++; }
    return count;
}

static inline const gsl_rng_type *cgsl_rng_type_at(int index) {
    return gsl_rng_types_setup()[index];
}

/// The same as gsl_rng_uniform, callable without HAVE_INLINE: one indirect call into the
/// generator, which keeps the per-draw cost of the simulator's hot path at GSL's own.
static inline double cgsl_rng_uniform(const gsl_rng *r) {
    return (r->type->get_double)(r->state);
}

/// The same as gsl_rng_uniform_pos: uniform on the open interval (0, 1).
static inline double cgsl_rng_uniform_pos(const gsl_rng *r) {
    double x;
    do { x = (r->type->get_double)(r->state); } while (x == 0);
    return x;
}

/// GSL's Brent one-dimensional minimiser type. GSL exposes minimiser types as mutable global
/// variables, which Swift 6 rejects; this reaches the same type through a function.
static inline const gsl_min_fminimizer_type *cgsl_min_fminimizer_brent(void) {
    return gsl_min_fminimizer_brent;
}

/// GSL's Nelder-Mead simplex minimiser (version 2, O(n) per step), reached through a function
/// for the same reason as the Brent minimiser above.
static inline const gsl_multimin_fminimizer_type *cgsl_multimin_fminimizer_nmsimplex2(void) {
    return gsl_multimin_fminimizer_nmsimplex2;
}

/// GSL's trust-region non-linear least-squares solver type (`gsl_multifit_nlinear_trust`).
static inline const gsl_multifit_nlinear_type *cgsl_multifit_nlinear_trust(void) {
    return gsl_multifit_nlinear_trust;
}

/// The default parameters of `gsl_multifit_nlinear` (Levenberg-Marquardt trust region steps,
/// QR solver, forward-difference Jacobian when none is given).
static inline gsl_multifit_nlinear_parameters cgsl_multifit_nlinear_default_parameters(void) {
    return gsl_multifit_nlinear_default_parameters();
}

#endif
