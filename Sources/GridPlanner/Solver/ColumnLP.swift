import CGLPK

/// A linear programme that GLPK keeps between solves, for column generation: columns are
/// added, removed and re-bounded between solves, rows (cuts) added and removed, and each solve
/// starts from the previous basis. Minimises. Every argument is checked before
/// it reaches GLPK, which would abort the process on a bad one.
final class ColumnLP {
    struct Solution {
        var objective: Double
        /// One value per column, in the order they were added.
        var values: [Double]
        /// One dual value per row: a column's reduced cost is its cost minus the sum of its
        /// coefficients times these.
        var duals: [Double]
    }

    private let pointer: OpaquePointer
    private let generation: UInt
    private(set) var rowCount: Int
    private(set) var columnCount = 0
    /// A bound changed since the last solve cuts off the last solution, so the next solve
    /// starts with the dual simplex rather than the primal.
    private var cutOff = false

    /// An LP with one row per element of `rows`, each bounded by `lower ... upper`.
    init(rows: [(lower: Double, upper: Double)]) throws(ModelError) {
        for (i, row) in rows.enumerated() {
            guard areValidBounds(row.lower, row.upper) else {
                throw .invalidConstraintBounds(constraint: i, lower: row.lower, upper: row.upper)
            }
        }
        guard rows.count < Int(Int32.max) else { throw .tooLarge(rows: rows.count, columns: 0, entries: 0) }
        GLPKSolver.routeTerminalOutput()
        pointer = glp_create_prob()
        generation = cglpk_environment_generation()
        rowCount = rows.count
        glp_set_obj_dir(pointer, GLP_MIN)
        if !rows.isEmpty { glp_add_rows(pointer, Int32(rows.count)) }
        for (i, row) in rows.enumerated() { setBounds(row: i, row.lower, row.upper) }
    }

    deinit {
        // After a fatal error GLPK freed every problem of this thread; do not delete twice.
        if cglpk_environment_generation() == generation { glp_delete_prob(pointer) }
    }

    /// Adds a column of `cost`, bounded by `lower ... upper`, with coefficient `coefficients[k]`
    /// in row `rows[k]`. Returns its index.
    @discardableResult
    func addColumn(cost: Double, rows: [Int], coefficients: [Double], lower: Double = 0,
                   upper: Double = .infinity) throws(ModelError) -> Int {
        let j = columnCount
        guard cost.isFinite else { throw .nonFiniteCost(variable: j) }
        guard areValidBounds(lower, upper) else { throw .invalidBounds(variable: j, lower: lower, upper: upper) }
        guard rows.count == coefficients.count else { throw .mismatchedTerms(constraint: -1) }
        try checkTerms(rows, coefficients, below: rowCount) { (constraint: $0, variable: j) }
        guard j + 1 < Int(Int32.max) else { throw .tooLarge(rows: rowCount, columns: j + 1, entries: 0) }
        let column = glp_add_cols(pointer, 1)
        columnCount += 1
        glp_set_obj_coef(pointer, column, cost)
        let (type, l, u) = glpkBoundType(lower, upper)
        glp_set_col_bnds(pointer, column, type, l, u)
        var indices: [Int32] = [0] + rows.map { Int32($0 + 1) }
        var values: [Double] = [0] + coefficients
        glp_set_mat_col(pointer, column, Int32(rows.count), &indices, &values)
        return j
    }

    /// Adds a row bounded by `lower ... upper` with coefficient `coefficients[k]` in column
    /// `columns[k]`. Returns its index. Its slack enters the basis, so the next solve starts
    /// from the last basis, by the dual simplex since the row may cut off the last solution.
    @discardableResult
    func addRow(lower: Double, upper: Double, columns: [Int], coefficients: [Double]) throws(ModelError) -> Int {
        let i = rowCount
        guard areValidBounds(lower, upper) else { throw .invalidConstraintBounds(constraint: i, lower: lower, upper: upper) }
        guard columns.count == coefficients.count else { throw .mismatchedTerms(constraint: i) }
        try checkTerms(columns, coefficients, below: columnCount) { (constraint: i, variable: $0) }
        guard i + 1 < Int(Int32.max) else { throw .tooLarge(rows: i + 1, columns: columnCount, entries: 0) }
        let row = glp_add_rows(pointer, 1)
        rowCount += 1
        setBounds(row: i, lower, upper)
        var indices: [Int32] = [0] + columns.map { Int32($0 + 1) }
        var values: [Double] = [0] + coefficients
        glp_set_mat_row(pointer, row, Int32(columns.count), &indices, &values)
        cutOff = true
        return i
    }

