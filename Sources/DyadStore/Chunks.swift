extension RandomAccessCollection {
    /// Consecutive slices of at most `size` elements, in order; only the last may be shorter.
    ///
    /// The writer sends rows to SQLite 32 to a statement and the ingester hands documents to
    /// the coding threads 16 to a job; both walk their lists this way.
    ///
    /// ```swift
    /// [1, 2, 3, 4, 5].chunks(of: 2)   // [[1, 2], [3, 4], [5]]
    /// (0..<5).chunks(of: 2)           // [0..<2, 2..<4, 4..<5]
    /// ```
    func chunks(of size: Int) -> [SubSequence] {
        precondition(size > 0, "chunks need at least one element each")
        return stride(from: 0, to: count, by: size).map { offset in
            let start = index(startIndex, offsetBy: offset)
            return self[start..<index(start, offsetBy: Swift.min(size, count - offset))]
        }
    }
}
