#ifndef CGLPK_H
#define CGLPK_H

#include <glpk.h>

/// Returned by the guarded calls below when GLPK raised a fatal error. GLPK's
/// environment of the calling thread has then been freed, with every problem in it.
#define CGLPK_EFATAL (-1000)

/// Number of times this thread's GLPK environment has been freed after a fatal error.
/// A problem created under an older generation no longer exists and must not be deleted.
unsigned long cglpk_environment_generation(void);

/// glp_simplex and glp_intopt behind glp_error_hook: a fatal GLPK
/// error returns CGLPK_EFATAL instead of aborting the process.
int cglpk_guarded_simplex(glp_prob *problem, const glp_smcp *parameters);
int cglpk_guarded_intopt(glp_prob *problem, const glp_iocp *parameters);

#endif
