import Foundation
import CGLPK

/// Solves ``LinearProgram``s with GLPK's simplex and branch-and-cut.
///
/// This file and ``ColumnLP`` are the only places that call GLPK. Each solve owns one
/// `glp_prob` from creation to deletion on the calling thread; GLPK keeps its environment
/// per thread, so separate threads may solve separate models at once.
public enum GLPKSolver {
    /// Solves `model`. For a MIP, `start` (one value per variable) is offered to GLPK as
    /// a first incumbent when it is feasible.
    public static func solve(
        _ model: LinearProgram, limits: SolveLimits = SolveLimits(), start: [Double]? = nil
    ) throws -> SolveOutcome {
        try model.validate()
        if let start, start.count != model.variables.count {
            throw ModelError.startingPointSize(expected: model.variables.count, got: start.count)
        }
        routeTerminalOutput()
        let problem = GLPKProblem(model)
        return try problem.solve(limits: limits, start: start)
    }

    /// Sends GLPK's terminal output of this thread to ``Log/glpk`` instead of stdout.
    static func routeTerminalOutput() {
        glp_term_hook({ _, text in
            if let text {
                let line = String(cString: text).trimmingCharacters(in: .newlines)
                if !line.isEmpty { Log.glpk.debug("\(line)") }
            }
            return 1
        }, nil)
    }
}

/// GLPK's bound type for `lower ... upper` (either may be infinite), with the bounds to pass.
func glpkBoundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
    switch (lower.isFinite, upper.isFinite) {
    case (false, false): (GLP_FR, 0, 0)
    case (true, false): (GLP_LO, lower, 0)
    case (false, true): (GLP_UP, 0, upper)
    case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
    }
}

/// Owns one `glp_prob`: created and loaded in `init`, deleted in `deinit`.
private final class GLPKProblem {
    private let pointer: OpaquePointer
    private let generation: UInt
    private let model: LinearProgram

    init(_ model: LinearProgram) {
        self.model = model
        pointer = glp_create_prob()
        generation = cglpk_environment_generation()
        load()
    }

    deinit {
        // After a fatal error GLPK freed every problem of this thread; do not delete twice.
        if cglpk_environment_generation() == generation { glp_delete_prob(pointer) }
    }

