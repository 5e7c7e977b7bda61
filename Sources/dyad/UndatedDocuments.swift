import DyadText

/// Says, once per run, that a document came without a date — plain text needs `--date` — and
/// counts the undated documents for the summary.
final class UndatedDocuments {
    private(set) var count = 0

    func check(_ document: Document) {
        guard document.date == nil else { return }
        count += 1
        guard count == 1 else { return }
        let name = document.origin?.description ?? document.id
        StandardError.print("dyad: warning: \(name) has no date (plain text is dated by --date YYYY-MM-DD); "
                            + "relative dates in it (\"on Monday\") cannot be resolved, so its events are undated "
                            + "unless the text states a full date. Said once per run.")
    }
}
