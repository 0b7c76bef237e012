import CGLPK

/// A non-zero return code of a GLPK routine, one case per `GLP_E*` constant.
public enum GLPKReturnCode: Int32, Error, Sendable, CustomStringConvertible {
    /// GLP_EBADB: the initial basis is invalid.
    case invalidBasis = 0x01
    /// GLP_ESING: the basis matrix is singular.
    case singularMatrix = 0x02
    /// GLP_ECOND: the basis matrix is ill-conditioned.
    case illConditioned = 0x03
    /// GLP_EBOUND: a double-bounded variable has incorrect bounds.
    case invalidBounds = 0x04
    /// GLP_EFAIL: the solver failed.
    case solverFailed = 0x05
    /// GLP_EOBJLL: the objective lower limit was reached.
    case objectiveLowerLimit = 0x06
    /// GLP_EOBJUL: the objective upper limit was reached.
    case objectiveUpperLimit = 0x07
    /// GLP_EITLIM: the iteration limit was exceeded.
    case iterationLimit = 0x08
    /// GLP_ETMLIM: the time limit was exceeded.
    case timeLimit = 0x09
    /// GLP_ENOPFS: the problem has no primal feasible solution (presolver).
    case noPrimalFeasible = 0x0A
    /// GLP_ENODFS: the problem has no dual feasible solution (presolver).
    case noDualFeasible = 0x0B
    /// GLP_EROOT: the optimal basis of the root LP was not provided.
    case rootNotOptimal = 0x0C
    /// GLP_ESTOP: the search was terminated by the application.
    case stopped = 0x0D
    /// GLP_EMIPGAP: the relative MIP gap tolerance was reached.
    case gapReached = 0x0E
    /// GLP_ENOFEAS: no primal or dual feasible solution.
    case noFeasible = 0x0F
    /// GLP_ENOCVG: no convergence.
    case noConvergence = 0x10
    /// GLP_EINSTAB: numerical instability.
    case numericalInstability = 0x11
    /// GLP_EDATA: invalid data.
    case invalidData = 0x12
    /// GLP_ERANGE: a result is out of range.
    case resultOutOfRange = 0x13
    /// GLPK raised a fatal error; its environment on this thread was freed (a bug in the caller).
    case fatalError = -1000

    public var description: String {
        switch self {
        case .invalidBounds: "GLPK: a variable has incorrect bounds"
        case .invalidBasis: "GLPK: invalid initial basis"
        case .singularMatrix: "GLPK: singular basis matrix"
        case .illConditioned: "GLPK: ill-conditioned basis matrix"
        case .solverFailed: "GLPK: solver failed"
        case .objectiveLowerLimit: "GLPK: objective lower limit reached"
        case .objectiveUpperLimit: "GLPK: objective upper limit reached"
        case .iterationLimit: "GLPK: iteration limit exceeded"
        case .timeLimit: "GLPK: time limit exceeded"
        case .noPrimalFeasible: "GLPK: no primal feasible solution"
        case .noDualFeasible: "GLPK: no dual feasible solution"
        case .rootNotOptimal: "GLPK: root LP optimum not provided"
        case .stopped: "GLPK: search terminated by the application"
        case .gapReached: "GLPK: relative MIP gap tolerance reached"
        case .noFeasible: "GLPK: no primal or dual feasible solution"
        case .noConvergence: "GLPK: no convergence"
        case .numericalInstability: "GLPK: numerical instability"
        case .invalidData: "GLPK: invalid data"
        case .resultOutOfRange: "GLPK: result out of range"
        case .fatalError: "GLPK raised a fatal error"
        }
    }

    /// Maps a raw return value; 0 (success) maps to nil.
    init?(raw: Int32) {
        if raw == 0 { return nil }
        self = GLPKReturnCode(rawValue: raw) ?? .solverFailed
    }
}
