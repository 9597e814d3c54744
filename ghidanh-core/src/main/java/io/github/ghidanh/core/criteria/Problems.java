package io.github.ghidanh.core.criteria;

/** Builds the bilingual {@link ProfileException}s of profile building and reading. */
final class Problems {
    private Problems() {
    }

    static ProfileException fail(String profileId, String where, String code, String vi, String en) {
        String idVi = profileId == null || profileId.isEmpty() ? "Hồ sơ tiêu chí" : "Hồ sơ tiêu chí \"" + profileId + "\"";
        String idEn = profileId == null || profileId.isEmpty() ? "Criteria profile" : "Criteria profile \"" + profileId + "\"";
        String at = where == null || where.isEmpty() ? "" : ", " + where;
        return new ProfileException(code, idVi + at + ": " + vi + ".", idEn + at + ": " + en + ".");
    }
}
