import ArgumentParser
import Foundation
import GridPlanner

/// Turns the library's errors into messages on stderr and the documented exit codes.
enum Exit {
    static let badInput: Int32 = 2
    static let noPlan: Int32 = 3
    static let interrupted: Int32 = 130

    static func guarding(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            fail("error: \(error)", code: badInput)
        } catch let error as RulesError {
            fail("error: the rules cannot be met: \(error)", code: badInput)
        } catch let error as ModelError {
            fail("error: internal: the staffing model is malformed: \(error)", code: 1)
        } catch let error as NoPlanFound {
            fail("error: \(error)", code: error.interrupted ? interrupted : noPlan)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(code)
    }
}

/// Ctrl-C raises a stop signal instead of killing the process, so the best plan so far is kept.
enum Interruption {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    static func install() -> StopSignal {
        let stop = StopSignal()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if stop.isRaised { Foundation.exit(Exit.interrupted) }
            FileHandle.standardError.write(Data("\ninterrupted: finishing with the best plan so far (Ctrl-C again to quit)\n".utf8))
            stop.raise()
        }
        source.resume()
        Interruption.source = source
        return stop
    }
}

/// Progress lines on stderr, only when stderr is a terminal.
enum Progress {
    static let isTerminal = isatty(STDERR_FILENO) != 0

    @Sendable static func report(_ line: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("… \(line)\n".utf8))
    }
}