    /// Removes rows whose slack is basic in the last basis, so that the basis stays valid;
    /// the rows after each move down to fill its place.
    func removeRows(_ rows: [Int]) throws(ModelError) {
        guard !rows.isEmpty else { return }
        var seen = Set<Int>()
        for i in rows {
            guard seen.insert(i).inserted, isBasic(row: i) else { throw .rowNotRemovable(constraint: i) }
        }
        var numbers: [Int32] = [0] + rows.map { Int32($0 + 1) }
        glp_del_rows(pointer, Int32(rows.count), &numbers)
        rowCount -= rows.count
    }

    /// Whether a row's slack is basic in the last basis: the row does not bind.
    func isBasic(row i: Int) -> Bool {
        i >= 0 && i < rowCount && glp_get_row_stat(pointer, Int32(i + 1)) == GLP_BS
    }

    /// Removes columns, none of them basic; the columns after each move down to fill its place.
    func removeColumns(_ columns: [Int]) throws(ModelError) {
        guard !columns.isEmpty else { return }
        var seen = Set<Int>()
        for j in columns {
            guard j >= 0, j < columnCount, seen.insert(j).inserted, !isBasic(column: j) else {
                throw .variableOutOfRange(constraint: -1, variable: j)
            }
        }
        var numbers: [Int32] = [0] + columns.map { Int32($0 + 1) }
        glp_del_cols(pointer, Int32(columns.count), &numbers)
        columnCount -= columns.count
    }

    /// Whether a column is basic in the last basis.
    func isBasic(column j: Int) -> Bool {
        j >= 0 && j < columnCount && glp_get_col_stat(pointer, Int32(j + 1)) == GLP_BS
    }

    func setBounds(column j: Int, _ lower: Double, _ upper: Double) throws(ModelError) {
        guard j >= 0, j < columnCount else { throw .variableOutOfRange(constraint: -1, variable: j) }
        guard areValidBounds(lower, upper) else { throw .invalidBounds(variable: j, lower: lower, upper: upper) }
        let value = glp_get_col_prim(pointer, Int32(j + 1))
        if value < lower - 1e-9 || value > upper + 1e-9 { cutOff = true }
        let (type, l, u) = glpkBoundType(lower, upper)
        glp_set_col_bnds(pointer, Int32(j + 1), type, l, u)
    }

    /// Solves from the last basis: by the dual simplex when a bound changed since cuts off
    /// the last solution, else by the primal. Nil when the deadline passed first; throws a
    /// ``GLPKReturnCode`` when GLPK fails.
    func solve(deadline: Deadline) throws -> Solution? {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_ERR
        parameters.meth = cutOff ? GLP_DUALP : GLP_PRIMAL
        if let seconds = deadline.remainingSeconds {
            parameters.tm_lim = Int32(clamping: Int(seconds * 1000) + 1)
        }
        var code = cglpk_guarded_simplex(pointer, &parameters)
        if let error = GLPKReturnCode(raw: code), error == .invalidBasis || error == .singularMatrix
            || error == .illConditioned {
            // A basis worn out by many bound changes: start again from a fresh one.
            glp_std_basis(pointer)
            code = cglpk_guarded_simplex(pointer, &parameters)
        }
        if let error = GLPKReturnCode(raw: code) {
            if error == .timeLimit || error == .iterationLimit { return nil }
            throw error
        }
        cutOff = false
        guard glp_get_status(pointer) == GLP_OPT else { throw GLPKReturnCode.solverFailed }
        return Solution(
            objective: glp_get_obj_val(pointer),
            values: (0..<columnCount).map { glp_get_col_prim(pointer, Int32($0 + 1)) },
            duals: (0..<rowCount).map { glp_get_row_dual(pointer, Int32($0 + 1)) })
    }

    /// Checks the terms of one new row or column: each index within `0..<limit` and named
    /// once, each coefficient finite. `entry` names the matrix entry of an index in errors.
    private func checkTerms(
        _ indices: [Int], _ coefficients: [Double], below limit: Int,
        entry: (Int) -> (constraint: Int, variable: Int)
    ) throws(ModelError) {
        var seen = Set<Int>()
        for (k, a) in zip(indices, coefficients) {
            let (i, j) = entry(k)
            guard k >= 0, k < limit else { throw .variableOutOfRange(constraint: i, variable: j) }
            guard seen.insert(k).inserted else { throw .duplicateEntry(constraint: i, variable: j) }
            guard a.isFinite else { throw .nonFiniteCoefficient(constraint: i, variable: j) }
        }
    }

    private func setBounds(row i: Int, _ lower: Double, _ upper: Double) {
        let (type, l, u) = glpkBoundType(lower, upper)
        glp_set_row_bnds(pointer, Int32(i + 1), type, l, u)
    }
}