    private func load() {
        glp_set_obj_dir(pointer, model.direction == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)
        let columns = Int32(model.variables.count)
        let rows = Int32(model.constraints.count)
        if columns > 0 { glp_add_cols(pointer, columns) }
        if rows > 0 { glp_add_rows(pointer, rows) }
        for (j, v) in model.variables.enumerated() {
            let column = Int32(j + 1)
            let (type, lower, upper) = glpkBoundType(v.lower, v.upper)
            glp_set_col_bnds(pointer, column, type, lower, upper)
            glp_set_obj_coef(pointer, column, v.cost)
            switch v.kind {
            case .continuous: break
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_IV)
            }
        }
        var ia: [Int32] = [0], ja: [Int32] = [0], ar: [Double] = [0]
        for (i, c) in model.constraints.enumerated() {
            let (type, lower, upper) = glpkBoundType(c.lower, c.upper)
            glp_set_row_bnds(pointer, Int32(i + 1), type, lower, upper)
            for (j, a) in zip(c.variables, c.coefficients) where a != 0 {
                ia.append(Int32(i + 1)); ja.append(Int32(j + 1)); ar.append(a)
            }
        }
        glp_load_matrix(pointer, Int32(ar.count - 1), ia, ja, ar)
    }

    func solve(limits: SolveLimits, start: [Double]?) throws -> SolveOutcome {
        if model.variables.isEmpty {
            return SolveOutcome(status: .optimal, objective: model.objectiveConstant, values: [],
                                bound: model.objectiveConstant, nodes: 0)
        }
        var simplex = glp_smcp()
        glp_init_smcp(&simplex)
        simplex.msg_lev = GLP_MSG_ERR
        simplex.meth = GLP_DUALP
        if let seconds = limits.deadline.remainingSeconds {
            simplex.tm_lim = Int32(clamping: Int(seconds * 1000) + 1)
        }
        // Bixby's crash basis instead of the all-slack one: the village's neighbourhood MIPs
        // took 1.36 s instead of 2.25 s in all (docs/algorithms.md).
        glp_cpx_basis(pointer)
        let code = cglpk_guarded_simplex(pointer, &simplex)
        if let error = GLPKReturnCode(raw: code) {
            switch error {
            case .timeLimit, .iterationLimit:
                return SolveOutcome(status: .noSolutionAtLimit, objective: nil, values: [],
                                    bound: nil, nodes: 0)
            default: throw error
            }
        }
        switch glp_get_status(pointer) {
        case GLP_NOFEAS:
            return SolveOutcome(status: .infeasible, objective: nil, values: [], bound: nil, nodes: 0)
        case GLP_UNBND:
            return SolveOutcome(status: .unbounded, objective: nil, values: [], bound: nil, nodes: 0)
        case GLP_OPT: break
        default: throw GLPKReturnCode.solverFailed
        }
        guard model.hasIntegerVariables else {
            let z = glp_get_obj_val(pointer)
            let values = (0..<model.variables.count).map { glp_get_col_prim(pointer, Int32($0 + 1)) }
            return SolveOutcome(status: .optimal, objective: z, values: values, bound: z, nodes: 0)
        }
        return try branchAndCut(limits: limits, start: start)
    }

    private func branchAndCut(limits: SolveLimits, start: [Double]?) throws -> SolveOutcome {
        let search = SearchControl(limits: limits, start: start, minimizing: model.direction == .minimize,
                                   branchFirst: model.branchFirst)
        search.rootBound = glp_get_obj_val(pointer)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_ERR
        parameters.mip_gap = limits.relativeGap
        parameters.br_tech = GLP_BR_DTH
        parameters.bt_tech = GLP_BT_BLB
        parameters.fp_heur = GLP_OFF
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<SearchControl>.fromOpaque(info).takeUnretainedValue().handle(tree)
        }
        let code = withExtendedLifetime(search) {
            parameters.cb_info = Unmanaged.passUnretained(search).toOpaque()
            return cglpk_guarded_intopt(pointer, &parameters)
        }
        let stoppedEarly: Bool
        if let error = GLPKReturnCode(raw: code) {
            switch error {
            case .timeLimit, .stopped, .gapReached: stoppedEarly = error != .gapReached
            default: throw error
            }
        } else {
            stoppedEarly = false
        }
        let nodes = search.nodes
        switch glp_mip_status(pointer) {
        case GLP_OPT:
            let z = glp_mip_obj_val(pointer)
            return SolveOutcome(status: .optimal, objective: z, values: mipValues(), bound: z, nodes: nodes)
        case GLP_FEAS:
            let z = glp_mip_obj_val(pointer)
            let bound = search.bound ?? search.rootBound
            let status: SolveStatus = stoppedEarly ? .feasible : .optimal
            return SolveOutcome(status: status, objective: z, values: mipValues(),
                                bound: status == .optimal ? z : bound, nodes: nodes)
        case GLP_NOFEAS:
            return SolveOutcome(status: .infeasible, objective: nil, values: [], bound: nil, nodes: nodes)
        default:
            return SolveOutcome(status: .noSolutionAtLimit, objective: nil, values: [],
                                bound: search.bound ?? search.rootBound, nodes: nodes)
        }
    }

    private func mipValues() -> [Double] {
        (0..<model.variables.count).map { glp_mip_col_val(pointer, Int32($0 + 1)) }
    }
}

/// State shared with GLPK's branch-and-cut callback.
private final class SearchControl {
    let limits: SolveLimits
    let start: [Double]?
    let minimizing: Bool
    var offeredStart = false
    var bound: Double?
    var rootBound: Double = 0
    var nodes = 0
    let branchFirst: [Int]

    init(limits: SolveLimits, start: [Double]?, minimizing: Bool, branchFirst: [Int]) {
        self.branchFirst = branchFirst
        self.limits = limits
        self.start = start
        self.minimizing = minimizing
    }

    func handle(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        var active: Int32 = 0, live: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &live, &total)
        nodes = Int(total)
        let best = glp_ios_best_node(tree)
        if best != 0 {
            let nodeBound = glp_ios_node_bound(tree, best)
            if nodeBound.isFinite { bound = nodeBound }
        }
        if reason == GLP_IHEUR, !offeredStart, let start {
            offeredStart = true
            var values = [0.0] + start
            _ = glp_ios_heur_sol(tree, &values)
        }
        if reason == GLP_ISELECT || reason == GLP_IBRANCH {
            let atNodeLimit = limits.maxNodes.map { nodes >= $0 } ?? false
            if atNodeLimit || limits.deadline.hasPassed {
                glp_ios_terminate(tree)
                return
            }
        }
        if reason == GLP_IBRANCH, !branchFirst.isEmpty { branch(tree) }
    }

    /// Branches on the fractional variable of ``LinearProgram/branchFirst`` nearest to one
    /// half, if any, and explores its up branch first.
    private func branch(_ tree: OpaquePointer) {
        let problem = glp_ios_get_prob(tree)
        var chosen: Int32 = 0, nearest = 0.0
        for j in branchFirst {
            let column = Int32(j + 1)
            guard glp_ios_can_branch(tree, column) != 0 else { continue }
            let value = glp_get_col_prim(problem, column)
            let fraction = min(value - value.rounded(.down), value.rounded(.up) - value)
            if fraction > nearest { nearest = fraction; chosen = column }
        }
        if chosen > 0 { glp_ios_branch_upon(tree, chosen, GLP_UP_BRNCH) }
    }
}
