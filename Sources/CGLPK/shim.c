#include "cglpk.h"
#include <setjmp.h>

static _Thread_local jmp_buf *active_guard = NULL;
static _Thread_local unsigned long generation = 0;

unsigned long cglpk_environment_generation(void) { return generation; }

static void jump_out(void *info) {
    (void)info;
    if (active_guard != NULL) longjmp(*active_guard, 1);
}

/* Runs body under the error hook. GLPK's manual requires glp_free_env after a jump. */
#define GUARDED(body)                                      \
    do {                                                   \
        jmp_buf guard;                                     \
        jmp_buf *previous = active_guard;                  \
        active_guard = &guard;                             \
        glp_error_hook(jump_out, NULL);                    \
        if (setjmp(guard) != 0) {                          \
            active_guard = previous;                       \
            glp_free_env();                                \
            generation += 1;                               \
            return CGLPK_EFATAL;                           \
        }                                                  \
        int result_code = (body);                          \
        glp_error_hook(NULL, NULL);                        \
        active_guard = previous;                           \
        return result_code;                                \
    } while (0)

int cglpk_guarded_simplex(glp_prob *problem, const glp_smcp *parameters) {
    GUARDED(glp_simplex(problem, parameters));
}

int cglpk_guarded_intopt(glp_prob *problem, const glp_iocp *parameters) {
    GUARDED(glp_intopt(problem, parameters));
}
