import Dispatch
import Synchronization

/// Runs `body` for every index on as many threads as the machine offers and returns the
/// results in index order, so that what follows never depends on which thread finished first.
func parallelMap<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    let slots = Mutex<[Value?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { k in
        let value = body(k)
        slots.withLock { $0[k] = value }
    }
    return slots.withLock { $0.map { $0! } }
}

/// Work started on another thread now and collected later, at a point the caller fixes in
/// advance: the caller overlaps its own work with this one without the result's timing
/// reaching anything it computes.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let result = Mutex<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            let value = work()
            result.withLock { $0 = value }
            finished.signal()
        }
    }

    /// Blocks until the work is done; call once.
    func wait() -> Value {
        finished.wait()
        return result.withLock { $0! }
    }
}
