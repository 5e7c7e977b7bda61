/// Converts UTF-8 byte offsets into Unicode-scalar offsets, for output.
///
/// Inside dyad every offset is a UTF-8 byte offset: exact and cheap to slice.
/// Output formats count characters instead — Unicode scalars, as Python,
/// JavaScript-with-`codePointAt` and most corpus tools do — so "’" counts as
/// one, not three. An `OffsetMap` answers that conversion in constant time:
/// it stores the scalar count at every 64th byte and counts the rest.
/// For ASCII text the two offsets are equal and nothing is stored.
///
/// ```swift
/// let body = "Syria’s envoy"              // ’ is 3 bytes, 1 scalar
/// let map = OffsetMap(body)
/// map.scalarOffset(ofByte: 10)           // 8 — "envoy" starts at byte 10, scalar 8
/// map.byteOffset(ofScalar: 8)            // 10
/// ```
public struct OffsetMap: Sendable {
    private static let stride = 64
    /// UTF-8 bytes of the text; empty when the text is ASCII.
    private let bytes: [UInt8]
    /// Scalars before byte `k * stride`.
    private let checkpoints: [Int]
    /// Length of the text in UTF-8 bytes.
    public let byteCount: Int
    /// Length of the text in Unicode scalars.
    public let scalarCount: Int

    /// Builds the map of `text` in one pass over its bytes.
    public init(_ text: String) {
        let all = Array(text.utf8)
        byteCount = all.count
        var isASCII = true
        for b in all where b >= 0x80 { isASCII = false; break }
        if isASCII {
            bytes = []
            checkpoints = []
            scalarCount = all.count
            return
        }
        var marks: [Int] = []
        marks.reserveCapacity(all.count / OffsetMap.stride + 1)
        var scalars = 0
        for (i, b) in all.enumerated() {
            if i % OffsetMap.stride == 0 { marks.append(scalars) }
            if b & 0xC0 != 0x80 { scalars += 1 }
        }
        bytes = all
        checkpoints = marks
        scalarCount = scalars
    }

    /// The number of Unicode scalars that start before byte `offset`.
    /// Offsets outside the text are clamped to it.
    public func scalarOffset(ofByte offset: Int) -> Int {
        let o = min(max(offset, 0), byteCount)
        if bytes.isEmpty { return o }
        if o == byteCount { return scalarCount }
        let k = o / OffsetMap.stride
        var n = checkpoints[k]
        var i = k * OffsetMap.stride
        while i < o {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// The byte offset where scalar number `offset` starts (the inverse of
    /// ``scalarOffset(ofByte:)``). Offsets outside the text are clamped to it.
    public func byteOffset(ofScalar offset: Int) -> Int {
        let o = min(max(offset, 0), scalarCount)
        if bytes.isEmpty { return o }
        if o == scalarCount { return byteCount }
        // The last checkpoint at or before the scalar, by binary search.
        var lo = 0, hi = checkpoints.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if checkpoints[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        var i = lo * OffsetMap.stride
        var n = checkpoints[lo]
        // Stop at the first byte that starts scalar number `o`.
        while i < byteCount {
            if bytes[i] & 0xC0 != 0x80 {
                if n == o { return i }
                n += 1
            }
            i += 1
        }
        return byteCount
    }
}
