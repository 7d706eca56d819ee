package io.demarc.catalog.ingest;

/**
 * One reason an import was refused.
 *
 * @param item zero-based position of the configuration item in the import, or {@code null} when the problem concerns
 *        the import as a whole (not JSON, unknown shape, too many items)
 * @param field the configuration item field at fault, or {@code null}
 * @param message what is wrong, in words a user can act on
 */
public record ImportProblem(Integer item, String field, String message) {

    static ImportProblem ofImport(String message) {
        return new ImportProblem(null, null, message);
    }

    static ImportProblem ofItem(int item, String field, String message) {
        return new ImportProblem(item, field, message);
    }

    @Override
    public String toString() {
        if (item == null) {
            return message;
        }
        return "item " + item + (field == null ? "" : ", " + field) + ": " + message;
    }
}
